import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, enterpriseMembers, enterprises, users } from "#db/schema";
import { confirmListingCurrent, createDraftListing } from "~/models/listing-workflow.server";
import { sendConfirmationReminders } from "~/models/reminders.server";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb } from "../helpers/db";
import { completeListing, contextOf } from "./curation-fixtures";

/** The 12-month confirmation rule, the 30-day pause between reminders, and "run twice, send once". */
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
const NOW = new Date("2027-03-15T14:00:00Z");
const DAY = 86_400_000;
const daysBefore = (days: number) => new Date(NOW.getTime() - days * DAY);

let memberA: Awaited<ReturnType<typeof createTestUser>>;
let memberB: Awaited<ReturnType<typeof createTestUser>>;
const ids: Record<string, number> = {};

/** A published listing of `memberId` with the given dates. */
function listing(name: string, memberId: number, set: Partial<typeof enterprises.$inferInsert>) {
  const { publicName, legalName, legalStatus, municipalityCode } = completeListing(name);
  const id = createDraftListing(contextOf(handle.db, memberId), {
    publicName,
    legalName,
    legalStatus,
    municipalityCode,
  });
  handle.db
    .update(enterprises)
    .set({ status: "published", publishedAt: daysBefore(900), ...set })
    .where(eq(enterprises.id, id))
    .run();
  return id;
}

const remindersOf = (enterpriseId: number) =>
  handle.db
    .select()
    .from(emailOutbox)
    .where(like(emailOutbox.dedupeKey, `reminder:${enterpriseId}:%`))
    .all();
const reminderSentAt = (id: number) =>
  handle.db.select({ r: enterprises.reminderSentAt }).from(enterprises).where(eq(enterprises.id, id)).get()!.r;

beforeAll(async () => {
  // No demo accounts: the seeded listings have no members, so only this file's listings have someone to email.
  handle = await createSeededTestDb({ count: 40, accounts: false });
  memberA = await createTestUser(handle.db);
  memberB = await createTestUser(handle.db);
  ids.confirmed13Months = listing("Confirmée il y a 13 mois", memberA.id, { lastConfirmedAt: daysBefore(396) });
  ids.neverConfirmed = listing("Publiée il y a 13 mois", memberA.id, {
    publishedAt: daysBefore(400),
    lastConfirmedAt: null,
  });
  ids.confirmed11Months = listing("Confirmée il y a 11 mois", memberA.id, { lastConfirmedAt: daysBefore(335) });
  ids.remindedRecently = listing("Rappel récent", memberA.id, {
    lastConfirmedAt: daysBefore(500),
    reminderSentAt: daysBefore(10),
  });
  ids.remindedLongAgo = listing("Rappel ancien", memberA.id, {
    lastConfirmedAt: daysBefore(500),
    reminderSentAt: daysBefore(45),
  });
  ids.archived = listing("Archivée", memberA.id, { status: "archived", lastConfirmedAt: daysBefore(800) });
  ids.submitted = listing("Soumise", memberA.id, { status: "submitted", publishedAt: null });
  // Two members: each is emailed, in their language; an unverified third member is not.
  ids.twoMembers = listing("Deux membres", memberA.id, { lastConfirmedAt: daysBefore(380) });
  handle.db.insert(enterpriseMembers).values({ enterpriseId: ids.twoMembers, userId: memberB.id }).run();
  const unverified = await createTestUser(handle.db, { verified: false });
  handle.db.insert(enterpriseMembers).values({ enterpriseId: ids.twoMembers, userId: unverified.id }).run();
  handle.db.update(users).set({ locale: "en" }).where(eq(users.id, memberB.id)).run();
}, 60_000);
afterAll(() => handle?.cleanup());

describe("sendConfirmationReminders", () => {
  it("emails the members of published listings not confirmed (or published) for 12 months", async () => {
    const summary = await sendConfirmationReminders(handle.db, { now: NOW, origin: "https://maillage.example" });
    for (const due of ["confirmed13Months", "neverConfirmed", "remindedLongAgo"]) {
      const emails = remindersOf(ids[due]!);
      expect(emails, due).toHaveLength(1);
      expect(emails[0]).toMatchObject({ to: memberA.email, kind: "reminder" });
      expect(emails[0]!.text).toContain(`https://maillage.example/mon-entreprise/${ids[due]}`);
      expect(reminderSentAt(ids[due]!)).toEqual(NOW);
    }
    for (const notDue of ["confirmed11Months", "remindedRecently", "archived", "submitted"])
      expect(remindersOf(ids[notDue]!), notDue).toHaveLength(0);
    expect(reminderSentAt(ids.confirmed11Months!)).toBeNull();
    expect(summary).toMatchObject({ reminded: 4, emails: 5 });
    expect(summary.withoutMembers).toBe(summary.due - 4);
  });

  it("writes to every verified member in their language, with a per-month key", () => {
    const emails = remindersOf(ids.twoMembers!);
    expect(emails.map((e) => e.to).sort()).toEqual([memberA.email, memberB.email].sort());
    const english = emails.find((e) => e.to === memberB.email)!;
    expect(english.subject).not.toBe(emails.find((e) => e.to === memberA.email)!.subject);
    expect(english.dedupeKey).toBe(`reminder:${ids.twoMembers}:2027-03:${memberB.id}`);
  });

  it("sends nothing more when run twice, nor within 30 days", async () => {
    const before = handle.db.select().from(emailOutbox).all().length;
    const again = await sendConfirmationReminders(handle.db, { now: NOW });
    expect(again).toMatchObject({ reminded: 0, emails: 0 });
    const later = await sendConfirmationReminders(handle.db, { now: new Date(NOW.getTime() + 15 * DAY) });
    expect(later).toMatchObject({ reminded: 0, emails: 0 });
    expect(handle.db.select().from(emailOutbox).all()).toHaveLength(before);
  });

  it("even a lost reminder_sent_at cannot send the same month's reminder twice", async () => {
    handle.db.update(enterprises).set({ reminderSentAt: null }).where(eq(enterprises.id, ids.confirmed13Months!)).run();
    const summary = await sendConfirmationReminders(handle.db, { now: new Date(NOW.getTime() + DAY) });
    expect(summary.emails).toBe(0);
    expect(remindersOf(ids.confirmed13Months!)).toHaveLength(1);
  });

  it("reminds again after 30 days, unless a member confirmed the listing meanwhile", async () => {
    confirmListingCurrent(contextOf(handle.db, memberA.id, new Date(NOW.getTime() + 2 * DAY)), ids.neverConfirmed!);
    const summary = await sendConfirmationReminders(handle.db, { now: new Date(NOW.getTime() + 32 * DAY) });
    expect(remindersOf(ids.confirmed13Months!)).toHaveLength(2);
    expect(remindersOf(ids.remindedLongAgo!)).toHaveLength(2);
    expect(remindersOf(ids.neverConfirmed!)).toHaveLength(1);
    // Confirmed 11 months before the first run: 12 months have now passed.
    expect(remindersOf(ids.confirmed11Months!)).toHaveLength(1);
    // Its last reminder, 10 days before the first run, is now more than 30 days old.
    expect(remindersOf(ids.remindedRecently!)).toHaveLength(1);
    expect(summary).toMatchObject({ reminded: 5, emails: 6 });
  });
});
