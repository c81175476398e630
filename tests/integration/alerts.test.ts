import { execFile } from "node:child_process";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "#db/client";
import { emailOutbox, notificationPreferences, notifications, savedSearches, users } from "#db/schema";
import { isAlertDue } from "~/domain/alerts/saved-search-schema";
import type { ListingData } from "~/domain/listing/listing-schema";
import { deliverPendingEmails } from "~/lib/email.server";
import { decideListing } from "~/models/listing-workflow.server";
import { LISTED_PER_EMAIL, sendSavedSearchAlerts } from "~/models/saved-search-alerts.server";
import { createSearchService, type SearchService } from "~/search/service.server";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb } from "../helpers/db";
import { startSmtpServer } from "../helpers/smtp";
import { completeListing, contextOf, registerAndSubmit, SHERBROOKE } from "./curation-fixtures";

/**
 * The saved-search alerts job, delivered through a real SMTP server: one email per saved search
 * with new listings, none on a second run, and only when the search is due.
 */
const DAY = 24 * 3600_000;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let db: Db;
let search: SearchService;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let curatorId: number;
let memberId: number;
const now = new Date();

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 300 });
  db = handle.db;
  search = createSearchService(db);
  smtp = await startSmtpServer();
  curatorId = (await createTestUser(db, { curatesRegion: "04" })).id;
  const other = await createTestUser(db, { curatesRegion: "05" });
  memberId = (await createTestUser(db)).id;
  // Seeded listings were published long ago; these two are new.
  await publish(curatorId, completeListing("Traiteur Coop des Alertes"), new Date(now.getTime() - DAY));
  await publish(
    other.id,
    {
      ...completeListing("Atelier Vélo de l'Estrie", SHERBROOKE),
      serviceRegions: ["05"],
    } as ListingData,
    new Date(now.getTime() - DAY),
  );
  // Hub decisions queued their own emails: deliver them so only alerts remain to count.
  await deliverPendingEmails(db, smtp.transport(), { limit: 1000 });
  smtp.received.length = 0;
}, 120_000);

afterAll(async () => {
  await smtp?.close();
  handle?.cleanup();
});

async function publish(curator: number, data: ListingData, at: Date) {
  const id = await registerAndSubmit(db, memberId, data, at);
  await decideListing(contextOf(db, curator, at), id, { kind: "approve" });
  return id;
}

async function buyerWithSearch(
  query: string,
  options: {
    frequency?: "immediate" | "daily" | "weekly" | "never";
    checkedDaysAgo?: number;
    locale?: "fr" | "en";
  } = {},
) {
  const buyer = await createTestUser(db, { roles: ["buyer"] });
  if (options.locale) db.update(users).set({ locale: options.locale }).where(eq(users.id, buyer.id)).run();
  const saved = db
    .insert(savedSearches)
    .values({
      userId: buyer.id,
      name: `Recherche de ${buyer.email}`,
      query,
      frequency: options.frequency ?? "daily",
      lastCheckedAt: new Date(now.getTime() - (options.checkedDaysAgo ?? 2) * DAY),
      createdAt: new Date(now.getTime() - 30 * DAY),
    })
    .returning()
    .get();
  return { buyer, saved };
}

const checkedAt = (id: number) => db.select().from(savedSearches).where(eq(savedSearches.id, id)).get()!.lastCheckedAt;
const alertsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
const notificationsOf = (userId: number) =>
  db.select().from(notifications).where(eq(notifications.userId, userId)).all();

async function runAndDeliver(at = now) {
  const summary = await sendSavedSearchAlerts(db, search, { now: at, origin: "https://maillage.example" });
  await deliverPendingEmails(db, smtp.transport(), { limit: 1000 });
  return summary;
}

beforeEach(() => {
  // Each test starts with only its own saved searches.
  db.delete(savedSearches).run();
});

describe("saved-search alerts through SMTP", () => {
  it("a newly published listing: exactly one email naming it; a second run sends nothing", async () => {
    const { buyer, saved } = await buyerWithSearch("q=traiteur&serves=04");
    const summary = await runAndDeliver();
    expect(summary).toMatchObject({ due: 1, alerted: 1, emails: 1, listings: 1 });

    const received = alertsTo(buyer.email);
    expect(received).toHaveLength(1);
    const [message] = received;
    expect(message!.subject).toBe(`Nouvelles entreprises pour votre recherche « ${saved.name} » (1)`);
    expect(message!.body).toContain("• Traiteur Coop des Alertes (Trois-Rivières)");
    expect(message!.body).not.toContain("Atelier Vélo");
    expect(message!.body).toContain(
      "Voir tous les résultats : https://maillage.example/repertoire?q=traiteur&serves=04",
    );
    expect(message!.body).toContain("https://maillage.example/recherches");
    // The unsubscribe link carries the user's own token, and works without login.
    const prefs = db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, buyer.id)).get()!;
    expect(message!.body).toContain(`https://maillage.example/desabonnement?token=${prefs.unsubscribeToken}`);

    const inbox = notificationsOf(buyer.id);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      kind: "saved_search_alert",
      title: `Nouvelles entreprises pour « ${saved.name} »`,
      link: "/repertoire?q=traiteur&serves=04",
    });
    expect(inbox[0]!.body).toContain("1 nouvelle entreprise correspond à votre recherche : Traiteur Coop des Alertes");
    expect(inbox[0]!.emailedAt).toEqual(now);
    expect(checkedAt(saved.id)).toEqual(now);

    const again = await runAndDeliver(new Date(now.getTime() + 1000));
    expect(again).toMatchObject({ alerted: 0, emails: 0 });
    const later = await runAndDeliver(new Date(now.getTime() + 2 * DAY));
    expect(later).toMatchObject({ due: 1, alerted: 0, emails: 0 });
    expect(alertsTo(buyer.email)).toHaveLength(1);
    expect(notificationsOf(buyer.id)).toHaveLength(1);
  });

  it("two runs at once still send one email", async () => {
    const { buyer } = await buyerWithSearch("q=traiteur", { frequency: "immediate" });
    const [a, b] = await Promise.all([
      sendSavedSearchAlerts(db, search, { now }),
      sendSavedSearchAlerts(db, search, { now }),
    ]);
    expect(a.emails + b.emails).toBe(1);
    await deliverPendingEmails(db, smtp.transport(), { limit: 1000 });
    expect(alertsTo(buyer.email)).toHaveLength(1);
    expect(notificationsOf(buyer.id)).toHaveLength(1);
  });

  it("only listings that match the search: a search elsewhere gets nothing, and its check moves on", async () => {
    const { buyer, saved } = await buyerWithSearch("serves=11&category=traiteur-evenementiel");
    expect(await runAndDeliver()).toMatchObject({ due: 1, alerted: 0, emails: 0 });
    expect(alertsTo(buyer.email)).toHaveLength(0);
    expect(notificationsOf(buyer.id)).toHaveLength(0);
    expect(checkedAt(saved.id)).toEqual(now);
  });

  it("respects the frequency: a weekly search checked 2 days ago and a bookmark are not due", async () => {
    const weekly = await buyerWithSearch("q=traiteur", { frequency: "weekly", checkedDaysAgo: 2 });
    const never = await buyerWithSearch("q=traiteur", { frequency: "never", checkedDaysAgo: 30 });
    expect(await runAndDeliver()).toMatchObject({ due: 0, alerted: 0 });
    expect(alertsTo(weekly.buyer.email)).toHaveLength(0);
    expect(alertsTo(never.buyer.email)).toHaveLength(0);
    expect(checkedAt(weekly.saved.id)).toEqual(weekly.saved.lastCheckedAt);
    // A week later the weekly one is due, and reports the listing published since its last check.
    expect(await runAndDeliver(new Date(now.getTime() + 6 * DAY))).toMatchObject({ due: 1, alerted: 1 });
    expect(alertsTo(weekly.buyer.email)).toHaveLength(1);
  });

  it("a listing published before the last check is not new", async () => {
    const { buyer } = await buyerWithSearch("q=traiteur&serves=04", { checkedDaysAgo: 0.5 });
    expect(await runAndDeliver()).toMatchObject({ alerted: 0 });
    expect(alertsTo(buyer.email)).toHaveLength(0);
  });

  it("after unsubscribing: the in-app notification only", async () => {
    const { buyer } = await buyerWithSearch("q=traiteur");
    db.insert(notificationPreferences)
      .values({
        userId: buyer.id,
        emailFrequency: "never",
        unsubscribeToken: `tok-${buyer.id}-abcdefghijklmnopqrstuvwxyz`,
      })
      .run();
    expect(await runAndDeliver()).toMatchObject({ alerted: 1, emails: 0 });
    expect(alertsTo(buyer.email)).toHaveLength(0);
    expect(notificationsOf(buyer.id)).toHaveLength(1);
  });

  it("an unverified address gets no email", async () => {
    const { buyer } = await buyerWithSearch("q=traiteur");
    db.update(users).set({ emailVerifiedAt: null }).where(eq(users.id, buyer.id)).run();
    expect(await runAndDeliver()).toMatchObject({ alerted: 1, emails: 0 });
    expect(alertsTo(buyer.email)).toHaveLength(0);
  });

  it("in the buyer's language", async () => {
    const { buyer, saved } = await buyerWithSearch("q=traiteur&serves=04", { locale: "en" });
    await runAndDeliver();
    const [message] = alertsTo(buyer.email);
    expect(message!.subject).toBe(`New enterprises for your search “${saved.name}” (1)`);
    expect(message!.body).toContain("New listings published in the Maillage directory match your saved search");
    expect(notificationsOf(buyer.id)[0]!.body).toContain("1 new enterprise matches your search");
  });

  it("names at most 20 listings in one email, then says how many more the link shows", async () => {
    const region = db.all<{ id: number; publishedAt: number }>(sql`
      select e.id, e.published_at as publishedAt from enterprises e join municipalities m on m.code = e.municipality_code
      where e.status = 'published' and m.region_code = '06'`);
    expect(region.length).toBeGreaterThan(LISTED_PER_EMAIL);
    const recent = now.getTime() - DAY / 2;
    db.run(
      sql`update enterprises set published_at = ${recent} where id in (select value from json_each(${JSON.stringify(region.map((r) => r.id))}))`,
    );
    try {
      const { buyer } = await buyerWithSearch("region=06");
      expect(await runAndDeliver()).toMatchObject({ alerted: 1, emails: 1, listings: region.length });
      const [message] = alertsTo(buyer.email);
      expect(message!.body.match(/^• /gm)).toHaveLength(LISTED_PER_EMAIL);
      expect(message!.body).toContain(`… et ${region.length - LISTED_PER_EMAIL} autres entreprises`);
      expect(message!.subject).toContain(`(${region.length})`);
    } finally {
      for (const r of region) db.run(sql`update enterprises set published_at = ${r.publishedAt} where id = ${r.id}`);
    }
  });

  it("`npm run jobs:alerts` runs the job and delivers through SMTP_URL; a second run sends nothing", async () => {
    const { buyer } = await buyerWithSearch("q=traiteur&serves=04");
    db.delete(emailOutbox).run();
    const run = () =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = execFile(
          "npx",
          ["tsx", "scripts/jobs-alerts.ts"],
          {
            env: {
              ...process.env,
              DATABASE_URL: `file:${handle.file}`,
              NODE_ENV: "development",
              SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
              APP_URL: "https://maillage.example",
            },
            timeout: 60_000,
          },
          (_error, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }),
        );
      });
    const first = await run();
    expect(first.stderr.replace(/npm warn.*\n/g, "")).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("Saved searches due: 1; with new listings: 1 (1 listing(s), 1 email(s) queued).");
    expect(first.stdout).toContain("Delivered 1 email(s).");
    expect(alertsTo(buyer.email)).toHaveLength(1);
    const second = await run();
    expect(second.stdout).toContain("with new listings: 0");
    expect(alertsTo(buyer.email)).toHaveLength(1);
  }, 120_000);
});

describe("when a saved search is due", () => {
  const at = new Date("2026-03-10T07:00:00Z");
  const ago = (hours: number) => new Date(at.getTime() - hours * 3600_000);
  it("immediate: every run; daily: after a day (an hour of slack); weekly: after a week; never: never", () => {
    expect(isAlertDue("immediate", ago(0), at)).toBe(true);
    expect(isAlertDue("daily", ago(23.5), at)).toBe(true);
    expect(isAlertDue("daily", ago(22), at)).toBe(false);
    expect(isAlertDue("weekly", ago(24 * 6), at)).toBe(false);
    expect(isAlertDue("weekly", ago(24 * 7 - 0.5), at)).toBe(true);
    expect(isAlertDue("never", ago(24 * 365), at)).toBe(false);
  });
});
