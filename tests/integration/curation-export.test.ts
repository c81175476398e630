import { parse } from "csv-parse/sync";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enterprises } from "#db/schema";
import { createTestApp } from "../helpers/app";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";
import { mainText, postForm } from "../helpers/forms";
import { completeListing, registerAndSubmit } from "./curation-fixtures";

let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let curator: string;
let publishedId: number;
let submittedId: number;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 300 });
  useDbInApp(handle.db);
  app = await createTestApp();
  const member = await createTestUser(handle.db);
  curator = (await createTestUser(handle.db, { curatesRegion: "04" })).cookie;
  publishedId = await registerAndSubmit(handle.db, member.id, completeListing("Traiteur Exporté Achernar"));
  await postForm(app, `/pole/fiches/${publishedId}`, { intent: "approve" }, { cookie: curator });
  // A name that a spreadsheet would run as a formula.
  submittedId = await registerAndSubmit(handle.db, member.id, completeListing('=HYPERLINK("http://x";"y")'));
}, 90_000);

afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const regionCount = (where = sql`1`) =>
  handle.db.get<{ n: number }>(sql`select count(*) n from enterprises e
    join municipalities m on m.code = e.municipality_code where m.region_code = '04' and ${where}`)!.n;

describe("/pole/export.csv", () => {
  it("downloads every listing of the region as a CSV for Excel: BOM, French headers, one row per listing", async () => {
    const res = await app.fetch("/pole/export.csv?region=04", { headers: { Cookie: curator } });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="fiches-region-04-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.headers.get("Cache-Control")).toContain("no-store");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const rows = parse(text, { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining([
        "NEQ",
        "Nom public",
        "État de la fiche",
        "Statut juridique",
        "Municipalité",
        "MRC",
        "Région",
        "Courriel",
        "Téléphone",
        "Site Web",
        "Catégories",
        "Zone de service",
        "Vérifiée par le pôle le",
        "Confirmée à jour le",
      ]),
    );
    expect(rows).toHaveLength(regionCount());
    const ours = rows.find((r) => r["Nom public"] === "Traiteur Exporté Achernar")!;
    expect(ours).toMatchObject({
      "État de la fiche": "Publiée",
      "Statut juridique": "Organisme à but non lucratif (OBNL)",
      Municipalité: "Trois-Rivières",
      Région: "Mauricie",
      Courriel: "info@traiteur-test.example",
      Téléphone: "819 555-0142",
      Catégories: "Traiteur pour événements ; Boîtes à lunch et plateaux-repas",
      "Zone de service": "Mauricie",
    });
    expect(ours["Confirmée à jour le"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const slug = handle.db
      .select({ s: enterprises.slug })
      .from(enterprises)
      .where(eq(enterprises.id, publishedId))
      .get()!.s;
    expect(ours["Fiche publique"]).toBe(`http://localhost/entreprises/${slug}`);
    expect(rows.every((r) => r.Région === "Mauricie")).toBe(true);
  });

  it("never lets a cell run as a spreadsheet formula", async () => {
    const text = await (await app.fetch("/pole/export.csv?region=04", { headers: { Cookie: curator } })).text();
    const rows = parse(text, { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
    const risky = rows.find((r) => r["Nom public"]?.includes("HYPERLINK"))!;
    expect(risky["Nom public"]).toBe('\'=HYPERLINK("http://x";"y")');
    expect(risky["État de la fiche"]).toBe("Soumise");
    expect(submittedId).toBeGreaterThan(0);
  });

  it("uses commas on request, and answers 400 for a missing or malformed region", async () => {
    const res = await app.fetch("/pole/export.csv?region=04&separateur=virgule", { headers: { Cookie: curator } });
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.split("\r\n")[0]).toMatch(/^\uFEFFNEQ,Nom public,Nom légal,/);
    expect((await app.fetch("/pole/export.csv", { headers: { Cookie: curator } })).status).toBe(400);
    expect((await app.fetch("/pole/export.csv?region=4", { headers: { Cookie: curator } })).status).toBe(400);
  });
});

describe("/pole/bottin/:region", () => {
  it("lists the region's published listings by category group then category, with a table of contents", async () => {
    const res = await app.fetch("/pole/bottin/04");
    expect(res.status).toBe(200);
    const html = await res.text();
    const text = mainText(html);
    expect(text).toContain("Bottin régional de l'économie sociale — Mauricie");
    expect(text).toContain("Publié par Pôle régional d'économie sociale – Mauricie (démo)");
    expect(text).toMatch(/Produit le .* : \d+ entreprises publiées\./);
    expect(text).toContain("Table des matières");
    expect(html).toContain('href="#alimentation"');
    expect(html).toContain('href="#traiteur-evenementiel"');
    // Under its main category, with its contacts and offering; its other category is named.
    const section = mainText(`<main>${html.slice(html.indexOf('id="traiteur-evenementiel"'))}</main>`);
    expect(section).toContain("Traiteur Exporté Achernar");
    expect(section).toContain("Offre : Buffet froid pour réunions, Boîtes à lunch santé");
    expect(section).toContain("Aussi : Boîtes à lunch et plateaux-repas");
    expect(html).toContain('href="tel:8195550142"');
    expect(html).toContain('href="mailto:info@traiteur-test.example"');
    // Only published listings, only this region's.
    expect(html).not.toContain("HYPERLINK");
    const entries = (html.match(/class="bottin-entry/g) ?? []).length;
    expect(entries).toBe(regionCount(sql`e.status = 'published'`));
    // Printing uses a linked stylesheet (the CSP forbids inline styles).
    expect(html).toMatch(/<link rel="stylesheet" href="[^"]*bottin-print[^"]*\.css"/);
  });

  it("is in English on request", async () => {
    const text = mainText(await (await app.fetch("/pole/bottin/04?lng=en")).text());
    expect(text).toContain("Regional social economy directory — Mauricie");
    expect(text).toContain("Event catering");
  });
});
