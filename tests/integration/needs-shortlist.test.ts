import { eq, sql } from "drizzle-orm";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enterprises, needResponses, purchaseRecords, shortlistEntries } from "#db/schema";
import { todayInQuebec } from "~/domain/contracting";
import { directory } from "~/locales/fr/directory";
import { getNeed } from "~/models/needs.server";
import { createTestApp } from "../helpers/app";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { mainText } from "../helpers/forms";
import { createBuyer, seedNeed } from "./needs-fixtures";

/**
 * After publication: the answers grouped by status, the shortlist (POST add/remove, only for
 * enterprises of the need), its CSV export, and the outcome recorded as a purchase record in
 * the same transaction that closes the need.
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let buyer: Awaited<ReturnType<typeof createBuyer>>;
let needId: number;
let matched: number[];
let outsider: number;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 300 });
  useDbInApp(handle.db);
  app = await createTestApp();
  buyer = await createBuyer(handle.db, "municipality");
  needId = seedNeed(handle.db, buyer.id, undefined, true);
  matched = handle.db
    .all<{ id: number }>(sql`select enterprise_id as id from need_matches where need_id = ${needId} order by rank`)
    .map((r) => r.id);
  outsider = handle.db.get<{ id: number }>(sql`
    select id from enterprises where status = 'published'
      and id not in (select enterprise_id from need_matches where need_id = ${needId}) limit 1`)!.id;
}, 90_000);

afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const post = (path: string, fields: Record<string, string>) =>
  app.fetch(path, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: buyer.cookie },
    redirect: "manual",
  });
const get = (path: string) => app.fetch(path, { headers: { Cookie: buyer.cookie }, redirect: "manual" });
const shortlistOf = (id: number) =>
  handle.db
    .select({ id: shortlistEntries.enterpriseId })
    .from(shortlistEntries)
    .where(eq(shortlistEntries.needId, id))
    .all()
    .map((r) => r.id)
    .sort((a, b) => a - b);
const nameOf = (id: number) =>
  handle.db.select({ n: enterprises.publicName }).from(enterprises).where(eq(enterprises.id, id)).get()!.n;

describe("answers", () => {
  it("groups the answers: interested with message and answers to each question, not interested with reason, no answer yet", async () => {
    expect(matched.length).toBeGreaterThanOrEqual(3);
    const [a, b] = matched;
    handle.db
      .insert(needResponses)
      .values([
        {
          needId,
          enterpriseId: a!,
          interest: "interested",
          message: "Nous serions ravis de vous servir.",
          answers: ["Deux semaines", "Oui, plusieurs menus"],
        },
        { needId, enterpriseId: b!, interest: "not_interested", reason: "Calendrier complet en juin." },
      ])
      .run();
    const text = mainText(await (await get(`/besoins/${needId}`)).text());
    expect(text).toContain("Intéressées (1)");
    expect(text).toContain("Nous serions ravis de vous servir.");
    expect(text).toContain("Quel est votre délai de livraison ? Deux semaines");
    expect(text).toContain("Offrez-vous des options végétariennes ? Oui, plusieurs menus");
    expect(text).toContain("Pas intéressées (1)");
    expect(text).toContain("Calendrier complet en juin.");
    expect(text).toContain(`Sans réponse (${matched.length - 2})`);
  });
});

describe("the shortlist", () => {
  it("adds and removes matched enterprises with POST forms", async () => {
    const [a, , c] = matched;
    const added = await post(`/besoins/${needId}`, { intent: "shortlist-add", enterpriseId: String(a) });
    expect(added.status).toBe(302);
    expect(added.headers.get("Location")).toBe(`/besoins/${needId}?fait=ajoute&entreprise=${a}#entreprise-${a}`);
    await post(`/besoins/${needId}`, { intent: "shortlist-add", enterpriseId: String(c) });
    // Twice is once.
    await post(`/besoins/${needId}`, { intent: "shortlist-add", enterpriseId: String(c) });
    expect(shortlistOf(needId)).toEqual([a!, c!].sort((x, y) => x - y));
    const removed = await post(`/besoins/${needId}`, { intent: "shortlist-remove", enterpriseId: String(c) });
    expect(removed.status).toBe(302);
    expect(shortlistOf(needId)).toEqual([a!]);
    const text = mainText(await (await get(`/besoins/${needId}`)).text());
    expect(text).toContain("Télécharger la liste courte (CSV)");
  });

  it("refuses an enterprise that is not matched, or no enterprise at all (400, nothing changes)", async () => {
    const before = shortlistOf(needId);
    const res = await post(`/besoins/${needId}`, { intent: "shortlist-add", enterpriseId: String(outsider) });
    expect(res.status).toBe(400);
    expect(mainText(await res.text())).toContain("Cette entreprise n'est ni jumelée à ce besoin");
    for (const enterpriseId of ["", "abc", "-3", "999999"]) {
      const bad = await post(`/besoins/${needId}`, { intent: "shortlist-add", enterpriseId });
      expect([enterpriseId, bad.status]).toEqual([enterpriseId, 400]);
    }
    expect(shortlistOf(needId)).toEqual(before);
  });

  it("lets an enterprise that answered a public need be shortlisted", async () => {
    const id = seedNeed(handle.db, buyer.id, undefined, true);
    handle.db.insert(needResponses).values({ needId: id, enterpriseId: outsider, interest: "interested" }).run();
    const res = await post(`/besoins/${id}`, { intent: "shortlist-add", enterpriseId: String(outsider) });
    expect(res.status).toBe(302);
    expect(shortlistOf(id)).toEqual([outsider]);
  });

  it("cannot change for a draft or a cancelled need (409)", async () => {
    const draft = seedNeed(handle.db, buyer.id);
    const res = await post(`/besoins/${draft}`, { intent: "shortlist-add", enterpriseId: String(matched[0]) });
    expect(res.status).toBe(409);
    expect(shortlistOf(draft)).toEqual([]);
  });

  it("exports the shortlist as a UTF-8 CSV invitation list", async () => {
    const [a] = matched;
    // A cell a spreadsheet would run as a formula ("+…") is neutralized.
    handle.db.update(enterprises).set({ phone: "+1 819 555-0199" }).where(eq(enterprises.id, a!)).run();
    const res = await get(`/besoins/${needId}/liste-courte.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe(`attachment; filename="liste-courte-besoin-${needId}.csv"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const decoded = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(decoded.startsWith("\uFEFF")).toBe(true);
    const rows = parse(decoded.slice(1), { delimiter: ";" }) as string[][];
    expect(rows[0]).toEqual([
      "Nom",
      "NEQ",
      "Statut juridique",
      "Municipalité",
      "Région",
      "Courriel",
      "Téléphone",
      "Site Web",
      "Pointage",
      "Réponse",
      "Message",
    ]);
    expect(rows).toHaveLength(2);
    const e = handle.db.select().from(enterprises).where(eq(enterprises.id, a!)).get()!;
    const location = handle.db.get<{ municipality: string; region: string }>(sql`
      select m.name as municipality, r.name_fr as region from municipalities m join regions r on r.code = m.region_code
      where m.code = ${e.municipalityCode}`)!;
    const score = handle.db.get<{ s: number }>(
      sql`select score as s from need_matches where need_id = ${needId} and enterprise_id = ${a}`,
    )!.s;
    expect(rows[1]).toEqual([
      e.publicName,
      e.neq ?? "",
      directory.legalStatus[e.legalStatus],
      location.municipality,
      location.region,
      e.email ?? "",
      "'+1 819 555-0199",
      e.website ?? "",
      String(score),
      "Intéressée",
      "Nous serions ravis de vous servir.",
    ]);
    const english = await get(`/besoins/${needId}/liste-courte.csv?lng=en&separateur=virgule`);
    // Response.text() drops the byte-order mark.
    const text = await english.text();
    expect(text.split("\r\n")[0]).toBe(
      "Name,NEQ,Legal status,Municipality,Region,Email,Phone,Website,Score,Answer,Message",
    );
  });
});

const outcome = (fields: Record<string, string> = {}) => ({
  intent: "outcome",
  awardee: String(matched[0]),
  supplierName: "",
  amountCad: "17 500",
  route: "direct_award",
  awardedOn: "2026-03-15",
  ...fields,
});

const purchasesOf = (id: number) =>
  handle.db.select().from(purchaseRecords).where(eq(purchaseRecords.needId, id)).all();

describe("the outcome", () => {
  const tomorrow = () => {
    const d = new Date(`${todayInQuebec()}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  };
  const cases: [string, Record<string, string>, string, string][] = [
    ["a negative amount", { amountCad: "-500" }, "amountCad", "Le montant ne peut pas être négatif."],
    ["a zero amount", { amountCad: "0" }, "amountCad", "Le montant doit être d'au moins 1 $."],
    ["an absurd amount", { amountCad: "5 000 000 000" }, "amountCad", "Ce montant dépasse 1 milliard de dollars"],
    ["an amount that is not one", { amountCad: "beaucoup" }, "amountCad", "Entrez un montant en dollars"],
    ["no amount", { amountCad: "" }, "amountCad", "Indiquez le montant attribué."],
    ["an enterprise that is not matched", { awardee: "OUTSIDER" }, "awardee", "Cette entreprise n'est pas jumelée"],
    ["an enterprise that does not exist", { awardee: "99999999" }, "awardee", "Cette entreprise n'est pas jumelée"],
    ["no awardee", { awardee: "" }, "awardee", "Choisissez l'entreprise retenue"],
    ["another supplier without a name", { awardee: "other" }, "supplierName", "Indiquez le nom du fournisseur retenu."],
    ["a route not in the list", { route: "coin_toss" }, "route", "Choisissez une voie contractuelle dans la liste."],
    ["a bad date", { awardedOn: "2026-02-30" }, "awardedOn", "Entrez une date valide (AAAA-MM-JJ)."],
    ["a date that is not one", { awardedOn: "demain" }, "awardedOn", "Entrez une date valide (AAAA-MM-JJ)."],
    [
      "a date in the future",
      { awardedOn: "TOMORROW" },
      "awardedOn",
      "La date d'attribution ne peut pas être dans le futur.",
    ],
    ["a date before 2000", { awardedOn: "1999-12-31" }, "awardedOn", "La date d'attribution doit être postérieure"],
  ];
  it.each(cases)("refuses %s (400, localized, nothing saved, the need stays open)", async (_, fields, __, message) => {
    const resolved = Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [
        k,
        v === "OUTSIDER" ? String(outsider) : v === "TOMORROW" ? tomorrow() : v,
      ]),
    );
    const res = await post(`/besoins/${needId}`, outcome(resolved));
    expect(res.status).toBe(400);
    expect(mainText(await res.text())).toContain(message);
    expect(purchasesOf(needId)).toEqual([]);
    expect(getNeed(handle.db, needId)!.status).toBe("published");
  });

  it("cannot be recorded for a draft (409)", async () => {
    const draft = seedNeed(handle.db, buyer.id);
    const res = await post(`/besoins/${draft}`, outcome({ awardee: "other", supplierName: "Fournisseur X" }));
    expect(res.status).toBe(409);
    expect(purchasesOf(draft)).toEqual([]);
  });

  it("records the purchase and closes the need, then shows it; a second outcome is refused", async () => {
    const res = await post(`/besoins/${needId}`, outcome());
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/besoins/${needId}?fait=resultat#resultat`);
    const [record] = purchasesOf(needId);
    expect(record).toMatchObject({
      buyerOrganizationId: buyer.organizationId,
      enterpriseId: matched[0],
      supplierName: nameOf(matched[0]!),
      amountCad: 17_500,
      route: "direct_award",
      awardedOn: "2026-03-15",
      createdByUserId: buyer.id,
    });
    const need = getNeed(handle.db, needId)!;
    expect(need.status).toBe("closed");
    expect(need.closedAt).not.toBeNull();
    const text = mainText(await (await get(`/besoins/${needId}?fait=resultat`)).text());
    expect(text).toContain(`Attribué à ${nameOf(matched[0]!)}`);
    expect(text).toContain("17 500");
    expect(text).toContain("15 mars 2026");

    const again = await post(`/besoins/${needId}`, outcome({ awardee: "other", supplierName: "Autre" }));
    expect(again.status).toBe(409);
    expect(mainText(await again.text())).toContain("Le résultat de ce besoin est déjà consigné.");
    expect(purchasesOf(needId)).toHaveLength(1);
  });

  it("accepts a supplier outside the directory by name, for a need closed earlier", async () => {
    const id = seedNeed(handle.db, buyer.id, undefined, true);
    await post(`/besoins/${id}`, { intent: "close" });
    const closedAt = getNeed(handle.db, id)!.closedAt;
    const res = await post(
      `/besoins/${id}`,
      outcome({
        awardee: "other",
        supplierName: "Traiteur Hors-Répertoire inc.",
        route: "invitation_tender",
        amountCad: "42 500,49 $",
      }),
    );
    expect(res.status).toBe(302);
    expect(purchasesOf(id)[0]).toMatchObject({
      enterpriseId: null,
      supplierName: "Traiteur Hors-Répertoire inc.",
      amountCad: 42_500,
      route: "invitation_tender",
    });
    expect(getNeed(handle.db, id)!.closedAt).toEqual(closedAt);
  });
});
