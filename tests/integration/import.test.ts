import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  auditLog,
  enterpriseCategories,
  enterprises,
  hubRegions,
  importRuns,
  municipalities,
  searchOutbox,
} from "#db/schema";
import { createImportPreview, listImportScopes } from "~/models/import.server";
import { verifyListing } from "~/models/listing-workflow.server";
import { loadActorProfile } from "~/lib/session.server";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";

/**
 * The hubs' CSV import through the real routes: upload → preview (nothing written) → confirm
 * (one transaction) → re-import (nothing changes), with the real REQ extract for Mauricie.
 */
const FIXTURE = path.join(__dirname, "../fixtures/req_social_economy_mauricie_2025.csv");
const fixtureBytes = fs.readFileSync(FIXTURE);
type ReqRow = Record<
  | "neq"
  | "name"
  | "legal_form_code"
  | "legal_form_label"
  | "municipality"
  | "mcode"
  | "region_code"
  | "fsa"
  | "activity_description",
  string
>;
const fixtureRows = parse(fixtureBytes, { columns: true, bom: true }) as ReqRow[];
// The header and the first ten rows, for the tests that only need a valid file.
const fixtureHead = fixtureBytes.toString("utf8").split("\n").slice(0, 11).join("\n") + "\n";
const UNRESOLVED_NEQ = "1177416238"; // the one row without a municipality (fixtures/SOURCES.md)
const OTHER_REGION_NEQ = "1180701097"; // given below to a listing of region 05
const PUBLISHED_NEQ = "1144718310"; // given below to a published listing of region 04

// Whole-file imports and role matrices make many requests: more than the default 5 s when the machine is busy.
vi.setConfig({ testTimeout: 30_000 });

let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
type TestUser = Awaited<ReturnType<typeof createTestUser>>;
let curator04: TestUser, otherCurator04: TestUser, curator05: TestUser, admin: TestUser, buyer: TestUser;
let member: TestUser;
let published04: { id: number; legalName: string; publicName: string };

const db = () => handle.db;
const count = (table: typeof enterprises | typeof auditLog | typeof importRuns) =>
  db()
    .select({ n: sql<number>`count(*)` })
    .from(table)
    .get()!.n;

function upload(
  cookie: string | null,
  file: { name: string; bytes: Uint8Array | string; type?: string },
  scope?: string,
) {
  const form = new FormData();
  if (scope) form.set("scope", scope);
  form.set("file", new File([file.bytes as BlobPart], file.name, { type: file.type ?? "text/csv" }));
  return app.fetch("/pole/import", { method: "POST", body: form, headers: cookie ? { Cookie: cookie } : {} });
}

function post(url: string, cookie: string | null, body: Record<string, string>) {
  return app.fetch(url, {
    method: "POST",
    body: new URLSearchParams(body),
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
  });
}

const get = (url: string, cookie: string | null) => app.fetch(url, { headers: cookie ? { Cookie: cookie } : {} });

function runIdFrom(res: Response): number {
  expect(res.status).toBe(302);
  const match = res.headers.get("Location")?.match(/^\/pole\/import\/(\d+)$/);
  expect(match).toBeTruthy();
  return Number(match![1]);
}

const run = (id: number) => db().select().from(importRuns).where(eq(importRuns.id, id)).get()!;

function enterpriseOfRegion(region: string, status = "published") {
  return db()
    .select({ id: enterprises.id, legalName: enterprises.legalName, publicName: enterprises.publicName })
    .from(enterprises)
    .innerJoin(municipalities, eq(municipalities.code, enterprises.municipalityCode))
    .where(and(eq(municipalities.regionCode, region), sql`${enterprises.status} = ${status}`))
    .limit(1)
    .get()!;
}

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 300 });
  useDbInApp(handle.db);
  app = await createTestApp();
  curator04 = await createTestUser(db(), { curatesRegion: "04" });
  otherCurator04 = await createTestUser(db(), { curatesRegion: "04" });
  curator05 = await createTestUser(db(), { curatesRegion: "05" });
  admin = await createTestUser(db(), { roles: ["admin"] });
  buyer = await createTestUser(db(), { roles: ["buyer"] });
  // The demo seed draws NEQs at random in the real ranges, so a fictitious listing can carry a
  // real enterprise's NEQ: clear those so the expectations below count only what the test sets.
  db()
    .update(enterprises)
    .set({ neq: null })
    .where(
      inArray(
        enterprises.neq,
        fixtureRows.map((x) => x.neq),
      ),
    )
    .run();
  published04 = enterpriseOfRegion("04");
  member = await createTestUser(db(), { roles: ["enterprise_member"], enterpriseIds: [published04.id] });
  // Real NEQs of the file on listings that already exist: one elsewhere, one here with no description.
  db()
    .update(enterprises)
    .set({ neq: OTHER_REGION_NEQ })
    .where(eq(enterprises.id, enterpriseOfRegion("05").id))
    .run();
  db()
    .update(enterprises)
    .set({ neq: PUBLISHED_NEQ, descriptionFr: "" })
    .where(eq(enterprises.id, published04.id))
    .run();
}, 120_000);

afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

describe("the REQ extract of Mauricie, by the hub of region 04", () => {
  let firstRun: number;
  let enterprisesBefore: number;

  it("previews every row without writing any listing", async () => {
    enterprisesBefore = count(enterprises);
    const auditBefore = count(auditLog);
    const res = await upload(curator04.cookie, { name: "req_social_economy_mauricie_2025.csv", bytes: fixtureBytes });
    firstRun = runIdFrom(res);
    const r = run(firstRun);
    expect(r.status).toBe("preview");
    expect(r.fileInfo).toMatchObject({ format: "req", encoding: "utf-8", delimiter: ",", rowCount: 2115 });
    // 2,115 rows: one without municipality, one whose NEQ is a listing of region 05.
    expect(r.rejected).toBe(2);
    expect(r.rejectedRows!.map((x) => [x.row.neq, x.problems])).toEqual(
      expect.arrayContaining([
        [UNRESOLVED_NEQ, ["missingMunicipality"]],
        [OTHER_REGION_NEQ, ["neqInOtherRegion:05"]],
      ]),
    );
    const unresolvedLine = fixtureRows.findIndex((x) => x.neq === UNRESOLVED_NEQ) + 2;
    expect(r.rejectedRows!.find((x) => x.row.neq === UNRESOLVED_NEQ)!.line).toBe(unresolvedLine);
    // The published listing only gets its empty description filled.
    expect(r.updated).toBe(1);
    expect(r.unchanged).toBe(0);
    expect(r.created).toBe(2115 - 2 - 1);
    expect(r.pendingRows!.find((x) => x.neq === PUBLISHED_NEQ)).toMatchObject({
      action: "update",
      changedFields: ["descriptionFr"],
    });
    expect(count(enterprises)).toBe(enterprisesBefore);
    expect(count(auditLog)).toBe(auditBefore);
  });

  it("shows the preview page with the counts, the problems and the rule", async () => {
    const res = await get(`/pole/import/${firstRun}`, curator04.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Aperçu de l&#x27;import");
    expect(html).toContain("2\u00a0112"); // to create, formatted fr-CA
    expect(html).toContain("La municipalité est manquante (ni code ni nom).");
    expect(html).toContain("Ce NEQ appartient déjà à une fiche de la région 05");
    expect(html).toContain("ne remplit que ses champs vides");
    expect(html).toContain(`/pole/import/${firstRun}/rapport.csv`);
    expect(html).toContain("Importer 2\u00a0113 lignes");
  });

  it("downloads the rejected rows as a CSV with the original columns and the problems", async () => {
    const res = await get(`/pole/import/${firstRun}/rapport.csv`, curator04.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("text/csv");
    expect(res.headers.get("Content-Disposition")).toContain(`rejets-import-${firstRun}.csv`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(Buffer.from(bytes), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    const unresolved = rows.find((x) => x.neq === UNRESOLVED_NEQ)!;
    expect(unresolved.name).toBe(fixtureRows.find((x) => x.neq === UNRESOLVED_NEQ)!.name);
    expect(unresolved.problemes).toBe("La municipalité est manquante (ni code ni nom).");
    expect(Object.keys(unresolved)).toEqual(["ligne", ...Object.keys(fixtureRows[0]!), "problemes"]);
    const english = await get(`/pole/import/${firstRun}/rapport.csv?lng=en`, curator04.cookie);
    expect(await english.text()).toContain("The municipality is missing");
  });

  it("imports the valid rows in one transaction: candidates, audit, and the fill-only rule", async () => {
    const auditBefore = count(auditLog);
    const res = await post(`/pole/import/${firstRun}`, curator04.cookie, { intent: "confirm" });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/pole/import/${firstRun}`);
    const r = run(firstRun);
    expect(r).toMatchObject({
      status: "imported",
      created: 2112,
      updated: 1,
      unchanged: 0,
      rejected: 2,
      pendingRows: null,
    });
    expect(count(enterprises)).toBe(enterprisesBefore + 2112);
    expect(count(auditLog)).toBe(auditBefore + 2113);

    const imported = db()
      .select()
      .from(enterprises)
      .where(
        inArray(
          enterprises.neq,
          fixtureRows.map((x) => x.neq),
        ),
      )
      .all();
    const created = imported.filter((e) => e.id !== published04.id && e.neq !== OTHER_REGION_NEQ);
    expect(created).toHaveLength(2112);
    expect(new Set(created.map((e) => e.status))).toEqual(new Set(["candidate"]));
    expect(created.every((e) => e.importSource === "req" && e.importedAt !== null)).toBe(true);
    expect(new Set(imported.map((e) => e.slug)).size).toBe(imported.length);
    const byNeq = new Map(imported.map((e) => [e.neq, e]));
    const coop = fixtureRows.find((x) => x.legal_form_code === "COP" && !/caisse/i.test(x.name))!;
    expect(byNeq.get(coop.neq)!.legalStatus).toBe("cooperative");
    const caisse = fixtureRows.find((x) => /^CAISSE DESJARDINS DE TROIS-RIVIÈRES$/.test(x.name))!;
    expect(byNeq.get(caisse.neq)!.legalStatus).toBe("financial_cooperative");
    const ape = fixtureRows.find(
      (x) => x.legal_form_code === "APE" && x.activity_description.length > 20 && x.neq !== PUBLISHED_NEQ,
    )!;
    expect(byNeq.get(ape.neq)).toMatchObject({
      legalStatus: "obnl",
      descriptionFr: ape.activity_description,
      municipalityCode: ape.mcode,
    });
    const noActivity = fixtureRows.find((x) => x.activity_description === "-" && x.neq !== OTHER_REGION_NEQ)!;
    expect(byNeq.get(noActivity.neq)!.descriptionFr).toBe("");
    expect(
      db()
        .select({ n: sql<number>`count(*)` })
        .from(enterpriseCategories)
        .where(
          inArray(
            enterpriseCategories.enterpriseId,
            created.map((e) => e.id),
          ),
        )
        .get()!.n,
    ).toBe(0);

    // The published listing kept its names and got only its empty description.
    const filled = byNeq.get(PUBLISHED_NEQ)!;
    const source = fixtureRows.find((x) => x.neq === PUBLISHED_NEQ)!;
    expect(filled).toMatchObject({
      status: "published",
      legalName: published04.legalName,
      publicName: published04.publicName,
      descriptionFr: source.activity_description,
    });
    const entry = db()
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, "enterprise"),
          eq(auditLog.entityId, published04.id),
          eq(auditLog.action, "import"),
        ),
      )
      .get()!;
    expect(entry.changes).toEqual({ descriptionFr: { before: null, after: source.activity_description } });
    expect(entry.actorUserId).toBe(curator04.id);
    expect(entry.message).toContain(`import #${firstRun}`);
    // Only the public listing that changed goes to the search engine.
    expect(
      db()
        .select()
        .from(searchOutbox)
        .where(
          inArray(
            searchOutbox.enterpriseId,
            created.map((e) => e.id),
          ),
        )
        .all(),
    ).toEqual([]);
    expect(
      db().select().from(searchOutbox).where(eq(searchOutbox.enterpriseId, published04.id)).all().length,
    ).toBeGreaterThan(0);
  });

  it("keeps candidates out of public view until the hub verifies one", async () => {
    const candidate = db()
      .select()
      .from(enterprises)
      .where(and(eq(enterprises.status, "candidate"), eq(enterprises.importSource, "req")))
      .get()!;
    expect((await get(`/entreprises/${candidate.slug}`, null)).status).toBe(404);
    const profile = loadActorProfile(db(), curator04.id)!;
    verifyListing({ db: db(), actor: profile.actor, engines: [] }, candidate.id);
    expect(db().select().from(enterprises).where(eq(enterprises.id, candidate.id)).get()!.status).toBe("published");
  });

  it("shows the result and refuses a second confirmation", async () => {
    const html = await (await get(`/pole/import/${firstRun}`, curator04.cookie)).text();
    expect(html).toContain("Résultat de l&#x27;import");
    const again = await post(`/pole/import/${firstRun}`, curator04.cookie, { intent: "confirm" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Cet import a déjà été confirmé ou annulé.");
  });

  it("re-importing the same file creates and changes nothing (idempotent)", async () => {
    const enterprisesBefore2 = count(enterprises);
    const auditBefore = count(auditLog);
    const snapshot = db().select({ id: enterprises.id, updatedAt: enterprises.updatedAt }).from(enterprises).all();
    const runId = runIdFrom(await upload(otherCurator04.cookie, { name: "encore.csv", bytes: fixtureBytes }));
    expect(run(runId)).toMatchObject({ created: 0, updated: 0, unchanged: 2113, rejected: 2 });
    expect((await post(`/pole/import/${runId}`, otherCurator04.cookie, { intent: "confirm" })).status).toBe(302);
    expect(run(runId)).toMatchObject({ status: "imported", created: 0, updated: 0, unchanged: 2113 });
    expect(count(enterprises)).toBe(enterprisesBefore2);
    expect(count(auditLog)).toBe(auditBefore);
    expect(db().select({ id: enterprises.id, updatedAt: enterprises.updatedAt }).from(enterprises).all()).toEqual(
      snapshot,
    );
  });

  it("a curator of region 05 gets every row rejected as outside their regions", async () => {
    const before = count(enterprises);
    const runId = runIdFrom(await upload(curator05.cookie, { name: "mauricie.csv", bytes: fixtureBytes }));
    const r = run(runId);
    expect(r).toMatchObject({ created: 0, updated: 0, unchanged: 0, rejected: 2115 });
    const outside = r.rejectedRows!.filter((x) => x.problems.some((p) => p.startsWith("outsideRegions:")));
    expect(outside).toHaveLength(2114);
    expect(outside[0]!.problems).toEqual([expect.stringMatching(/^outsideRegions:.+ \(04\)$/)]);
    const html = await (await get(`/pole/import/${runId}`, curator05.cookie)).text();
    expect(html).toContain("Aucune ligne ne peut être importée");
    expect(html).not.toContain('value="confirm"');
    expect(count(enterprises)).toBe(before);
  });
});

describe("the Maillage template, with semicolons", () => {
  const header =
    "neq;nom;statut_juridique;municipalite;code_municipalite;courriel;telephone;site_web;description;categories";
  const neqs = ["1144718310", "1180701097", "1177411684", "1179300851"];
  // Fresh NEQs (valid check digit) that no listing carries.
  const freshNeq = (seed: number) => {
    const nine = String(100000000 + seed * 7919).padStart(9, "0");
    for (let d = 0; d <= 9; d++) {
      const candidate = `1${nine.slice(1)}${d}`;
      let sum = 0;
      for (let i = 0; i < 10; i++) {
        let x = Number(candidate[9 - i]);
        if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
        sum += x;
      }
      if (sum % 10 === 3) return candidate;
    }
    throw new Error("no check digit");
  };

  it("previews row problems, imports contacts and categories", async () => {
    const a = freshNeq(11);
    const b = freshNeq(12);
    const text = [
      header,
      `${a};Traiteur Solidaire;OBNL;Trois-Rivières;;INFO@traiteur.example;819 555-0123;traiteur.example;Repas;traiteur-evenementiel|boites-a-lunch`,
      `${b};Coop sans courriel valide;coopérative;Shawinigan;;pas-un-courriel;;;;`,
      `${a};Doublon;OBNL;Trois-Rivières;;;;;;`,
      `${freshNeq(13)};Ville inconnue;OBNL;Atlantide;;;;;;`,
      `${neqs[0]};Déjà inscrite;OBNL;;37067;;;;;`,
    ].join("\r\n");
    const runId = runIdFrom(await upload(curator04.cookie, { name: "liste-du-pole.csv", bytes: text }));
    const r = run(runId);
    expect(r.fileInfo).toMatchObject({ format: "maillage", delimiter: ";" });
    expect(r).toMatchObject({ created: 1, updated: 0, unchanged: 1, rejected: 3 });
    expect(r.rejectedRows!.map((x) => [x.line, x.problems])).toEqual([
      [3, ["invalidEmail:pas-un-courriel"]],
      [4, ["duplicateNeq:2"]],
      [5, ["unknownMunicipality:Atlantide"]],
    ]);
    const html = await (await get(`/pole/import/${runId}`, curator04.cookie)).text();
    expect(html).toContain("Le courriel « pas-un-courriel » n&#x27;est pas valide.");
    expect(html).toContain("Ce NEQ figure déjà à la ligne 2 du fichier.");

    expect((await post(`/pole/import/${runId}`, curator04.cookie, { intent: "confirm" })).status).toBe(302);
    const created = db().select().from(enterprises).where(eq(enterprises.neq, a)).get()!;
    expect(created).toMatchObject({
      status: "candidate",
      importSource: "maillage",
      email: "info@traiteur.example",
      phone: "819 555-0123",
      website: "https://traiteur.example",
      municipalityCode: "37067",
    });
    expect(
      db()
        .select({ c: enterpriseCategories.categoryCode })
        .from(enterpriseCategories)
        .where(eq(enterpriseCategories.enterpriseId, created.id))
        .orderBy(enterpriseCategories.position)
        .all()
        .map((x) => x.c),
    ).toEqual(["traiteur-evenementiel", "boites-a-lunch"]);
  });

  it("reads a Windows-1252 file and says so on the preview", async () => {
    const neq = freshNeq(21);
    const latin1 = Buffer.from(
      `${header}\n${neq};Coopérative de l'Érablière;coopérative;Trois-Rivières;;;;;;\n`,
      "latin1",
    );
    const runId = runIdFrom(await upload(curator04.cookie, { name: "excel-ancien.csv", bytes: latin1 }));
    const r = run(runId);
    expect(r.fileInfo!.encoding).toBe("windows-1252");
    expect(r.pendingRows![0]!.legalName).toBe("Coopérative de l'Érablière");
    const html = await (await get(`/pole/import/${runId}`, curator04.cookie)).text();
    expect(html).toContain("n&#x27;était pas encodé en UTF-8");
    expect(html).toContain("Coopérative de l&#x27;Érablière");
  });

  it("a cancelled preview writes nothing and cannot be confirmed", async () => {
    const neq = freshNeq(31);
    const runId = runIdFrom(
      await upload(curator04.cookie, {
        name: "a-annuler.csv",
        bytes: `${header}\n${neq};À annuler;OBNL;Shawinigan;;;;;;\n`,
      }),
    );
    expect((await post(`/pole/import/${runId}`, curator04.cookie, { intent: "cancel" })).status).toBe(302);
    expect(run(runId)).toMatchObject({ status: "cancelled", pendingRows: null });
    expect((await post(`/pole/import/${runId}`, curator04.cookie, { intent: "confirm" })).status).toBe(409);
    expect(db().select().from(enterprises).where(eq(enterprises.neq, neq)).get()).toBeUndefined();
  });

  it("a preview older than a day must be uploaded again", async () => {
    const profile = loadActorProfile(db(), curator04.id)!;
    const scope = listImportScopes(db(), profile.actor)[0]!;
    const neq = freshNeq(51);
    const stale = createImportPreview(db(), {
      actor: profile.actor,
      scope,
      fileName: "hier.csv",
      bytes: new TextEncoder().encode(`${header}\n${neq};Trop tard;OBNL;Shawinigan;;;;;;\n`),
      now: new Date(Date.now() - 25 * 3600_000),
    });
    expect(stale.ok).toBe(true);
    const runId = stale.ok ? stale.runId : 0;
    expect(await (await get(`/pole/import/${runId}`, curator04.cookie)).text()).toContain("date de plus de 24 heures");
    const res = await post(`/pole/import/${runId}`, curator04.cookie, { intent: "confirm" });
    expect(res.status).toBe(409);
    expect(db().select().from(enterprises).where(eq(enterprises.neq, neq)).get()).toBeUndefined();
    // The next upload drops the stale preview's rows.
    await upload(curator04.cookie, { name: "neuf.csv", bytes: fixtureHead });
    expect(run(runId)).toMatchObject({ status: "cancelled", pendingRows: null });
  });

  it("an admin imports for every region at once", async () => {
    const n04 = freshNeq(41);
    const n05 = freshNeq(42);
    const text = `${header}\n${n04};Pôle 04;OBNL;Shawinigan;;;;;;\n${n05};Pôle 05;OBNL;Sherbrooke;;;;;;\n`;
    const outsideFor04 = run(runIdFrom(await upload(curator04.cookie, { name: "deux.csv", bytes: text })));
    expect(outsideFor04).toMatchObject({ created: 1, rejected: 1 });
    const runId = runIdFrom(await upload(admin.cookie, { name: "deux.csv", bytes: text }, "all"));
    expect(run(runId)).toMatchObject({ hubId: null, created: 2, rejected: 0 });
    const page = await get(`/pole/import/${runId}`, admin.cookie);
    expect(page.status).toBe(200);
    // Hub curators do not see an all-regions run.
    expect((await get(`/pole/import/${runId}`, curator04.cookie)).status).toBe(403);
  });
});

describe("bad files get a clear 4xx message and write nothing", () => {
  const cases: { what: string; file: { name: string; bytes: Uint8Array | string }; status: number; message: string }[] =
    [
      {
        what: "a PNG image",
        file: {
          name: "logo.png",
          bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        },
        status: 400,
        message: "C&#x27;est une image, pas un fichier CSV.",
      },
      {
        what: "a PDF",
        file: { name: "liste.pdf", bytes: "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj" },
        status: 400,
        message: "C&#x27;est un document PDF, pas un fichier CSV.",
      },
      {
        what: "an Excel workbook",
        file: { name: "liste.xlsx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]) },
        status: 400,
        message: "C&#x27;est un classeur Excel ou OpenDocument",
      },
      {
        what: "binary data",
        file: { name: "donnees.csv", bytes: new Uint8Array(2048).map((_, i) => (i * 31) % 256) },
        status: 400,
        message: "contient des données binaires",
      },
      { what: "an empty file", file: { name: "vide.csv", bytes: "" }, status: 400, message: "Le fichier est vide." },
      {
        what: "a header without rows",
        file: { name: "entete.csv", bytes: "neq,name,legal_form_code,mcode\n" },
        status: 400,
        message: "aucune ligne de données",
      },
      {
        what: "an unknown header",
        file: { name: "autre.csv", bytes: "numero,raison sociale,ville\n1,A,B\n" },
        status: 400,
        message: "ne correspond à aucun format accepté",
      },
      {
        what: "an unclosed quote",
        file: { name: "casse.csv", bytes: 'neq,name,legal_form_code,mcode\n1,"A,APE,37067\n' },
        status: 400,
        message: "mal formé près de la ligne",
      },
    ];

  for (const c of cases)
    it(`${c.what}`, async () => {
      const runs = count(importRuns);
      const res = await upload(curator04.cookie, c.file);
      expect(res.status).toBe(c.status);
      expect(await res.text()).toContain(c.message);
      expect(count(importRuns)).toBe(runs);
    });

  it("an unknown header lists the expected columns of both formats", async () => {
    const html = await (await upload(curator04.cookie, { name: "autre.csv", bytes: "a,b\n1,2\n" })).text();
    expect(html).toContain("neq, name, legal_form_code, legal_form_label, municipality, mcode");
    expect(html).toContain("neq, nom, statut_juridique, municipalite, code_municipalite, courriel");
  });

  it("a file over 5 MB is refused with 413, whether announced or streamed", async () => {
    const runs = count(importRuns);
    const big = "neq,name,legal_form_code,mcode\n" + "1144718310,Nom,APE,37067\n".repeat(230_000);
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    const streamed = await upload(curator04.cookie, { name: "enorme.csv", bytes: big });
    expect(streamed.status).toBe(413);
    expect(await streamed.text()).toContain("dépasse la taille maximale de 5 Mo");

    const boundary = "----maillage-test";
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="enorme.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      Buffer.from(big),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const announced = await app.fetch("/pole/import", {
      method: "POST",
      body,
      headers: {
        Cookie: curator04.cookie,
        "Content-Type": `multipart/form-data; boundary=${boundary}`,
        "Content-Length": String(body.length),
      },
    });
    expect(announced.status).toBe(413);
    expect(count(importRuns)).toBe(runs);
  });

  it("no file, or not a multipart form", async () => {
    const form = new FormData();
    form.set("scope", "x");
    const noFile = await app.fetch("/pole/import", {
      method: "POST",
      body: form,
      headers: { Cookie: curator04.cookie },
    });
    expect(noFile.status).toBe(400);
    expect(await noFile.text()).toContain("Choisissez un fichier CSV");
    const urlencoded = await post("/pole/import", curator04.cookie, { file: "neq,nom" });
    expect(urlencoded.status).toBe(400);
    expect(await urlencoded.text()).toContain("Le formulaire n&#x27;a pas été envoyé correctement");
  });

  it("a curator cannot import for another hub's scope", async () => {
    const hub05 = db().select({ id: hubRegions.hubId }).from(hubRegions).where(eq(hubRegions.regionCode, "05")).get()!
      .id;
    const runs = count(importRuns);
    const res = await upload(curator04.cookie, { name: "x.csv", bytes: fixtureHead }, String(hub05));
    expect(count(importRuns)).toBe(runs);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Choisissez le pôle pour lequel vous importez.");
  });
});

describe("authorization matrix of the import routes", () => {
  let runId: number;
  beforeAll(async () => {
    runId = runIdFrom(await upload(curator04.cookie, { name: "matrice.csv", bytes: fixtureHead }));
  });

  const roles = () =>
    [
      ["anonymous", null],
      ["buyer", buyer.cookie],
      ["member of an enterprise of the region", member.cookie],
      ["curator of another region", curator05.cookie],
      ["curator of this region", curator04.cookie],
      ["admin", admin.cookie],
    ] as const;

  const expected = (who: string, forOwnRun: boolean) =>
    who === "anonymous"
      ? 302
      : who === "buyer" || who.startsWith("member")
        ? 403
        : forOwnRun && who === "curator of another region"
          ? 403
          : 200;

  it("upload page", async () => {
    for (const [who, cookie] of roles()) {
      const res = await get("/pole/import", cookie);
      expect(res.status, who).toBe(expected(who, false));
      if (res.status === 302) expect(res.headers.get("Location")).toMatch(/^\/connexion\?redirectTo=%2Fpole%2Fimport/);
    }
    const english = await (await get("/pole/import?lng=en", curator04.cookie)).text();
    expect(english).toContain("Import enterprises (CSV)");
    expect(english).toContain("What the import does");
  });

  it("upload action", async () => {
    for (const [who, cookie] of roles().slice(0, 3)) {
      const runs = count(importRuns);
      const res = await upload(cookie, { name: "x.csv", bytes: fixtureHead });
      expect(res.status, who).toBe(expected(who, false));
      expect(count(importRuns)).toBe(runs);
    }
  });

  it("preview page, report and template", async () => {
    for (const [who, cookie] of roles()) {
      expect((await get(`/pole/import/${runId}`, cookie)).status, who).toBe(expected(who, true));
      expect((await get(`/pole/import/${runId}/rapport.csv`, cookie)).status, who).toBe(expected(who, true));
      expect((await get("/pole/import/modele.csv", cookie)).status, who).toBe(expected(who, false));
    }
    const refused = await get(`/pole/import/${runId}/rapport.csv`, curator05.cookie);
    expect(await refused.text()).toBe("Cet import concerne une région qui ne relève pas de votre pôle.");
    const template = await get("/pole/import/modele.csv", curator04.cookie);
    expect(Buffer.from(await template.arrayBuffer()).toString("utf8")).toBe(
      "\uFEFFneq;nom;statut_juridique;municipalite;code_municipalite;courriel;telephone;site_web;description;categories\r\n",
    );
  });

  it("confirm and cancel: only the hub of the region (or an admin)", async () => {
    for (const [who, cookie] of roles().slice(0, 4)) {
      for (const intent of ["confirm", "cancel"]) {
        const res = await post(`/pole/import/${runId}`, cookie, { intent });
        expect(res.status, `${who} ${intent}`).toBe(expected(who, true));
      }
    }
    expect(run(runId).status).toBe("preview");
    expect((await post(`/pole/import/${runId}`, admin.cookie, { intent: "cancel" })).status).toBe(302);
    expect(run(runId).status).toBe("cancelled");
  });

  it("unknown runs and bad intents", async () => {
    expect((await get("/pole/import/999999", curator04.cookie)).status).toBe(404);
    expect((await get("/pole/import/abc", curator04.cookie)).status).toBe(404);
    expect((await get("/pole/import/999999/rapport.csv", curator04.cookie)).status).toBe(404);
    const bad = await post(`/pole/import/${runId}`, curator04.cookie, { intent: "delete" });
    expect(bad.status).toBe(400);
  });
});
