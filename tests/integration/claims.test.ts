import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, enterpriseMembers, enterprises, listingClaims, userRoles } from "#db/schema";
import {
  approveClaim,
  ClaimError,
  claimListing,
  MAX_PENDING_CLAIMS,
  rejectClaim,
  searchClaimableListings,
} from "~/models/claims.server";
import { createDraftListing, submitListing } from "~/models/listing-workflow.server";
import { readListingData } from "~/models/listing-data.server";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { completeListing, contextOf, SHERBROOKE, TROIS_RIVIERES } from "./curation-fixtures";
import {
  emailsTo,
  freshNeq,
  getPage,
  insertCandidate,
  postForm,
  visibleText,
  type TestApp,
} from "./registration-helpers";

/**
 * Claiming an existing listing: found by NEQ or name, granted at once when the claimant's
 * address is on the enterprise's own domain, otherwise decided by the hub of its region.
 */
let app: TestApp;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 60 });
  useDbInApp(handle.db);
  app = await createTestApp();
}, 90_000);
afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const db = () => handle.db;
const statusOf = (id: number) =>
  db().select({ s: enterprises.status }).from(enterprises).where(eq(enterprises.id, id)).get()!.s;
const isMember = (enterpriseId: number, userId: number) =>
  Boolean(
    db()
      .select()
      .from(enterpriseMembers)
      .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.userId, userId)))
      .get(),
  );
const auditActions = (id: number) =>
  db().select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(asc(auditLog.id)).all();
const claimsOf = (enterpriseId: number) =>
  db().select().from(listingClaims).where(eq(listingClaims.enterpriseId, enterpriseId)).all();

describe("finding a listing to claim", () => {
  it("by NEQ, with or without spaces, among published and imported listings", async () => {
    const id = insertCandidate(db(), { name: "Coopérative de solidarité Les Érables", neq: freshNeq() });
    const neq = db().select({ neq: enterprises.neq }).from(enterprises).where(eq(enterprises.id, id)).get()!.neq!;
    expect(searchClaimableListings(db(), neq).results.map((r) => r.id)).toEqual([id]);
    expect(
      searchClaimableListings(db(), `${neq.slice(0, 4)} ${neq.slice(4, 7)}-${neq.slice(7)}`).results.map((r) => r.id),
    ).toEqual([id]);
  });

  it("by name, ignoring accents, case and word order", async () => {
    const id = insertCandidate(db(), { name: "Ébénisterie Coopérative du Havre" });
    for (const q of ["ebenisterie cooperative", "HAVRE ÉBÉNISTERIE", "cooperative du havre"]) {
      expect(
        searchClaimableListings(db(), q).results.map((r) => r.id),
        q,
      ).toContain(id);
    }
    expect(searchClaimableListings(db(), "ebenisterie inexistante").results).toEqual([]);
  });

  it("says when more listings match than are shown", async () => {
    for (let i = 0; i < 4; i++) insertCandidate(db(), { name: `Coop Nombreuse ${i}` });
    expect(searchClaimableListings(db(), "coop nombreuse", 3)).toMatchObject({ more: true });
    expect(searchClaimableListings(db(), "coop nombreuse", 3).results).toHaveLength(3);
    expect(searchClaimableListings(db(), "coop nombreuse", 10)).toMatchObject({ more: false });
  });

  it("drafts and listings under review are not claimable; their NEQ says so", async () => {
    const owner = await createTestUser(db());
    const draftId = createDraftListing(contextOf(db(), owner.id), {
      ...completeListing("Brouillon Non Réclamable", TROIS_RIVIERES),
      neq: freshNeq(),
    });
    const neq = readListingData(db(), draftId)!.neq!;
    expect(searchClaimableListings(db(), "Brouillon Non Réclamable").results).toEqual([]);
    expect(searchClaimableListings(db(), neq)).toEqual({ results: [], neqUnavailable: true, more: false });
  });

  it("the claim page searches by the query string (the duplicate-NEQ link) and lists results", async () => {
    const user = await createTestUser(db());
    const id = insertCandidate(db(), { name: "Atelier Recherche Claim" });
    const neq = db().select({ neq: enterprises.neq }).from(enterprises).where(eq(enterprises.id, id)).get()!.neq!;
    const res = await getPage(app, `/mon-entreprise/reclamer?q=${neq}`, user.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Atelier Recherche Claim");
    expect(html).toContain(`href="/mon-entreprise/reclamer?id=${id}&amp;q=${neq}"`);
    const none = await visibleText(await getPage(app, "/mon-entreprise/reclamer?q=zzzz-aucune", user.cookie));
    expect(none).toContain("Aucune fiche publiée ou importée ne correspond à « zzzz-aucune »");
  });
});

describe("a claim granted by the email domain", () => {
  it("makes the user a member at once; a candidate becomes a draft to complete", async () => {
    const id = insertCandidate(db(), {
      name: "Coop Domaine Vérifié",
      website: "https://www.coop-domaine.example/accueil",
    });
    const user = await createTestUser(db(), { email: "direction@coop-domaine.example" });
    const confirm = await visibleText(await getPage(app, `/mon-entreprise/reclamer?id=${id}`, user.cookie));
    expect(confirm).toContain("vous pourrez gérer la fiche dès maintenant");

    const res = await postForm(app, `/mon-entreprise/reclamer?id=${id}`, user.cookie, [["enterpriseId", String(id)]]);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/mon-entreprise/${id}?fait=claimed`);
    expect(isMember(id, user.id)).toBe(true);
    expect(statusOf(id)).toBe("draft");
    expect(claimsOf(id)).toEqual([
      expect.objectContaining({ userId: user.id, status: "approved", method: "email_domain" }),
    ]);
    expect(db().select().from(userRoles).where(eq(userRoles.userId, user.id)).all()).toEqual([
      { userId: user.id, role: "enterprise_member" },
    ]);
    const audit = auditActions(id);
    expect(audit.map((a) => a.action)).toEqual(["claim", "claim_approved"]);
    expect(audit[1]!.changes).toEqual({
      members: { before: null, after: "direction@coop-domaine.example" },
      status: { before: "candidate", after: "draft" },
    });
    const page = await visibleText(await getPage(app, `/mon-entreprise/${id}?fait=claimed`, user.cookie));
    expect(page).toContain("vous gérez maintenant cette fiche");
  });

  it("a claimed listing that is already published stays published", async () => {
    const published = db()
      .select({ id: enterprises.id, website: enterprises.website })
      .from(enterprises)
      .where(eq(enterprises.status, "published"))
      .get()!;
    const host = new URL(published.website!).hostname.replace(/^www\./, "");
    const user = await createTestUser(db(), { email: `ventes@${host}` });
    const result = await claimListing(contextOf(db(), user.id), published.id);
    expect(result.outcome).toBe("granted");
    expect(statusOf(published.id)).toBe("published");
    await expect(claimListing(contextOf(db(), user.id), published.id)).rejects.toMatchObject({
      code: "already_member",
    });
  });
});

describe("a claim reviewed by the hub", () => {
  let listingId: number;
  let claimant: Awaited<ReturnType<typeof createTestUser>>;
  let claimId: number;

  beforeAll(async () => {
    listingId = insertCandidate(db(), {
      name: "Coop Revue Par Le Pôle",
      website: "https://coop-revue.example",
      municipalityCode: TROIS_RIVIERES,
    });
    claimant = await createTestUser(db(), { email: `claimant-${Date.now()}@gmail.com` });
  });

  it("goes to the region's curators and waits", async () => {
    const confirm = await visibleText(await getPage(app, `/mon-entreprise/reclamer?id=${listingId}`, claimant.cookie));
    expect(confirm).toContain("le pôle régional de Mauricie examinera votre demande");
    const res = await postForm(app, `/mon-entreprise/reclamer?id=${listingId}`, claimant.cookie, [
      ["enterpriseId", String(listingId)],
      ["message", "Je suis la coordonnatrice de la coop depuis 2019."],
    ]);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/mon-entreprise?fait=claimRequested");
    const claims = claimsOf(listingId);
    expect(claims).toEqual([
      expect.objectContaining({
        status: "pending",
        method: "hub_review",
        message: "Je suis la coordonnatrice de la coop depuis 2019.",
      }),
    ]);
    claimId = claims[0]!.id;
    expect(isMember(listingId, claimant.id)).toBe(false);
    expect(statusOf(listingId)).toBe("candidate");
    const mail = emailsTo(db(), "pole-04@maillage.example", "claimRequested");
    expect(mail.map((m) => m.subject)).toContain("Demande de gestion de la fiche Coop Revue Par Le Pôle");
    expect(mail.at(-1)!.text).toContain(claimant.email);
    expect(mail.at(-1)!.text).toContain("/pole/reclamations?region=04");
    expect(auditActions(listingId).map((a) => a.action)).toEqual(["claim"]);

    const dashboard = await visibleText(await getPage(app, "/mon-entreprise?fait=claimRequested", claimant.cookie));
    expect(dashboard).toContain("Votre demande a été transmise au pôle régional");
    expect(dashboard).toContain("En attente de la décision du pôle");
    expect((await getPage(app, `/mon-entreprise/${listingId}`, claimant.cookie)).status).toBe(403);
  });

  it("can't be made twice", async () => {
    const res = await postForm(app, `/mon-entreprise/reclamer?id=${listingId}`, claimant.cookie, [
      ["enterpriseId", String(listingId)],
    ]);
    expect(res.status).toBe(409);
    expect(await visibleText(res)).toContain("Vous avez déjà une demande en attente pour cette fiche.");
    expect(claimsOf(listingId)).toHaveLength(1);
  });

  it("is decided only by the hub of the listing's region (or an admin)", async () => {
    const otherCurator = await createTestUser(db(), { curatesRegion: "05" });
    const buyer = await createTestUser(db(), { roles: ["buyer"] });
    for (const user of [otherCurator, buyer, claimant]) {
      await expect(approveClaim(contextOf(db(), user.id), claimId)).rejects.toMatchObject({ code: "forbidden" });
      await expect(rejectClaim(contextOf(db(), user.id), claimId, "Non")).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(claimsOf(listingId)[0]!.status).toBe("pending");
  });

  it("approveClaim makes the claimant a member, tells them, and records it", async () => {
    const curator = await createTestUser(db(), { curatesRegion: "04" });
    await approveClaim(contextOf(db(), curator.id), claimId);
    expect(isMember(listingId, claimant.id)).toBe(true);
    expect(statusOf(listingId)).toBe("draft");
    expect(claimsOf(listingId)[0]).toMatchObject({ status: "approved", decidedByUserId: curator.id });
    const approved = auditActions(listingId).at(-1)!;
    expect(approved).toMatchObject({ action: "claim_approved", actorUserId: curator.id });
    expect(approved.changes).toMatchObject({ status: { before: "candidate", after: "draft" } });
    const mail = emailsTo(db(), claimant.email, "claimApproved");
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text).toContain(`/mon-entreprise/${listingId}`);
    // The new member opens, completes and submits it.
    expect((await getPage(app, `/mon-entreprise/${listingId}`, claimant.cookie)).status).toBe(200);
    await expect(approveClaim(contextOf(db(), curator.id), claimId)).rejects.toBeInstanceOf(ClaimError);
  });

  it("rejectClaim keeps the claimant out and sends them the reason", async () => {
    const id = insertCandidate(db(), { name: "Coop Refusée", municipalityCode: SHERBROOKE });
    const user = await createTestUser(db(), { email: `refus-${Date.now()}@hotmail.com` });
    const { outcome, claimId: refused } = await claimListing(contextOf(db(), user.id), id, "Je connais la directrice.");
    expect(outcome).toBe("pending");
    const admin = await createTestUser(db(), { roles: ["admin"] });
    await expect(rejectClaim(contextOf(db(), admin.id), refused, "   ")).rejects.toMatchObject({
      code: "invalid_state",
    });
    await rejectClaim(contextOf(db(), admin.id), refused, "Aucun lien démontré avec l'entreprise.");
    expect(isMember(id, user.id)).toBe(false);
    expect(statusOf(id)).toBe("candidate");
    expect(claimsOf(id)[0]).toMatchObject({
      status: "rejected",
      decisionReason: "Aucun lien démontré avec l'entreprise.",
    });
    expect(auditActions(id).at(-1)).toMatchObject({
      action: "claim_rejected",
      message: "Aucun lien démontré avec l'entreprise.",
    });
    expect(emailsTo(db(), user.email, "claimRejected")[0]!.text).toContain("Aucun lien démontré avec l'entreprise.");
    const dashboard = await visibleText(await getPage(app, "/mon-entreprise", user.cookie));
    expect(dashboard).toContain("Raison : Aucun lien démontré avec l'entreprise.");
  });
});

describe("limits", () => {
  it("a user can't have more than the maximum of pending claims", async () => {
    const user = await createTestUser(db(), { email: `beaucoup-${Date.now()}@gmail.com` });
    for (let i = 0; i < MAX_PENDING_CLAIMS; i++) {
      const id = insertCandidate(db(), { name: `Coop Limite ${i}` });
      expect((await claimListing(contextOf(db(), user.id), id)).outcome).toBe("pending");
    }
    const extra = insertCandidate(db(), { name: "Coop Limite De Trop" });
    const res = await postForm(app, `/mon-entreprise/reclamer?id=${extra}`, user.cookie, [
      ["enterpriseId", String(extra)],
    ]);
    expect(res.status).toBe(429);
    expect(await visibleText(res)).toContain(`Vous avez déjà ${MAX_PENDING_CLAIMS} demandes en attente.`);
    expect(claimsOf(extra)).toEqual([]);
  });

  it("listings being registered or reviewed can't be claimed", async () => {
    const owner = await createTestUser(db());
    const id = createDraftListing(contextOf(db(), owner.id), completeListing("Fiche En Examen", TROIS_RIVIERES));
    await submitListing(contextOf(db(), owner.id), id).catch(() => undefined);
    const user = await createTestUser(db());
    await expect(claimListing(contextOf(db(), user.id), id)).rejects.toMatchObject({ code: "not_claimable" });
    expect((await getPage(app, `/mon-entreprise/reclamer?id=${id}`, user.cookie)).status).toBe(404);
  });

  it("a too-long message is refused with its message, and no claim is made", async () => {
    const id = insertCandidate(db(), { name: "Coop Message Long" });
    const user = await createTestUser(db());
    const res = await postForm(app, `/mon-entreprise/reclamer?id=${id}`, user.cookie, [
      ["enterpriseId", String(id)],
      ["message", "x".repeat(1001)],
    ]);
    expect(res.status).toBe(400);
    expect(await visibleText(res)).toContain("Le message est trop long (1 000 caractères au plus).");
    expect(claimsOf(id)).toEqual([]);
  });
});
