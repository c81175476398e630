import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enterpriseMembers, listingClaims } from "#db/schema";
import { claimListing } from "~/models/claims.server";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { emailsTo, mainText, postForm } from "../helpers/forms";
import { contextOf } from "./curation-fixtures";

let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let curator: string;
let otherCurator: string;
let member: string;
const listingsOf04: { id: number; name: string }[] = [];

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 300 });
  useDbInApp(handle.db);
  app = await createTestApp();
  listingsOf04.push(
    ...handle.db.all<{ id: number; name: string }>(sql`
      select e.id, e.public_name as name from enterprises e join municipalities m on m.code = e.municipality_code
      where m.region_code = '04' and e.status = 'published' order by e.id limit 3`),
  );
  curator = (await createTestUser(handle.db, { curatesRegion: "04" })).cookie;
  otherCurator = (await createTestUser(handle.db, { curatesRegion: "05" })).cookie;
  member = (await createTestUser(handle.db, { enterpriseIds: [listingsOf04[2]!.id] })).cookie;
}, 90_000);

afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

/** A person whose address is not on the enterprise's domain asks the hub to manage a listing. */
async function pendingClaim(enterpriseId: number, message: string) {
  const claimant = await createTestUser(handle.db);
  const { outcome, claimId } = await claimListing(contextOf(handle.db, claimant.id), enterpriseId, message);
  expect(outcome).toBe("pending");
  return { claimant, claimId };
}

const view = async (path: string, cookie: string) => {
  const res = await app.fetch(path, { headers: { Cookie: cookie } });
  return { status: res.status, html: await res.text() };
};
const claimStatus = (id: number) =>
  handle.db.select({ s: listingClaims.status }).from(listingClaims).where(eq(listingClaims.id, id)).get()!.s;
const isMember = (enterpriseId: number, userId: number) =>
  Boolean(
    handle.db
      .select()
      .from(enterpriseMembers)
      .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.userId, userId)))
      .get(),
  );

describe("/pole/reclamations", () => {
  it("lists the pending claims of the curator's regions with who asks and why", async () => {
    const { claimant } = await pendingClaim(listingsOf04[0]!.id, "Je suis la directrice générale.");
    const { html } = await view("/pole/reclamations", curator);
    const text = mainText(html);
    expect(text).toContain(listingsOf04[0]!.name);
    expect(text).toContain(claimant.email);
    expect(text).toContain("Je suis la directrice générale.");
    const other = mainText((await view("/pole/reclamations", otherCurator)).html);
    expect(other).not.toContain(listingsOf04[0]!.name);
    expect(other).toContain("Aucune demande de gestion n'attend de décision.");
  });

  it("approves a claim: the person becomes a member and is emailed; the history says so", async () => {
    const { claimant, claimId } = await pendingClaim(listingsOf04[1]!.id, "Coordonnateur");
    const res = await postForm(
      app,
      "/pole/reclamations",
      { intent: "approve", claimId: String(claimId) },
      { cookie: curator },
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/pole/reclamations?fait=claim_approve");
    expect(claimStatus(claimId)).toBe("approved");
    expect(isMember(listingsOf04[1]!.id, claimant.id)).toBe(true);
    expect(emailsTo(handle.db, claimant.email)[0]).toMatchObject({ kind: "claimApproved" });
    const history = mainText((await view(`/fiches/${listingsOf04[1]!.id}/historique`, curator)).html);
    expect(history).toContain("Demande de gestion acceptée");
    expect(history).toContain(`Membres Avant (vide) Après ${claimant.email}`);
  });

  it("rejects a claim only with a reason (400 otherwise), and emails the reason", async () => {
    const { claimant, claimId } = await pendingClaim(listingsOf04[0]!.id, "Bénévole");
    const empty = await postForm(
      app,
      "/pole/reclamations",
      { intent: "reject", claimId: String(claimId), reason: " " },
      {
        cookie: curator,
      },
    );
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Indiquez la raison : elle sera transmise à l&#x27;entreprise.");
    expect(claimStatus(claimId)).toBe("pending");

    const res = await postForm(
      app,
      "/pole/reclamations",
      { intent: "reject", claimId: String(claimId), reason: "Aucun lien avec l'entreprise." },
      { cookie: curator },
    );
    expect(res.status).toBe(302);
    expect(claimStatus(claimId)).toBe("rejected");
    expect(isMember(listingsOf04[0]!.id, claimant.id)).toBe(false);
    const mail = emailsTo(handle.db, claimant.email)[0]!;
    expect(mail).toMatchObject({ kind: "claimRejected" });
    expect(mail.text).toContain("Aucun lien avec l'entreprise.");
  });

  it("refuses another region's curator and non-curators, and decides a claim only once", async () => {
    const { claimId } = await pendingClaim(listingsOf04[0]!.id, "Trésorier");
    const body = { intent: "approve", claimId: String(claimId) };
    expect((await postForm(app, "/pole/reclamations", body, { cookie: otherCurator })).status).toBe(403);
    expect((await postForm(app, "/pole/reclamations", body, { cookie: member })).status).toBe(403);
    const anonymous = await postForm(app, "/pole/reclamations", body);
    expect(anonymous.status).toBe(302);
    expect(claimStatus(claimId)).toBe("pending");
    expect((await postForm(app, "/pole/reclamations", body, { cookie: curator })).status).toBe(302);
    const again = await postForm(app, "/pole/reclamations", body, { cookie: curator });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Cette demande a déjà été traitée.");
    expect(
      (await postForm(app, "/pole/reclamations", { intent: "approve", claimId: "999999" }, { cookie: curator })).status,
    ).toBe(404);
  });
});
