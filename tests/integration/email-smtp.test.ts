import { execFile } from "node:child_process";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, verifications } from "#db/schema";
import { deliverPendingEmails, queueEmail } from "~/lib/email.server";
import { renderEmail } from "~/lib/mailer.server";
import { createTestApp } from "../helpers/app";
import { createTestDb, useDbInApp } from "../helpers/db";
import { postForm } from "../helpers/forms";
import { parseMessage, smtpTransport, startSmtpServer } from "../helpers/smtp";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: ReturnType<typeof createTestDb>;
const pendingRows = () =>
  handle.db
    .select()
    .from(emailOutbox)
    .all()
    .filter((m) => !m.sentAt);

beforeAll(async () => {
  smtp = await startSmtpServer();
  // The portal reads SMTP_URL on its first request: it then sends account emails right away.
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  handle = createTestDb();
  useDbInApp(handle.db);
  app = await createTestApp();
}, 60_000);
afterAll(async () => {
  delete process.env.SMTP_URL;
  await app?.close();
  await smtp?.close();
  handle?.cleanup();
});

describe("email through a real SMTP server", () => {
  it("sign-up with SMTP_URL set: the confirmation email arrives with the right recipient, subject and link", async () => {
    const res = await postForm(app, "/inscription", {
      accountType: "enterprise",
      displayName: "Éloïse Bélanger",
      email: "eloise@coop.example",
      password: "une phrase de passe solide",
      passwordConfirm: "une phrase de passe solide",
      locale: "fr",
    });
    expect(res.status).toBe(200);
    await expect.poll(() => smtp.received.length, { timeout: 10_000 }).toBe(1);

    const [envelope] = smtp.received;
    expect(envelope!.to).toEqual(["eloise@coop.example"]);
    expect(envelope!.from).toBe("no-reply@maillage.example");
    const message = parseMessage(envelope!.raw);
    expect(message.to).toBe("eloise@coop.example");
    expect(message.from).toContain("Maillage <no-reply@maillage.example>");
    expect(message.subject).toBe("Confirmez votre adresse courriel");
    expect(message.contentType).toMatch(/text\/plain; charset=utf-8/i);
    expect(message.body).toContain("Bonjour Éloïse Bélanger,");
    expect(message.body).toContain("— L'équipe Maillage");
    const link = /http:\/\/localhost\/verifier-courriel\?token=([A-Za-z0-9_-]+)/.exec(message.body);
    expect(link).not.toBeNull();

    // The link in the delivered message is the live one: it opens the confirmation page.
    expect(
      handle.db.select().from(verifications).where(eq(verifications.email, "eloise@coop.example")).all(),
    ).toHaveLength(1);
    const page = await app.fetch(`/verifier-courriel?token=${link![1]}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Confirmer mon adresse");

    // Stamped as sent, so no later run sends it again.
    await expect.poll(() => pendingRows().length, { timeout: 5000 }).toBe(0);
    const transport = smtpTransport(smtp.port);
    expect(await deliverPendingEmails(handle.db, transport)).toEqual({ sent: 0, failed: 0 });
    transport.close();
    expect(smtp.received).toHaveLength(1);
  });

  it("deliverPendingEmails sends what is pending once; a second run sends nothing", async () => {
    const before = smtp.received.length;
    const email = await renderEmail({
      to: "Reset@Coop.example",
      locale: "en",
      template: "resetPassword",
      vars: { link: "http://localhost/reinitialiser-mot-de-passe?token=abc" },
    });
    expect(queueEmail(handle.db, email)).toBe(true);
    const transport = smtpTransport(smtp.port);
    expect(await deliverPendingEmails(handle.db, transport)).toEqual({ sent: 1, failed: 0 });
    expect(await deliverPendingEmails(handle.db, transport)).toEqual({ sent: 0, failed: 0 });
    transport.close();

    expect(smtp.received).toHaveLength(before + 1);
    const message = parseMessage(smtp.received.at(-1)!.raw);
    expect(message.to).toBe("reset@coop.example");
    expect(message.subject).toBe("Reset your password");
    expect(message.body).toContain("http://localhost/reinitialiser-mot-de-passe?token=abc");
    const row = handle.db.select().from(emailOutbox).where(eq(emailOutbox.to, "reset@coop.example")).get()!;
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.attempts).toBe(0);
  });

  it("when the server is down the message stays pending with the attempt counted, and goes out on the next run", async () => {
    const down = await startSmtpServer();
    const port = down.port;
    await down.close();
    queueEmail(handle.db, { to: "plus-tard@coop.example", subject: "Essai", text: "Bonjour", kind: "test" });

    const transport = smtpTransport(port);
    expect(await deliverPendingEmails(handle.db, transport)).toEqual({ sent: 0, failed: 1 });
    transport.close();
    const row = handle.db.select().from(emailOutbox).where(eq(emailOutbox.to, "plus-tard@coop.example")).get()!;
    expect(row.sentAt).toBeNull();
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);

    const retry = smtpTransport(smtp.port);
    expect(await deliverPendingEmails(handle.db, retry)).toEqual({ sent: 1, failed: 0 });
    retry.close();
    const after = handle.db.select().from(emailOutbox).where(eq(emailOutbox.id, row.id)).get()!;
    expect(after.sentAt).toBeInstanceOf(Date);
    expect(after.lastError).toBeNull();
    expect(smtp.received.at(-1)!.to).toEqual(["plus-tard@coop.example"]);
  });

  it("`npm run jobs:emails` delivers the pending outbox and reports it; it refuses to run without SMTP_URL", async () => {
    const before = smtp.received.length;
    for (let i = 0; i < 3; i++)
      queueEmail(handle.db, { to: `lot-${i}@coop.example`, subject: `Lot ${i}`, text: "Bonjour", kind: "test" });
    // Asynchronous: the SMTP server answering the script lives in this process.
    const run = (env: Record<string, string | undefined>) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = execFile(
          "npx",
          ["tsx", "scripts/jobs-send-emails.ts"],
          {
            env: { ...process.env, DATABASE_URL: `file:${handle.file}`, NODE_ENV: "development", ...env },
            timeout: 60_000,
          },
          (_error, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }),
        );
      });
    const ok = await run({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    expect(ok.stderr.replace(/npm warn.*\n/g, "")).toBe("");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("emails: 3 sent, 0 failed");
    expect(smtp.received.length).toBe(before + 3);
    expect(pendingRows()).toHaveLength(0);

    const again = await run({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    expect(again.stdout).toContain("emails: 0 sent, 0 failed");
    expect(smtp.received.length).toBe(before + 3);

    const without = await run({ SMTP_URL: undefined });
    expect(without.status).toBe(1);
    expect(without.stderr).toContain("SMTP_URL is not set");
  }, 120_000);
});
