import { spawn } from "node:child_process";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, needResponses } from "#db/schema";
import { deliverPendingEmails } from "~/lib/email.server";
import { runNotificationJobs } from "~/models/need-notifications.server";
import { getPreferences, savePreferences } from "~/models/notification-prefs.server";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { postForm } from "../helpers/forms";
import { actorOf, BUYER_EMAIL, publishNeedMatching, publishedEnterpriseIn } from "./opportunities-fixtures";
import { parseMessage, startSmtpServer } from "../helpers/smtp";

/**
 * The notification emails through a real SMTP server on 127.0.0.1: who receives what, the
 * buyer's single digest for several answers, the unsubscribe link, and nothing twice.
 */
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let app: Awaited<ReturnType<typeof createTestApp>>;
let enterprise: number;
let needId: number;
const people = {} as Record<"immediate" | "never" | "daily", { id: number; email: string }>;

const receivedBy = (email: string) => smtp.received.filter((m) => m.to.includes(email.toLowerCase()));
async function deliver() {
  const transport = smtp.transport();
  try {
    return await deliverPendingEmails(handle.db, transport, { limit: 1000 });
  } finally {
    transport.close();
  }
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  handle = await createSeededTestDb({ count: 300 });
  useDbInApp(handle.db);
  app = await createTestApp();
  enterprise = publishedEnterpriseIn(handle.db, "04");
  for (const frequency of ["immediate", "never", "daily"] as const) {
    const user = await createTestUser(handle.db, {
      roles: ["enterprise_member"],
      enterpriseIds: [enterprise],
      email: `${frequency}@coop-smtp.example`,
    });
    savePreferences(handle.db, user.id, { emailFrequency: frequency });
    people[frequency] = user;
  }
  savePreferences(handle.db, actorOf(handle.db, BUYER_EMAIL).userId, { emailFrequency: "immediate" });
  handle.db.delete(emailOutbox).run();
  needId = publishNeedMatching(handle.db, enterprise, { title: "Service de traiteur pour le CIUSSS" });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await smtp?.close();
  handle?.cleanup();
});

describe("notification emails through a real SMTP server", () => {
  it("a matched member on 'immediate' receives the email; one on 'never' receives none", async () => {
    await runNotificationJobs(handle.db);
    const { failed } = await deliver();
    expect(failed).toBe(0);

    const got = receivedBy(people.immediate.email);
    expect(got).toHaveLength(1);
    const message = parseMessage(got[0]!.raw);
    expect(message.subject).toContain("Nouvelle occasion d'affaires pour");
    expect(message.subject).toContain("Service de traiteur pour le CIUSSS");
    expect(message.body).toContain(`/opportunites/${needId}?entreprise=${enterprise}`);
    expect(message.body).toContain("Pourquoi cette occasion vous est proposée :");
    expect(message.body).toContain("— L'équipe Maillage");
    expect(receivedBy(people.never.email)).toEqual([]);
    // The daily member hears of it in their digest instead, in the same run (first digest).
    expect(receivedBy(people.daily.email)).toHaveLength(1);
    expect(parseMessage(receivedBy(people.daily.email)[0]!.raw).body).toContain("Service de traiteur pour le CIUSSS");
  });

  it("the unsubscribe link in the delivered email works without signing in, and then no more email arrives", async () => {
    const { body } = parseMessage(receivedBy(people.immediate.email)[0]!.raw);
    const link = /https?:\/\/[^\s]+\/desabonnement\?token=([A-Za-z0-9_-]+)/.exec(body);
    expect(link).not.toBeNull();
    expect(link![1]).toBe(getPreferences(handle.db, people.immediate.id).unsubscribeToken);

    const page = await app.fetch(`/desabonnement?token=${link![1]}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Me désabonner");
    expect(getPreferences(handle.db, people.immediate.id).emailFrequency).toBe("immediate");
    const post = await postForm(app, "/desabonnement", { token: link![1]! });
    expect(post.status).toBe(302);
    expect(getPreferences(handle.db, people.immediate.id).emailFrequency).toBe("never");

    publishNeedMatching(handle.db, enterprise, { title: "Deuxième besoin après désabonnement" });
    await runNotificationJobs(handle.db);
    await deliver();
    expect(receivedBy(people.immediate.email)).toHaveLength(1);
    savePreferences(handle.db, people.immediate.id, { emailFrequency: "immediate" });
  });

  it("the buyer receives ONE email for several answers", async () => {
    const others = handle.db
      .all<{ id: number }>(
        sql`select enterprise_id as id from need_matches where need_id = ${needId} and enterprise_id <> ${enterprise} limit 3`,
      )
      .map((r) => r.id);
    for (const [i, id] of [enterprise, ...others].entries())
      handle.db
        .insert(needResponses)
        .values({
          needId,
          enterpriseId: id,
          interest: i % 2 ? "not_interested" : "interested",
          message: "Bonjour",
          reason: i % 2 ? "timeline" : null,
          answers: ["a", "b"],
        })
        .run();
    const before = receivedBy(BUYER_EMAIL).length;
    await runNotificationJobs(handle.db);
    await deliver();
    const got = receivedBy(BUYER_EMAIL).slice(before);
    expect(got).toHaveLength(1);
    const message = parseMessage(got[0]!.raw);
    expect(message.subject).toBe(`Maillage : ${others.length + 1} nouvelles réponses à vos besoins`);
    expect(message.body).toContain("« Service de traiteur pour le CIUSSS » : 2 intéressées");
    expect(message.body).toContain("/desabonnement?token=");
  });

  it("a second run delivers nothing new", async () => {
    const before = smtp.received.length;
    await runNotificationJobs(handle.db);
    expect(await deliver()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(before);
  });

  it("`npm run jobs:notify` runs the jobs, delivers through SMTP_URL, prints a summary, and is safe to run twice", async () => {
    publishNeedMatching(handle.db, enterprise, { title: "Besoin pour le script" });
    const before = receivedBy(people.immediate.email).length;
    // Asynchronous: the SMTP server runs in this process and must keep answering meanwhile.
    const run = () =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn("npx", ["tsx", "scripts/jobs-notify.ts"], {
          env: {
            ...process.env,
            DATABASE_URL: `file:${handle.file}`,
            SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
            APP_URL: "https://maillage.example",
            NODE_ENV: "development",
          },
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        child.on("close", (status) => resolve({ status, stdout, stderr }));
      });
    const first = await run();
    expect(first.stderr.replace(/npm warn.*\n/g, "")).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Matched enterprises: \d+ new match\(es\) notified/);
    expect(first.stdout).toMatch(/Delivered [1-9]\d* email\(s\)/);
    const got = receivedBy(people.immediate.email);
    expect(got).toHaveLength(before + 1);
    expect(parseMessage(got.at(-1)!.raw).body).toContain("https://maillage.example/desabonnement?token=");

    const total = smtp.received.length;
    const second = await run();
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("Matched enterprises: 0 new match(es) notified");
    expect(second.stdout).toContain("Delivered 0 email(s)");
    expect(smtp.received).toHaveLength(total);
    expect(
      handle.db
        .select()
        .from(emailOutbox)
        .where(eq(emailOutbox.attempts, 0))
        .all()
        .every((m) => m.sentAt),
    ).toBe(true);
  }, 200_000);
});
