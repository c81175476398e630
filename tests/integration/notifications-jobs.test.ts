import { and, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, needMatches, needResponses, notificationPreferences, notifications, users } from "#db/schema";
import { createNeed, updateNeed } from "~/models/needs.server";
import {
  notifyBuyersOfAnswers,
  notifyMatchedEnterprises,
  notifySubscribedEnterprises,
  runNotificationJobs,
  sendDigests,
} from "~/models/need-notifications.server";
import { getPreferences, savePreferences } from "~/models/notification-prefs.server";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb } from "../helpers/db";
import {
  actorOf,
  BUYER_EMAIL,
  DAY,
  enterpriseProfile,
  isoInDays,
  needInput,
  publishNeedMatching,
  publishedEnterpriseIn,
  setNeed,
} from "./opportunities-fixtures";

/** The notification jobs as functions: who hears what, when, by which channel — and only once. */
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let enterprise: number;
const members = {} as Record<"immediate" | "daily" | "weekly" | "never" | "unverified", { id: number; email: string }>;
const NOW = new Date();
const later = (hours: number) => new Date(NOW.getTime() + hours * 3600_000);

const db = () => handle.db;
const inbox = (userId: number) =>
  db().select().from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.id).all();
const mail = (to: string) =>
  db().select().from(emailOutbox).where(eq(emailOutbox.to, to.toLowerCase())).orderBy(emailOutbox.id).all();
const matchRow = (needId: number, enterpriseId: number) =>
  db()
    .select()
    .from(needMatches)
    .where(and(eq(needMatches.needId, needId), eq(needMatches.enterpriseId, enterpriseId)))
    .get();

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 300 });
  enterprise = publishedEnterpriseIn(db(), "04");
  for (const frequency of ["immediate", "daily", "weekly", "never", "unverified"] as const) {
    const user = await createTestUser(db(), {
      roles: ["enterprise_member"],
      enterpriseIds: [enterprise],
      verified: frequency !== "unverified",
    });
    savePreferences(db(), user.id, { emailFrequency: frequency === "unverified" ? "immediate" : frequency });
    members[frequency] = user;
  }
  // Other members of the demo data are not under test: start from a clean inbox and outbox.
  db().delete(emailOutbox).run();
}, 120_000);

afterAll(() => handle?.cleanup());

describe("notifyMatchedEnterprises", () => {
  let needId: number;
  beforeAll(() => {
    needId = publishNeedMatching(db(), enterprise, { title: "Collations pour la semaine de la santé" }, { now: NOW });
  });

  it("every member gets it in the inbox; only 'immediate' (with a confirmed address) gets an email now", async () => {
    const total = db().get<{ n: number }>(sql`select count(*) as n from need_matches where need_id = ${needId}`)!.n;
    const summary = await notifyMatchedEnterprises(db(), { now: NOW });
    expect(summary.matches).toBeGreaterThanOrEqual(total);
    expect(matchRow(needId, enterprise)!.notifiedAt).toEqual(NOW);

    for (const m of Object.values(members)) {
      const [n] = inbox(m.id).filter((x) => x.dedupeKey === `need:${needId}:ent:${enterprise}:user:${m.id}`);
      expect(n, m.email).toMatchObject({
        kind: "need_matched",
        title: "Nouvelle occasion : Collations pour la semaine de la santé",
        link: `/opportunites/${needId}?entreprise=${enterprise}`,
      });
      expect(n!.body).toContain("Centre intégré de santé fictif de la Vallée (démo)");
    }
    expect(mail(members.immediate.email)).toHaveLength(1);
    for (const m of [members.daily, members.weekly, members.never, members.unverified])
      expect(mail(m.email)).toEqual([]);

    const [email] = mail(members.immediate.email);
    expect(email!.subject).toContain("Collations pour la semaine de la santé");
    expect(email!.text).toContain(`http://localhost:3000/opportunites/${needId}?entreprise=${enterprise}`);
    expect(email!.text).toMatch(/• (Dessert|Située|Catégorie)/);
    const token = getPreferences(db(), members.immediate.id).unsubscribeToken;
    expect(email!.text).toContain(`http://localhost:3000/desabonnement?token=${token}`);
    expect(email!.text).toContain("http://localhost:3000/compte/notifications");
    // The immediate email carried the notification: no digest will repeat it.
    expect(inbox(members.immediate.id).at(-1)!.emailedAt).toEqual(NOW);
    expect(inbox(members.daily.id).at(-1)!.emailedAt).toBeNull();
  });

  it("running it again sends nothing new", async () => {
    const before = db().select().from(emailOutbox).all().length;
    expect(await notifyMatchedEnterprises(db(), { now: later(1) })).toEqual({ matches: 0, inApp: 0, emails: 0 });
    expect(db().select().from(emailOutbox).all()).toHaveLength(before);
  });

  it("at most once per need and enterprise: editing the need re-matches without notifying again", async () => {
    const buyer = actorOf(db(), BUYER_EMAIL);
    const profile = enterpriseProfile(db(), enterprise);
    updateNeed(
      db(),
      buyer,
      needId,
      needInput({ title: "Collations (révisé)", categories: [profile.category], regions: [profile.region] }),
      later(2),
    );
    expect(matchRow(needId, enterprise)!.notifiedAt).toEqual(NOW);
    const again = await notifyMatchedEnterprises(db(), { now: later(3) });
    expect(inbox(members.immediate.id).filter((n) => n.dedupeKey?.startsWith(`need:${needId}:`))).toHaveLength(1);
    expect(again.emails).toBe(0);
  });

  it("works in batches: a small batch size still stamps every match exactly once", async () => {
    const other = publishNeedMatching(db(), enterprise, { title: "Deuxième besoin" }, { now: NOW });
    const third = publishNeedMatching(db(), enterprise, { title: "Troisième besoin" }, { now: NOW });
    const pending = db().get<{ n: number }>(
      sql`select count(*) as n from need_matches where notified_at is null and need_id in (${other}, ${third})`,
    )!.n;
    const summary = await notifyMatchedEnterprises(db(), { now: later(4), batchSize: 3 });
    expect(summary.matches).toBe(pending);
    expect(
      db().get<{ n: number }>(
        sql`select count(*) as n from need_matches where notified_at is null and need_id in (${other}, ${third})`,
      )!.n,
    ).toBe(0);
    expect(mail(members.immediate.email)).toHaveLength(3);
  });

  it("each member reads it in their own language", async () => {
    const english = await createTestUser(db(), { roles: ["enterprise_member"], enterpriseIds: [enterprise] });
    db().update(users).set({ locale: "en" }).where(eq(users.id, english.id)).run();
    savePreferences(db(), english.id, { emailFrequency: "immediate" });
    const needId = publishNeedMatching(db(), enterprise, { title: "Snacks for the staff party" }, { now: NOW });
    await notifyMatchedEnterprises(db(), { now: later(4) });
    const [note] = inbox(english.id);
    expect(note!.title).toBe("New opportunity: Snacks for the staff party");
    expect(note!.body).toMatch(/deadline: .+ \d{4}\./);
    const [email] = mail(english.email);
    expect(email!.subject).toMatch(/^New business opportunity for .+: Snacks for the staff party$/);
    expect(email!.text).toContain("Why this opportunity was sent to you:");
    expect(email!.text).toMatch(/• (Serves|Located|Exact category)/);
    expect(email!.text).toContain("To stop all notification emails (no sign-in needed):");
    expect(email!.text).toContain("— The Maillage team");
    setNeed(db(), needId, { status: "cancelled" });
    db().delete(users).where(eq(users.id, english.id)).run();
  });

  it("a need past its deadline, or not published, notifies nobody", async () => {
    const late = publishNeedMatching(db(), enterprise, { title: "Besoin échu" }, { now: NOW });
    setNeed(db(), late, { responseDeadline: isoInDays(-1) });
    const closed = publishNeedMatching(db(), enterprise, { title: "Besoin fermé" }, { now: NOW });
    setNeed(db(), closed, { status: "closed" });
    await notifyMatchedEnterprises(db(), { now: later(5) });
    expect(matchRow(late, enterprise)!.notifiedAt).toBeNull();
    expect(matchRow(closed, enterprise)!.notifiedAt).toBeNull();
    expect(
      inbox(members.daily.id).some((n) => n.title.includes("Besoin échu") || n.title.includes("Besoin fermé")),
    ).toBe(false);
    // Out of the way of the next tests.
    setNeed(db(), late, { status: "cancelled" });
  });
});

describe("sendDigests", () => {
  it("one email per daily user listing their unread, unemailed notifications; then nothing until the next day", async () => {
    const first = await sendDigests(db(), { now: later(6), frequency: "daily" });
    expect(first.emails).toBeGreaterThanOrEqual(1);
    const digests = mail(members.daily.email);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.kind).toBe("notificationDigest");
    expect(digests[0]!.subject).toMatch(/^Maillage : \d+ nouvelles? notifications? aujourd'hui$/);
    expect(digests[0]!.text).toContain("Collations pour la semaine de la santé");
    expect(digests[0]!.text).toContain("Troisième besoin");
    expect(digests[0]!.text).toContain(
      `/desabonnement?token=${getPreferences(db(), members.daily.id).unsubscribeToken}`,
    );
    expect(inbox(members.daily.id).every((n) => n.emailedAt !== null)).toBe(true);
    expect(getPreferences(db(), members.daily.id).lastDigestAt).toEqual(later(6));

    // Same run again, and later the same day: nothing.
    expect((await sendDigests(db(), { now: later(6), frequency: "daily" })).emails).toBe(0);
    expect((await sendDigests(db(), { now: later(12), frequency: "daily" })).emails).toBe(0);
    expect(mail(members.daily.email)).toHaveLength(1);
  });

  it("weekly users get theirs from the weekly run only; 'never' and 'immediate' users get no digest", async () => {
    await sendDigests(db(), { now: later(6), frequency: "daily" });
    expect(mail(members.weekly.email)).toEqual([]);
    expect((await sendDigests(db(), { now: later(7), frequency: "weekly" })).emails).toBeGreaterThanOrEqual(1);
    expect(mail(members.weekly.email)).toHaveLength(1);
    expect(mail(members.weekly.email)[0]!.subject).toContain("cette semaine");
    expect(mail(members.never.email)).toEqual([]);
    expect(mail(members.immediate.email).filter((m) => m.kind === "notificationDigest")).toEqual([]);
    expect(mail(members.unverified.email)).toEqual([]);
  });

  it("a notification read in the portal is not emailed again in a digest", async () => {
    const needId = publishNeedMatching(db(), enterprise, { title: "Lu dans le portail" }, { now: later(30) });
    await notifyMatchedEnterprises(db(), { now: later(30) });
    db()
      .update(notifications)
      .set({ readAt: later(31) })
      .where(like(notifications.dedupeKey, `need:${needId}:%`))
      .run();
    expect((await sendDigests(db(), { now: later(32), frequency: "daily" })).emails).toBe(0);
  });
});

describe("notifyBuyersOfAnswers", () => {
  let needId: number;
  let buyerId: number;
  const answer = (enterpriseId: number, interest: "interested" | "not_interested", at = NOW) =>
    db()
      .insert(needResponses)
      .values({
        needId,
        enterpriseId,
        interest,
        message: interest === "interested" ? "Avec plaisir." : null,
        reason: interest === "not_interested" ? "capacity" : null,
        answers: [],
        createdAt: at,
        updatedAt: at,
      })
      .run();

  beforeAll(() => {
    needId = publishNeedMatching(db(), enterprise, { title: "Entretien ménager du CLSC" }, { now: NOW });
    buyerId = actorOf(db(), BUYER_EMAIL).userId;
    savePreferences(db(), buyerId, { emailFrequency: "immediate" });
    const others = db()
      .all<{ id: number }>(
        sql`select enterprise_id as id from need_matches where need_id = ${needId} and enterprise_id <> ${enterprise} limit 2`,
      )
      .map((r) => r.id);
    answer(enterprise, "interested");
    answer(others[0]!, "interested");
    answer(others[1]!, "not_interested");
  });

  it("the need's creator gets ONE notification and ONE email for several answers", async () => {
    const summary = await notifyBuyersOfAnswers(db(), { now: later(40) });
    expect(summary).toMatchObject({ answers: 3, buyers: 1, inApp: 1, emails: 1 });
    const notes = inbox(buyerId).filter((n) => n.kind === "answers_received");
    expect(notes).toHaveLength(1);
    expect(notes[0]!.title).toBe("3 nouvelles réponses à vos besoins");
    expect(notes[0]!.body).toBe("« Entretien ménager du CLSC » : 2 intéressées, 1 pas intéressée");
    expect(notes[0]!.link).toBe(`/besoins/${needId}`);
    const emails = mail(BUYER_EMAIL).filter((m) => m.kind === "answersDigest");
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe("Maillage : 3 nouvelles réponses à vos besoins");
    expect(emails[0]!.text).toContain("/desabonnement?token=");
    expect(
      db().get<{ n: number }>(
        sql`select count(*) as n from need_responses where need_id = ${needId} and buyer_notified_at is null`,
      )!.n,
    ).toBe(0);
  });

  it("a second run sends nothing; a changed answer is reported in the next one", async () => {
    expect(await notifyBuyersOfAnswers(db(), { now: later(41) })).toMatchObject({ answers: 0, inApp: 0, emails: 0 });
    db()
      .update(needResponses)
      .set({ interest: "not_interested", reason: "timeline", updatedAt: later(42), buyerNotifiedAt: null })
      .where(and(eq(needResponses.needId, needId), eq(needResponses.enterpriseId, enterprise)))
      .run();
    expect(await notifyBuyersOfAnswers(db(), { now: later(43) })).toMatchObject({ answers: 1, inApp: 1, emails: 1 });
    expect(
      inbox(buyerId)
        .filter((n) => n.kind === "answers_received")
        .at(-1)!.title,
    ).toBe("1 nouvelle réponse à vos besoins");
  });

  it("a buyer on a daily digest gets no email now: the digest carries the answers", async () => {
    savePreferences(db(), buyerId, { emailFrequency: "daily" });
    db()
      .update(needResponses)
      .set({ message: "Finalement oui.", interest: "interested", updatedAt: later(44), buyerNotifiedAt: null })
      .where(and(eq(needResponses.needId, needId), eq(needResponses.enterpriseId, enterprise)))
      .run();
    const before = mail(BUYER_EMAIL).length;
    expect(await notifyBuyersOfAnswers(db(), { now: later(45) })).toMatchObject({ inApp: 1, emails: 0 });
    expect(mail(BUYER_EMAIL)).toHaveLength(before);
    await sendDigests(db(), { now: later(46), frequency: "daily" });
    const digest = mail(BUYER_EMAIL).at(-1)!;
    expect(digest.kind).toBe("notificationDigest");
    expect(digest.text).toContain("1 nouvelle réponse à vos besoins");
  });
});

describe("notifySubscribedEnterprises", () => {
  let publicNeed: number;
  let subscriber: { id: number; email: string };
  let otherEnterprise: number;

  beforeAll(async () => {
    otherEnterprise = publishedEnterpriseIn(db(), "11", [enterprise]);
    const profile = enterpriseProfile(db(), otherEnterprise);
    // Published without matching, so only subscriptions can bring it to anyone.
    publicNeed = createNeed(
      db(),
      actorOf(db(), BUYER_EMAIL),
      needInput({
        title: "Besoin public en Gaspésie",
        isPublic: "on",
        categories: [profile.category],
        regions: [profile.region],
      }),
    );
    setNeed(db(), publicNeed, { status: "published", publishedAt: NOW });
    subscriber = await createTestUser(db(), { roles: ["enterprise_member"], enterpriseIds: [otherEnterprise] });
    savePreferences(db(), subscriber.id, { emailFrequency: "immediate" });
  });

  it("a member whose listing's categories and regions match a new public need hears of it (by default)", async () => {
    const summary = await notifySubscribedEnterprises(db(), { now: later(50) });
    expect(summary.needs).toBeGreaterThanOrEqual(1);
    const notes = inbox(subscriber.id).filter((n) => n.kind === "need_subscribed");
    expect(notes.map((n) => n.title)).toContain("Nouveau besoin public : Besoin public en Gaspésie");
    expect(notes.find((n) => n.title.includes("Gaspésie"))!.link).toBe(`/opportunites/${publicNeed}`);
    const email = mail(subscriber.email).find((m) => m.kind === "needSubscribed")!;
    expect(email.text).toContain(`/desabonnement?token=${getPreferences(db(), subscriber.id).unsubscribeToken}`);
    // The enterprise of the other tests sells and serves elsewhere.
    expect(inbox(members.immediate.id).some((n) => n.dedupeKey?.startsWith(`need:${publicNeed}:`))).toBe(false);
  });

  it("nobody hears of the same need twice, whether from a match or a subscription", async () => {
    expect(await notifySubscribedEnterprises(db(), { now: later(51) })).toMatchObject({ inApp: 0, emails: 0 });
    // A matched need that is also public: the matched members were already told.
    const matchedPublic = publishNeedMatching(
      db(),
      enterprise,
      { title: "Public et apparié", isPublic: "on" },
      { now: later(52) },
    );
    await notifyMatchedEnterprises(db(), { now: later(52) });
    savePreferences(db(), members.immediate.id, {
      emailFrequency: "immediate",
      categories: [enterpriseProfile(db(), enterprise).category],
      regions: ["04"],
    });
    await notifySubscribedEnterprises(db(), { now: later(53) });
    expect(inbox(members.immediate.id).filter((n) => n.dedupeKey?.startsWith(`need:${matchedPublic}:`))).toHaveLength(
      1,
    );
  });

  it("own choices replace the listing's; non-public needs never reach subscribers", async () => {
    const choosy = await createTestUser(db(), { roles: ["enterprise_member"], enterpriseIds: [otherEnterprise] });
    savePreferences(db(), choosy.id, {
      emailFrequency: "never",
      categories: ["traiteur-evenementiel"],
      regions: ["01"],
    });
    const hidden = createNeed(
      db(),
      actorOf(db(), BUYER_EMAIL),
      needInput({ title: "Besoin non public", categories: ["traiteur-evenementiel"], regions: ["01"] }),
    );
    setNeed(db(), hidden, { status: "published", publishedAt: later(54) });
    const shown = createNeed(
      db(),
      actorOf(db(), BUYER_EMAIL),
      needInput({
        title: "Traiteur au Bas-Saint-Laurent",
        isPublic: "on",
        categories: ["traiteur-evenementiel"],
        regions: ["01"],
      }),
    );
    setNeed(db(), shown, { status: "published", publishedAt: later(54) });
    await notifySubscribedEnterprises(db(), { now: later(55) });
    const titles = inbox(choosy.id).map((n) => n.title);
    expect(titles).toContain("Nouveau besoin public : Traiteur au Bas-Saint-Laurent");
    expect(titles).not.toContain("Nouveau besoin public : Besoin public en Gaspésie");
    expect(titles.some((t) => t.includes("Besoin non public"))).toBe(false);
    expect(mail(choosy.email)).toEqual([]);
  });

  it("needs older than the window are not 'new'", async () => {
    const old = createNeed(
      db(),
      actorOf(db(), BUYER_EMAIL),
      needInput({
        title: "Ancien besoin public",
        isPublic: "on",
        categories: ["traiteur-evenementiel"],
        regions: ["01"],
      }),
    );
    setNeed(db(), old, { status: "published", publishedAt: new Date(later(60).getTime() - 8 * DAY) });
    await notifySubscribedEnterprises(db(), { now: later(60) });
    expect(
      db()
        .select()
        .from(notifications)
        .where(like(notifications.dedupeKey, `need:${old}:%`))
        .all(),
    ).toEqual([]);
  });
});

describe("runNotificationJobs", () => {
  it("is safe to run twice: the second run adds no notification and queues no email", async () => {
    await runNotificationJobs(db(), { now: later(70) });
    const counts = () => ({
      notes: db().select().from(notifications).all().length,
      emails: db().select().from(emailOutbox).all().length,
      prefs: db().select().from(notificationPreferences).all().length,
    });
    const before = counts();
    const again = await runNotificationJobs(db(), { now: later(70) });
    expect(counts()).toEqual(before);
    expect(again.matched.inApp + again.subscribed.inApp + again.answers.inApp).toBe(0);
    expect(again.daily.emails + again.weekly.emails).toBe(0);
  });
});
