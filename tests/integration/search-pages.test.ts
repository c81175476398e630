import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
const one = <T>(query: ReturnType<typeof sql>) => handle.db.get<T>(query)!;

describe("/repertoire", () => {
  it("lists every published enterprise without a query, with facet counts", async () => {
    const published = one<{ n: number }>(sql`select count(*) n from enterprises where status = 'published'`).n;
    const res = await get("/repertoire");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`${published} entreprises trouvées`);
    expect(html).toContain('name="serves"');
    expect(html).toContain('name="status"');
  });

  it("filters by the region served, from the URL alone (no JavaScript needed)", async () => {
    const expected = one<{ n: number }>(sql`
      select count(*) n from enterprises e where e.status = 'published' and (e.service_area_scope = 'province'
        or exists (select 1 from enterprise_service_areas a
          left join mrcs m on a.kind = 'mrc' and m.code = a.code
          left join municipalities mu on a.kind = 'municipality' and mu.code = a.code
          where a.enterprise_id = e.id and (a.kind = 'region' and a.code = '04' or m.region_code = '04' or mu.region_code = '04')))`).n;
    const html = await (await get("/repertoire?serves=04")).text();
    expect(html).toMatch(new RegExp(`${expected} entreprises? trouvées?`));
    expect(html).toMatch(/<input[^>]*checked=""[^>]*value="04"|<input[^>]*value="04"[^>]*checked=""/);
  });

  it("answers 400 with localized messages naming each bad parameter", async () => {
    const res = await get("/repertoire?region=99&perPage=500&typo=1");
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Code de région inconnu");
    expect(html).toContain("perPage");
    expect(html).toContain("Paramètre inconnu « typo »");
    const en = await (await get("/repertoire?sort=distance", { "Accept-Language": "en" })).text();
    expect(en).toContain("Sorting by distance needs a starting point (near).");
  });

  it("shows the first options of a long facet and unfolds it on demand, keeping ticked ones", async () => {
    const categoryBoxes = (html: string) => [...html.matchAll(/<input[^>]*name="category"[^>]*>/g)].length;
    const inUse = one<{ n: number }>(sql`
      select count(distinct c.category_code) n from enterprise_categories c
      join enterprises e on e.id = c.enterprise_id where e.status = 'published'`).n;
    expect(inUse).toBeGreaterThan(20);

    const folded = await (await get("/repertoire")).text();
    expect(categoryBoxes(folded)).toBe(8);
    expect(folded).toMatch(
      new RegExp(`<button[^>]*name="expand"[^>]*value="category"[^>]*>Afficher les ${inUse - 8} autres`),
    );

    const unfolded = await (await get("/repertoire?expand=category")).text();
    expect(categoryBoxes(unfolded)).toBe(inUse);
    // The form carries the unfolded facet along, so ticking a box keeps the list open.
    expect(unfolded).toMatch(/<input type="hidden" name="expand" value="category"\/>/);

    // A ticked category beyond the first eight stays visible when the list is folded.
    const rare = one<{ code: string }>(sql`
      select c.category_code code from enterprise_categories c join enterprises e on e.id = c.enterprise_id
      where e.status = 'published' group by c.category_code order by count(*) asc, c.category_code limit 1`).code;
    const ticked = await (await get(`/repertoire?category=${rare}`)).text();
    expect(ticked).toMatch(
      new RegExp(`<input[^>]*checked=""[^>]*value="${rare}"|<input[^>]*value="${rare}"[^>]*checked=""`),
    );

    const bad = await get("/repertoire?expand=everything");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Le paramètre « expand » doit nommer un filtre");
    // The API takes the directory's parameters, not the page's display ones.
    expect((await get("/api/v1/enterprises?expand=category")).status).toBe(400);
  });

  it("suggests removing the most restrictive constraint when nothing matches", async () => {
    const html = await (await get("/repertoire?q=zzyzx&status=mutual")).text();
    expect(html).toContain("Aucune entreprise ne correspond");
    expect(html).toContain("Chercher sans le texte « zzyzx »");
  });

  it("sorts by distance from a municipality named in words or by postal code", async () => {
    const byName = await (await get("/repertoire?near=trois-rivieres&radiusKm=40&sort=distance")).text();
    expect(byName).toMatch(/à [\d,]+ km/);
    const byPostal = await get("/repertoire?near=G9A%205H7&radiusKm=40");
    expect(byPostal.status).toBe(200);
    const nowhere = await get("/repertoire?near=Atlantide");
    expect(nowhere.status).toBe(400);
    expect(await nowhere.text()).toContain("Aucune municipalité localisée ne correspond à « Atlantide »");
  });
});

describe("/entreprises/:slug", () => {
  it("shows a published listing with schema.org markup and a link back to its search", async () => {
    const e = one<{ slug: string; public_name: string }>(
      sql`select slug, public_name from enterprises where status = 'published' order by id limit 1`,
    );
    const res = await get(`/entreprises/${e.slug}?from=${encodeURIComponent("/repertoire?q=traiteur")}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("application/ld+json");
    expect(html).toContain('"@type":"Organization"');
    expect(html).toContain('href="/repertoire?q=traiteur"');
    expect(html).toContain("Zone de service");
  });

  it("never links back outside the directory", async () => {
    const e = one<{ slug: string }>(sql`select slug from enterprises where status = 'published' order by id limit 1`);
    const html = await (await get(`/entreprises/${e.slug}?from=${encodeURIComponent("https://evil.example/")}`)).text();
    expect(html).not.toContain('href="https://evil.example/"');
    expect(html).toContain('href="/repertoire"');
  });

  it("answers 404 for unpublished and unknown listings", async () => {
    const draft = one<{ slug: string }>(
      sql`select slug from enterprises where status <> 'published' order by id limit 1`,
    );
    expect((await get(`/entreprises/${draft.slug}`)).status).toBe(404);
    expect((await get("/entreprises/nexiste-pas")).status).toBe(404);
  });
});

describe("JSON API", () => {
  it("GET /api/v1/enterprises returns hits, total, page, perPage and facets", async () => {
    const res = await get("/api/v1/enterprises?q=recyclage&perPage=5&page=1");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("application/json");
    const body = (await res.json()) as {
      hits: { slug: string }[];
      total: number;
      page: number;
      perPage: number;
      facets: Record<string, unknown>;
    };
    expect(body.page).toBe(1);
    expect(body.perPage).toBe(5);
    expect(body.hits.length).toBeLessThanOrEqual(5);
    expect(body.total).toBeGreaterThan(0);
    expect(Object.keys(body.facets)).toEqual(expect.arrayContaining(["serves", "category", "status"]));
  });

  it("facet counts equal what the filter then returns", async () => {
    const all = (await (await get("/api/v1/enterprises?q=entretien")).json()) as {
      facets: { status: Record<string, number> };
    };
    for (const [status, count] of Object.entries(all.facets.status)) {
      const filtered = (await (await get(`/api/v1/enterprises?q=entretien&status=${status}`)).json()) as {
        total: number;
      };
      expect(filtered.total, status).toBe(count);
    }
  });

  it("answers 400 with a list of problems, each naming the parameter", async () => {
    const res = await get("/api/v1/enterprises?perPage=101&status=corporation&radiusKm=abc&near=");
    expect(res.status).toBe(400);
    const body = (await res.json()) as { problems: { path: string; message: { fr: string; en: string } }[] };
    expect(body.problems.map((p) => p.path).sort()).toEqual(["perPage", "radiusKm", "status"]);
    expect(body.problems.every((p) => p.message.fr && p.message.en)).toBe(true);
  });

  it("GET /api/v1/enterprises/:slug returns the public listing or a 404 problem", async () => {
    const e = one<{ slug: string; neq: string }>(
      sql`select slug, neq from enterprises where status = 'published' order by id limit 1`,
    );
    const res = await get(`/api/v1/enterprises/${e.slug}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { slug: string; neq: string; offerings: unknown[] };
    expect(body).toMatchObject({ slug: e.slug, neq: e.neq });
    expect(body.offerings.length).toBeGreaterThan(0);
    const missing = await get("/api/v1/enterprises/nexiste-pas");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { problems: unknown[] }).problems).toHaveLength(1);
  });
});
