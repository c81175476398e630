// The contracting-route wizard (/procedure) and its "note au dossier" (/procedure/note),
// rendered through the real loaders on a seeded database (issue 4, "Where people use it").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countServingEnterprises } from "~/models/competition.server";
import { createTestApp } from "../helpers/app";
import { createSeededTestDb, useDbInApp } from "../helpers/db";

let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 400 });
  useDbInApp(handle.db);
  app = await createTestApp();
}, 60_000);
afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

const get = (path: string, headers: Record<string, string> = {}) => app.fetch(path, { headers });

function query(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}

const MINISTRY = {
  buyer: "ministry",
  supplierStatus: "obnl",
  contractNature: "services",
  amountCad: "50 000",
  date: "2025-06-01",
};

/** Visible text of the page's main element, entities decoded and spaces collapsed. */
function mainText(html: string): string {
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  return main
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/[\s\u00a0\u202f]+/g, " ");
}

/** Whether the server rendered a radio button (or an option) as chosen. */
function isChecked(html: string, name: string, value: string): boolean {
  const input = html.match(new RegExp(`<input[^>]*name="${name}"[^>]*value="${value}"[^>]*>`))?.[0] ?? "";
  return input.includes('checked=""');
}
function isSelected(html: string, value: string): boolean {
  return new RegExp(`<option (selected="" value="${value}"|value="${value}" selected="")>`).test(html);
}

/** Independent of the model: published OBNL/coops serving a region, written as plain SQL. */
function sqlCount(regionCode: string, categoryCode?: string): { obnl: number; cooperative: number } {
  const rows = handle.db.$client
    .prepare(
      `select e.legal_status as status, count(*) as n
       from enterprises e
       where e.status = 'published'
         and e.legal_status in ('obnl', 'cooperative')
         and (e.service_area_scope = 'province' or e.id in (
           select a.enterprise_id from enterprise_service_areas a
           left join mrcs m on a.kind = 'mrc' and m.code = a.code
           left join municipalities mu on a.kind = 'municipality' and mu.code = a.code
           where (a.kind = 'region' and a.code = @region) or m.region_code = @region or mu.region_code = @region))
         and (@category is null or e.id in (
           select enterprise_id from enterprise_categories where category_code = @category))
       group by e.legal_status`,
    )
    .all({ region: regionCode, category: categoryCode ?? null }) as { status: string; n: number }[];
  const byStatus = { obnl: 0, cooperative: 0 };
  for (const row of rows) byStatus[row.status as "obnl" | "cooperative"] = row.n;
  return byStatus;
}

/** The category with the most published enterprises located in a region (so counts are not all zero). */
function busiestCategory(regionCode: string): string {
  const row = handle.db.$client
    .prepare(
      `select ec.category_code as code, count(*) as n from enterprise_categories ec
       join enterprises e on e.id = ec.enterprise_id and e.status = 'published'
       join municipalities mu on mu.code = e.municipality_code and mu.region_code = ?
       group by ec.category_code order by n desc, code limit 1`,
    )
    .get(regionCode) as { code: string };
  return row.code;
}

describe("/procedure — the wizard", () => {
  it("renders the empty form in French, with the four numbered steps and every choice", async () => {
    const res = await get("/procedure");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="fr"');
    const text = mainText(html);
    expect(text).toContain("Quel mode d'attribution pour ce contrat?");
    for (const n of [1, 2, 3, 4]) expect(text).toContain(`Étape ${n} sur 4`);
    expect(html).toContain('method="get"');
    for (const name of ["buyer", "supplierStatus", "contractNature", "amountCad", "date", "region", "category"]) {
      expect(html, name).toContain(`name="${name}"`);
    }
    expect(html).toContain('value="municipality"');
    expect(html).toContain('value="nonprofit_cooperative"');
    expect(html).toContain('value="residual_materials_services"');
    // Regions from the database; categories grouped by their group.
    expect(text).toContain("04 – Mauricie");
    expect(html).toMatch(/<optgroup label="[^"]+"><option value="[a-z-]+"/);
    // Without JavaScript every fact is asked, each saying whom it concerns.
    for (const fact of ["rgcAllowsDirectAward", "solidarityCoopDesignated", "listedService", "isFinancialAid"]) {
      expect(html, fact).toContain(`name="${fact}"`);
    }
    expect(html).toContain('name="lcopSection13Exception"');
    expect(text).toContain("Concerne les acheteurs municipaux.");
    // No answer and no error on a first visit.
    expect(html).not.toContain('id="reponse"');
    expect(html).not.toContain('id="error-summary"');
  });

  it("a link that pre-fills part of the form is not an error", async () => {
    const res = await get("/procedure?buyer=municipality&region=04");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('id="error-summary"');
    expect(isChecked(html, "buyer", "municipality")).toBe(true);
    expect(isChecked(html, "buyer", "ministry")).toBe(false);
    expect(isSelected(html, "04")).toBe(true);
  });

  it("answers a full query below the form: verdicts in words, reasons, legal references, thresholds (LCOP s. 10)", async () => {
    const res = await get(`/procedure?${query(MINISTRY)}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const text = mainText(html);
    expect(html).toContain('id="reponse"');
    expect(text).toContain("Réponse");
    expect(text).toContain("Loi sur les contrats des organismes publics (LCOP)");
    expect(text).toContain("Attribution de gré à gré");
    expect(text).toContain("Permis");
    expect(text).toContain("Permis sous condition");
    expect(html).toContain('data-verdict="allowed"');
    expect(text).toMatch(/LCOP 10 — /);
    expect(html).toContain(
      'href="http://legisquebec.gouv.qc.ca/fr/showversion/cs/C-65.1?code=se:10&amp;pointInTime=20200522"',
    );
    expect(text).toContain("Seuils utilisés");
    expect(text).toContain("133 800 $");
    expect(text).toContain("du 1er janvier 2024 au 31 décembre 2025");
    expect(text).toContain("Version des règles : qc-contracting-");
    expect(text).toContain("Avertissements");
    expect(text).toContain("50 000 $");
    // The form keeps the answer's values, and the note link carries the same query.
    expect(isChecked(html, "buyer", "ministry")).toBe(true);
    expect(isChecked(html, "contractNature", "services")).toBe(true);
    expect(html).toContain('value="50 000"');
    expect(html).toContain(`href="/procedure/note?${query(MINISTRY).replace(/&/g, "&amp;")}"`);
    expect(text).toContain("Imprimer la note au dossier");
    // Without a region, the competition question asks for one.
    expect(text).toContain("Choisissez la région de l'acheteur");
  });

  it("accepts amounts typed the Québec way", async () => {
    for (const [typed, expected] of [
      ["25 000", "25 000 $"],
      ["25000,50", "25 000,50 $"],
      ["25 000 $", "25 000 $"],
      ["1 250 000,00", "1 250 000 $"],
      ["25,000.50", "25 000,50 $"],
    ] as const) {
      const res = await get(`/procedure?${query({ ...MINISTRY, amountCad: typed })}`);
      expect(res.status, typed).toBe(200);
      const text = mainText(await res.text());
      expect(text, typed).toContain(`Montant estimé avant taxes ${expected}`);
    }
  });

  it("shows both amounts to a municipal buyer (LCV 573: expenditure with net taxes)", async () => {
    const html = await (await get(`/procedure?${query({ ...MINISTRY, buyer: "municipality" })}`)).text();
    const text = mainText(html);
    expect(text).toContain("Loi sur les cités et villes et Code municipal");
    expect(text).toContain("Montant avant taxes 50 000 $");
    expect(text).toContain("Dépense comparée aux seuils (taxes nettes incluses) 52 493,75 $");
    expect(text).toContain("4,9875 %");
  });

  it("shows a declared LCOP s. 13 exception as its own route with the 15-day notice (s. 13.1)", async () => {
    const params = { ...MINISTRY, amountCad: "150000", lcopSection13Exception: "public_interest" };
    const text = mainText(await (await get(`/procedure?${query(params)}`)).text());
    expect(text).toContain("Voie d'exception déclarée");
    expect(text).toContain("Exception de l'article 13 de la LCOP");
    expect(text).toMatch(/au moins 15 jours/);
    expect(text).toContain("Non permis");
  });

  it("re-renders the form with a message per field and status 400 on invalid input", async () => {
    const res = await get(`/procedure?${query({ ...MINISTRY, amountCad: "beaucoup" })}`);
    expect(res.status).toBe(400);
    const html = await res.text();
    const text = mainText(html);
    expect(html).toContain('id="error-summary"');
    expect(text).toContain("Le formulaire contient 1 erreur");
    expect(text).toContain("Le montant doit être un nombre en dollars");
    expect(html).toContain('value="beaucoup"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toContain('id="reponse"');
  });

  it("names every missing or wrong field after an empty submission", async () => {
    const res = await get("/procedure?amountCad=&date=2019-05-01&region=99");
    expect(res.status).toBe(400);
    const text = mainText(await res.text());
    expect(text).toContain("Le formulaire contient 6 erreurs");
    expect(text).toContain("Choisissez le type d'acheteur.");
    expect(text).toContain("Choisissez le statut juridique du fournisseur.");
    expect(text).toContain("Choisissez la nature du contrat.");
    expect(text).toContain("Indiquez le montant estimé du contrat.");
    expect(text).toContain("Aucun seuil n'est connu avant le 1er janvier 2022");
    expect(text).toContain("Choisissez une région de la liste.");
  });

  it("refuses values that are not choices, never with a 500", async () => {
    for (const params of [
      { ...MINISTRY, buyer: "city_hall" },
      { ...MINISTRY, amountCad: "-5" },
      { ...MINISTRY, date: "2025-02-30" },
      { ...MINISTRY, category: "nope" },
      { ...MINISTRY, listedService: "perhaps" },
      { ...MINISTRY, lcopSection13Exception: "because" },
    ]) {
      const res = await get(`/procedure?${query(params)}`);
      expect(res.status, JSON.stringify(params)).toBe(400);
    }
  });

  it("speaks English from Accept-Language", async () => {
    const empty = await get("/procedure", { "Accept-Language": "en-CA,en;q=0.9" });
    expect(empty.status).toBe(200);
    const emptyText = mainText(await empty.text());
    expect(emptyText).toContain("Which contracting route for this contract?");
    expect(emptyText).toContain("Step 1 of 4");
    expect(emptyText).toContain("Ministry or government body");

    const answer = mainText(await (await get(`/procedure?${query(MINISTRY)}`, { "Accept-Language": "en" })).text());
    expect(answer).toContain("Allowed under a condition");
    expect(answer).toContain("Direct award");
    expect(answer).toContain("$50,000");
    expect(answer).toContain("Print the file note");

    const invalid = await get(`/procedure?${query({ ...MINISTRY, amountCad: "lots" })}`, { "Accept-Language": "en" });
    expect(invalid.status).toBe(400);
    expect(mainText(await invalid.text())).toContain("The amount must be a number in dollars");
  });
});

describe("/procedure — healthy competition", () => {
  it("the model's count equals an independent SQL count, for every region, with and without a category", () => {
    const regions = handle.db.$client.prepare("select code from regions order by code").all() as { code: string }[];
    expect(regions).toHaveLength(17);
    const category = busiestCategory("06");
    for (const { code } of regions) {
      expect(countServingEnterprises(handle.db, { regionCode: code }), code).toEqual(sqlCount(code));
      expect(countServingEnterprises(handle.db, { regionCode: code, categoryCode: category })).toEqual(
        sqlCount(code, category),
      );
    }
  });

  it("the answer shows the count for the region and category, by status, with a link to the directory", async () => {
    const category = busiestCategory("04");
    const expected = sqlCount("04", category);
    const total = expected.obnl + expected.cooperative;
    expect(total).toBeGreaterThan(0);
    const html = await (await get(`/procedure?${query({ ...MINISTRY, region: "04", category })}`)).text();
    expect(html).toContain(`data-count="${total}"`);
    const text = mainText(html);
    expect(text).toMatch(
      new RegExp(
        `${total} entreprises? d'économie sociale publiées? \\(OBNL ou coopératives?\\) desser\\w+ la région Mauricie dans la catégorie`,
      ),
    );
    expect(text).toContain(`OBNL : ${expected.obnl}`);
    expect(text).toContain(`Coopératives : ${expected.cooperative}`);
    const href = /href="(\/repertoire\?[^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, "&");
    expect(href).toBeDefined();
    const url = new URL(href!, "http://localhost");
    expect(url.searchParams.get("serves")).toBe("04");
    expect(url.searchParams.get("category")).toBe(category);
    expect(url.searchParams.getAll("status")).toEqual(["obnl", "cooperative"]);
  });

  it("without a category, counts every published OBNL and coop serving the region", async () => {
    const expected = sqlCount("06");
    const html = await (await get(`/procedure?${query({ ...MINISTRY, region: "06" })}`)).text();
    expect(html).toContain(`data-count="${expected.obnl + expected.cooperative}"`);
    expect(html).toContain('href="/repertoire?serves=06&amp;status=obnl&amp;status=cooperative"');
  });
});

describe("/procedure/note — the justification note", () => {
  it("renders the inputs, the answer per route, references with URLs, thresholds, warnings and blank lines", async () => {
    const params = { ...MINISTRY, buyer: "municipality", region: "04" };
    const res = await get(`/procedure/note?${query(params)}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const text = mainText(html);
    expect(text).toContain("Note au dossier : choix du mode d'attribution");
    expect(text).toMatch(/Produite le \d{1,2}(er)? \S+ \d{4}/);
    expect(text).toContain("Municipalité ou organisme municipal");
    expect(text).toContain("Organisme à but non lucratif (OBNL)");
    expect(text).toContain("Montant estimé avant taxes 50 000 $");
    expect(text).toContain("52 493,75 $");
    expect(text).toContain("1er juin 2025");
    expect(text).toContain("04 – Mauricie");
    for (const route of ["Attribution de gré à gré", "Appel d’offres sur invitation", "Mise en concurrence réservée"]) {
      expect(text).toContain(route);
    }
    expect(text).toContain("Références légales");
    expect(text).toContain("LCV 573.1");
    expect(text).toContain("https://www.legisquebec.gouv.qc.ca/fr/version/lc/c-19?code=se:573_1&historique=20240325");
    expect(text).toContain("Seuils utilisés");
    expect(text).toContain("Avertissements");
    expect(text).toContain("Version des règles : qc-contracting-");
    for (const blank of ["Justification", "Signature", "Date", "Nom et fonction"]) expect(text).toContain(blank);
    expect(html).toContain("no-print");
    expect(html).toContain(`href="/procedure?${query(params).replace(/&/g, "&amp;")}#reponse"`);
  });

  it("is in English with Accept-Language, and a 400 without a valid query", async () => {
    const en = mainText(await (await get(`/procedure/note?${query(MINISTRY)}`, { "Accept-Language": "en" })).text());
    expect(en).toContain("File note: choice of the contracting route");
    expect(en).toContain("Produced on");
    const empty = await get("/procedure/note");
    expect(empty.status).toBe(400);
    const invalid = await get(`/procedure/note?${query({ ...MINISTRY, amountCad: "x" })}`);
    expect(invalid.status).toBe(400);
    expect(mainText(await invalid.text())).toContain("La note ne peut pas être produite");
  });
});
