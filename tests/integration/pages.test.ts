import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localeCookie } from "~/lib/i18n.server";
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

describe("pages rendered through the real loaders", () => {
  it("home page: French by default, with regions and category groups and their counts", async () => {
    const res = await get("/");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain("Trouvez une entreprise d&#x27;économie sociale");
    expect(html).toContain('href="/regions/04"');
    expect(html).toContain('href="/categories/alimentation"');
    expect(html).toMatch(/\d+ entreprises/);
  });

  it("home page in English from Accept-Language, ?lng= or the cookie", async () => {
    const cookie = (await localeCookie.serialize("en")).split(";")[0]!;
    const variants: Record<string, string>[] = [{ "Accept-Language": "en-CA,en;q=0.9" }, { Cookie: cookie }];
    for (const headers of variants) {
      const html = await (await get("/", headers)).text();
      expect(html).toContain('<html lang="en"');
      expect(html).toContain("Find a social-economy enterprise");
    }
    expect(await (await get("/?lng=en")).text()).toContain("Browse by region");
  });

  it("the language switch sets a cookie and returns to the same page", async () => {
    const res = await app.fetch("/langue", {
      method: "POST",
      body: new URLSearchParams({ lng: "en", redirectTo: "/regions/04" }),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/regions/04");
    expect(res.headers.get("Set-Cookie")).toMatch(/^lng=/);
  });

  it("the language switch refuses an external redirect and an unknown language", async () => {
    const post = (body: Record<string, string>) =>
      app.fetch("/langue", {
        method: "POST",
        body: new URLSearchParams(body),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      });
    expect((await post({ lng: "en", redirectTo: "//evil.example" })).headers.get("Location")).toBe("/");
    const bad = await post({ lng: "de" });
    expect(bad.status).toBe(400);
  });

  it("region page lists its MRCs and its enterprises", async () => {
    const res = await get("/regions/04");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Mauricie");
    expect(html).toContain("Mékinac");
    expect(html).toContain('href="/entreprises/');
  });

  it("category page shows a group's categories, and a category its crosswalk codes", async () => {
    const group = await (await get("/categories/alimentation")).text();
    expect(group).toContain('href="/categories/traiteur-evenementiel"');
    const category = await (await get("/categories/traiteur-evenementiel")).text();
    expect(category).toContain("SCIAN Canada 2022");
    expect(category).toMatch(/\b72\d?\b/);
  });

  it("unknown region or category codes answer a localized 404", async () => {
    const fr = await get("/regions/99");
    expect(fr.status).toBe(404);
    expect(await fr.text()).toContain("Aucune région administrative ne porte le code « 99 »");
    const en = await get("/categories/nope", { "Accept-Language": "en" });
    expect(en.status).toBe(404);
    expect(await en.text()).toContain("No category has the code “nope”");
    const unknown = await get("/nulle-part");
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("Page introuvable");
  });

  it("about page shows the data sources with their attribution", async () => {
    const html = await (await get("/a-propos")).text();
    expect(html).toContain("Répertoire des municipalités du Québec");
    expect(html).toContain("GeoNames");
    expect(html).toContain("simplemaps");
    expect(html).toContain("Statistique Canada");
  });

  it("pagination keeps within bounds: a nonsense page number falls back to page 1", async () => {
    const res = await get("/regions/06?page=abc");
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/Page 1 (sur|of)/);
  });
});
