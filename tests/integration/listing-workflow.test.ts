import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, emailOutbox, enterpriseRevisions, enterprises, listingMessages } from "#db/schema";
import { getPublishedProfile } from "~/models/enterprise-profile.server";
import {
  confirmListingCurrent,
  createDraftListing,
  decideListing,
  getEditableListing,
  getListingState,
  saveListing,
  setArchived,
  submitListing,
  verifyListing,
  WorkflowError,
} from "~/models/listing-workflow.server";
import { createSearchService, type SearchService } from "~/search/service.server";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb } from "../helpers/db";
import { completeListing, contextOf, SHERBROOKE, TROIS_RIVIERES } from "./curation-fixtures";

/**
 * The listing workflow end to end at the model level: every step checked for its effect on
 * the listing, the public profile, the search index, the audit trail and the outbox.
 */
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let search: SearchService;
let memberId: number;
let memberEmail: string;
let curatorId: number;
let otherCuratorId: number;
let buyerId: number;
let strangerId: number;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 60 });
  search = createSearchService(handle.db);
  const member = await createTestUser(handle.db);
  memberId = member.id;
  memberEmail = member.email;
  curatorId = (await createTestUser(handle.db, { curatesRegion: "04" })).id;
  otherCuratorId = (await createTestUser(handle.db, { curatesRegion: "05" })).id;
  buyerId = (await createTestUser(handle.db, { roles: ["buyer"] })).id;
  strangerId = (await createTestUser(handle.db, { roles: ["enterprise_member"] })).id;
}, 60_000);
afterAll(() => handle?.cleanup());

const db = () => handle.db;
const ctx = (userId: number) => contextOf(db(), userId);
const status = (id: number) =>
  db().select({ s: enterprises.status }).from(enterprises).where(eq(enterprises.id, id)).get()!.s;
const auditOf = (id: number) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "enterprise"), eq(auditLog.entityId, id)))
    .orderBy(asc(auditLog.id))
    .all();
const lastAudit = (id: number) => auditOf(id).at(-1)!;
const outboxTo = (email: string) =>
  db().select().from(emailOutbox).where(eq(emailOutbox.to, email.toLowerCase())).orderBy(asc(emailOutbox.id)).all();

async function searchIds(q: string): Promise<number[]> {
  await search.drainOutbox();
  const result = await search.search({ q, filters: {}, sort: "relevance", page: 1, perPage: 20, facets: [] });
  return result.hits.map((h) => h.id);
}

async function expectForbidden(action: () => unknown) {
  let error: unknown;
  try {
    await action();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(WorkflowError);
  expect((error as WorkflowError).code).toBe("forbidden");
}

describe("a new listing from draft to publication", () => {
  const data = completeListing("Traiteur Workflow Zéphyr");
  let id: number;

  it("starts as a draft whose creator becomes its member, audited with its identity", () => {
    const { publicName, legalName, legalStatus, municipalityCode } = data;
    id = createDraftListing(ctx(memberId), { publicName, legalName, legalStatus, municipalityCode });
    expect(status(id)).toBe("draft");
    expect(ctx(memberId).actor.enterpriseIds.has(id)).toBe(true);
    const created = lastAudit(id);
    expect(created.action).toBe("create");
    expect(created.actorUserId).toBe(memberId);
    expect(created.changes).toMatchObject({
      publicName: { before: null, after: "Traiteur Workflow Zéphyr" },
      municipalityCode: { before: null, after: TROIS_RIVIERES },
    });
  });

  it("refuses to submit an incomplete listing and says which steps are missing", async () => {
    await expect(submitListing(ctx(memberId), id)).rejects.toMatchObject({
      code: "incomplete",
      detail: expect.arrayContaining(["mission", "offerings", "area"]),
    });
    expect(status(id)).toBe("draft");
  });

  it("saves the other steps in place, each change audited field by field", () => {
    expect(saveListing(ctx(memberId), id, data)).toEqual({ target: "listing" });
    const update = lastAudit(id);
    expect(update.action).toBe("update");
    expect(update.changes).toMatchObject({
      categories: { before: [], after: ["traiteur-evenementiel", "boites-a-lunch"] },
      email: { before: null, after: "info@traiteur-test.example" },
    });
    expect(update.changes).not.toHaveProperty("publicName");
  });

  it("submits to the hub of its region, whose curators are emailed", async () => {
    await submitListing(ctx(memberId), id);
    expect(status(id)).toBe("submitted");
    expect(lastAudit(id).action).toBe("submit");
    const curatorEmail = db().select().from(emailOutbox).where(eq(emailOutbox.kind, "listingSubmitted")).all();
    expect(curatorEmail.some((e) => e.text.includes("Traiteur Workflow Zéphyr"))).toBe(true);
  });

  it("is neither public nor searchable before approval", async () => {
    expect(getPublishedProfile(db(), getListingState(db(), id)!.slug)).toBeUndefined();
    expect(await searchIds("Zéphyr")).not.toContain(id);
  });

  it("refuses decisions from anyone but the hub of its region", async () => {
    for (const userId of [memberId, buyerId, strangerId, otherCuratorId])
      await expectForbidden(() => decideListing(ctx(userId), id, { kind: "approve" }));
    expect(status(id)).toBe("submitted");
  });

  it("goes back to the member when the hub requests changes, with the message kept and emailed", async () => {
    await decideListing(ctx(curatorId), id, { kind: "request_changes", message: "Précisez vos prix." });
    expect(status(id)).toBe("changes_requested");
    const entry = lastAudit(id);
    expect(entry).toMatchObject({
      action: "request_changes",
      actorUserId: curatorId,
      message: "Précisez vos prix.",
      changes: { status: { before: "submitted", after: "changes_requested" } },
    });
    const mail = outboxTo(memberEmail).find((e) => e.kind === "changesRequested")!;
    expect(mail.text).toContain("Précisez vos prix.");
    const messages = db().select().from(listingMessages).where(eq(listingMessages.enterpriseId, id)).all();
    expect(messages).toMatchObject([{ fromHub: true, body: "Précisez vos prix." }]);
  });

  it("is edited by the member (back to a draft) and submitted again", async () => {
    saveListing(ctx(memberId), id, { phone: "819 555-0199" });
    expect(status(id)).toBe("draft");
    expect(lastAudit(id).changes).toEqual({ phone: { before: "819 555-0142", after: "819 555-0199" } });
    await submitListing(ctx(memberId), id);
    expect(status(id)).toBe("submitted");
  });

  it("is published and indexed when the hub approves, and the members are told", async () => {
    await decideListing(ctx(curatorId), id, { kind: "approve" });
    expect(status(id)).toBe("published");
    const row = db().select().from(enterprises).where(eq(enterprises.id, id)).get()!;
    expect(row.publishedAt).not.toBeNull();
    expect(row.lastConfirmedAt).not.toBeNull();
    expect(lastAudit(id)).toMatchObject({
      action: "approve",
      changes: { status: { before: "submitted", after: "published" } },
    });
    expect(outboxTo(memberEmail).some((e) => e.kind === "listingApproved")).toBe(true);
    expect(getPublishedProfile(db(), row.slug)?.contact.phone).toBe("819 555-0199");
    expect(await searchIds("Zéphyr")).toContain(id);
  });

  describe("an edit of the published listing", () => {
    it("goes into a revision: the public profile keeps the published text meanwhile", async () => {
      const result = saveListing(ctx(memberId), id, {
        descriptionFr: "Nouvelle description proposée par le membre, plus complète.",
      });
      expect(result).toEqual({ target: "revision" });
      const slug = getListingState(db(), id)!.slug;
      expect(getPublishedProfile(db(), slug)?.description.fr).toBe(data.descriptionFr);
      expect(getEditableListing(db(), id)?.descriptionFr).toBe(
        "Nouvelle description proposée par le membre, plus complète.",
      );
      expect(lastAudit(id)).toMatchObject({
        action: "update",
        message: "revision",
        changes: {
          descriptionFr: { before: data.descriptionFr, after: expect.stringContaining("Nouvelle description") },
        },
      });
      await submitListing(ctx(memberId), id);
      expect(status(id)).toBe("published");
      expect(getListingState(db(), id)?.pendingRevision?.status).toBe("submitted");
      expect(await searchIds("Zéphyr")).toContain(id);
      expect(getPublishedProfile(db(), slug)?.description.fr).toBe(data.descriptionFr);
    });

    it("is applied, audited and re-indexed when the hub approves it", async () => {
      await decideListing(ctx(curatorId), id, { kind: "approve" });
      const slug = getListingState(db(), id)!.slug;
      expect(getPublishedProfile(db(), slug)?.description.fr).toContain("Nouvelle description");
      expect(getListingState(db(), id)?.pendingRevision).toBeNull();
      const revision = db().select().from(enterpriseRevisions).where(eq(enterpriseRevisions.enterpriseId, id)).get()!;
      expect(revision).toMatchObject({ status: "approved", reviewedByUserId: curatorId });
      expect(lastAudit(id)).toMatchObject({
        action: "approve",
        changes: {
          descriptionFr: { before: data.descriptionFr, after: expect.stringContaining("Nouvelle description") },
        },
      });
      expect(await searchIds("complète")).toContain(id);
    });
  });

  it("is edited directly by its hub, even published, and the change is audited", () => {
    expect(saveListing(ctx(curatorId), id, { website: "https://zephyr.example" })).toEqual({ target: "listing" });
    expect(lastAudit(id)).toMatchObject({
      actorUserId: curatorId,
      changes: { website: { before: "https://traiteur-test.example", after: "https://zephyr.example" } },
    });
  });

  it("is verified by the hub with a date; a confirmation by the member resets the reminder clock", () => {
    verifyListing(ctx(curatorId), id);
    const row = db().select().from(enterprises).where(eq(enterprises.id, id)).get()!;
    expect(row.lastVerifiedAt).not.toBeNull();
    expect(lastAudit(id)).toMatchObject({ action: "verify", changes: { lastVerifiedAt: { before: null } } });
    db().update(enterprises).set({ reminderSentAt: new Date() }).where(eq(enterprises.id, id)).run();
    confirmListingCurrent(ctx(memberId), id);
    expect(db().select().from(enterprises).where(eq(enterprises.id, id)).get()!.reminderSentAt).toBeNull();
    expect(lastAudit(id).action).toBe("confirm");
  });

  it("leaves the directory and the search when archived, and comes back when restored", async () => {
    await expectForbidden(() => setArchived(ctx(otherCuratorId), id, true, "Fermée"));
    await expectForbidden(() => setArchived(ctx(memberId), id, true, "Fermée"));
    setArchived(ctx(curatorId), id, true, "Entreprise fermée");
    expect(status(id)).toBe("archived");
    expect(lastAudit(id)).toMatchObject({
      action: "archive",
      message: "Entreprise fermée",
      changes: { status: { before: "published", after: "archived" } },
    });
    expect(await searchIds("Zéphyr")).not.toContain(id);
    expect(() => saveListing(ctx(memberId), id, { phone: "819 555-0100" })).toThrow(WorkflowError);
    setArchived(ctx(curatorId), id, false);
    expect(status(id)).toBe("published");
    expect(await searchIds("Zéphyr")).toContain(id);
  });
});

describe("other decisions", () => {
  it("a rejected listing gets its reason kept and emailed; the member may correct and resubmit", async () => {
    const data = completeListing("Atelier Refusé Quasar");
    const { publicName, legalName, legalStatus, municipalityCode } = data;
    const id = createDraftListing(ctx(memberId), { publicName, legalName, legalStatus, municipalityCode });
    saveListing(ctx(memberId), id, data);
    await submitListing(ctx(memberId), id);
    await decideListing(ctx(curatorId), id, {
      kind: "reject",
      reason: "Ce n'est pas une entreprise d'économie sociale.",
    });
    expect(status(id)).toBe("rejected");
    expect(lastAudit(id)).toMatchObject({
      action: "reject",
      message: "Ce n'est pas une entreprise d'économie sociale.",
    });
    expect(outboxTo(memberEmail).find((e) => e.kind === "listingRejected")?.text).toContain("économie sociale");
    expect(await searchIds("Quasar")).not.toContain(id);
    await submitListing(ctx(memberId), id);
    expect(status(id)).toBe("submitted");
  });

  it("a candidate verified by the hub is published and indexed", async () => {
    const { publicName, legalName, legalStatus, municipalityCode } = completeListing("Coop Candidate Nébuleuse");
    const id = createDraftListing(ctx(memberId), { publicName, legalName, legalStatus, municipalityCode });
    saveListing(ctx(memberId), id, completeListing("Coop Candidate Nébuleuse"));
    db().update(enterprises).set({ status: "candidate" }).where(eq(enterprises.id, id)).run();
    expect(await searchIds("Nébuleuse")).not.toContain(id);
    await expectForbidden(() => verifyListing(ctx(otherCuratorId), id));
    verifyListing(ctx(curatorId), id);
    expect(status(id)).toBe("published");
    expect(lastAudit(id)).toMatchObject({
      action: "verify",
      changes: { status: { before: "candidate", after: "published" } },
    });
    expect(await searchIds("Nébuleuse")).toContain(id);
  });

  it("a curator acts only in their region: the hub of Estrie decides on Sherbrooke, not Mauricie", async () => {
    const data = completeListing("Buanderie Estrienne Orion", SHERBROOKE);
    const { publicName, legalName, legalStatus, municipalityCode } = data;
    const id = createDraftListing(ctx(memberId), { publicName, legalName, legalStatus, municipalityCode });
    saveListing(ctx(memberId), id, data);
    await submitListing(ctx(memberId), id);
    await expectForbidden(() => decideListing(ctx(curatorId), id, { kind: "approve" }));
    await expectForbidden(() => Promise.resolve(saveListing(ctx(curatorId), id, { phone: "819 555-0111" })));
    await decideListing(ctx(otherCuratorId), id, { kind: "approve" });
    expect(status(id)).toBe("published");
  });

  it("nobody but members and hub edits a listing; a buyer cannot start one without a verified email", async () => {
    const { publicName, legalName, legalStatus, municipalityCode } = completeListing("Fiche Gardée Pulsar");
    const id = createDraftListing(ctx(memberId), { publicName, legalName, legalStatus, municipalityCode });
    for (const userId of [buyerId, strangerId, otherCuratorId])
      await expectForbidden(() => Promise.resolve(saveListing(ctx(userId), id, { phone: "819 555-0111" })));
    await expectForbidden(() => submitListing(ctx(strangerId), id));
    const unverified = await createTestUser(db(), { verified: false });
    await expectForbidden(() =>
      Promise.resolve(createDraftListing(ctx(unverified.id), { publicName, legalName, legalStatus, municipalityCode })),
    );
  });
});
