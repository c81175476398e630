import { describe, expect, it } from "vitest";
import { fromMeiliHit, sortKey, toMeiliDocument } from "~/search/meilisearch/documents";
import { HIGHLIGHT_POST_TAG as POST, HIGHLIGHT_PRE_TAG as PRE } from "~/search/meilisearch/snippet";
import { FACETS, type Facet, type SearchDocument } from "~/search/types";

const facets = (overrides: Partial<Record<Facet, string[]>> = {}) =>
  Object.fromEntries(FACETS.map((f) => [f, overrides[f] ?? []])) as Record<Facet, string[]>;

const doc: SearchDocument = {
  id: 42,
  slug: "economie-circulaire-mauricie",
  name: "Économie circulaire Mauricie",
  legalName: "Coopérative de solidarité Économie circulaire Mauricie",
  offerings: "Ressourcerie et réemploi",
  categories: "Ressourcerie et réemploi; Reuse centre",
  description: "Coopérative de solidarité en économie circulaire.",
  facets: facets({
    serves: ["04", "17"],
    region: ["04"],
    mrc: ["CD-37"],
    municipality: ["37067"],
    group: ["matieres-residuelles"],
    category: ["ressourcerie-reemploi", "collecte-recyclage"],
    status: ["cooperative"],
    label: ["ici-on-recycle"],
    purpose: ["environnement"],
    workforce: ["10_49"],
  }),
  lat: 46.35,
  lon: -72.55,
  card: {
    name: "Économie circulaire Mauricie",
    legalStatus: "cooperative",
    coopCategory: "solidarity",
    municipalityName: "Trois-Rivières",
    regionCode: "04",
    serviceAreaScope: "custom",
    isDemo: false,
    categories: ["ressourcerie-reemploi", "collecte-recyclage"],
  },
};

describe("toMeiliDocument", () => {
  it("stores the card beside the text, where no searchable attribute reaches it", () => {
    expect(toMeiliDocument(doc).card).toEqual(doc.card);
  });

  it("copies the text fields and every facet as an array", () => {
    const m = toMeiliDocument(doc);
    expect(m).toMatchObject({
      id: 42,
      slug: "economie-circulaire-mauricie",
      name: "Économie circulaire Mauricie",
      legalName: doc.legalName,
      offerings: doc.offerings,
      categories: doc.categories,
      description: doc.description,
    });
    for (const facet of FACETS) expect(m[facet]).toEqual(doc.facets[facet]);
  });

  it("adds _geo with lat/lng when the listing has coordinates", () => {
    expect(toMeiliDocument(doc)._geo).toEqual({ lat: 46.35, lng: -72.55 });
  });

  it("omits _geo when a coordinate is missing (Meilisearch rejects a null _geo)", () => {
    expect(toMeiliDocument({ ...doc, lat: null, lon: null })).not.toHaveProperty("_geo");
    expect(toMeiliDocument({ ...doc, lat: 46.35, lon: null })).not.toHaveProperty("_geo");
  });

  it("keeps a zero coordinate", () => {
    expect(toMeiliDocument({ ...doc, lat: 0, lon: 0 })._geo).toEqual({ lat: 0, lng: 0 });
  });

  it("adds a folded sort name so accents and case do not change the order", () => {
    expect(toMeiliDocument(doc).sortName).toBe("economie circulaire mauricie");
    const names = ["Zone Numérique", "Économie circulaire", "atelier Vélo", "Ébénisterie", "Café"];
    expect(names.map(sortKey).sort()).toEqual([
      "atelier velo",
      "cafe",
      "ebenisterie",
      "economie circulaire",
      "zone numerique",
    ]);
  });

  it("compares numbers in names by value", () => {
    expect(sortKey("Atelier 9") < sortKey("Atelier 10")).toBe(true);
  });

  it("fills a facet missing from the document with an empty array and drops duplicate values", () => {
    const partial = { ...doc, facets: { region: ["04", "04"] } as unknown as Record<Facet, string[]> };
    const m = toMeiliDocument(partial);
    expect(m.region).toEqual(["04"]);
    expect(m.label).toEqual([]);
  });

  it("removes highlight tag characters from indexed text so they cannot be forged", () => {
    const m = toMeiliDocument({ ...doc, offerings: `Faux ${PRE}surlignage${POST}` });
    expect(m.offerings).toBe("Faux surlignage");
  });
});

describe("fromMeiliHit", () => {
  it("keeps id and slug", () => {
    expect(fromMeiliHit({ id: 7, slug: "sept" })).toEqual({ id: 7, slug: "sept" });
  });

  it("returns the card stored with the document, as the document built it", () => {
    const stored = JSON.parse(JSON.stringify(toMeiliDocument(doc))) as unknown;
    expect(fromMeiliHit(stored).card).toEqual(doc.card);
  });

  it("leaves out a card it cannot read (a document from before cards), so the caller reads the database", () => {
    expect(fromMeiliHit({ id: 7, slug: "sept", card: { name: "Sept" } })).toEqual({ id: 7, slug: "sept" });
    expect(fromMeiliHit({ id: 7, slug: "sept", card: { ...doc.card, legalStatus: "sarl" } })).not.toHaveProperty(
      "card",
    );
    expect(fromMeiliHit({ id: 7, slug: "sept", card: null })).not.toHaveProperty("card");
  });

  it("turns _geoDistance (metres) into distanceKm, in tenths of a kilometre", () => {
    expect(fromMeiliHit({ id: 7, slug: "sept", _geoDistance: 12_345 }).distanceKm).toBe(12.3);
    expect(fromMeiliHit({ id: 7, slug: "sept", _geoDistance: 0 }).distanceKm).toBe(0);
  });

  it("computes distanceKm from _geo when the query had a point but did not sort by distance", () => {
    const hit = fromMeiliHit({ id: 7, slug: "sept", _geo: { lat: 46.5667, lng: -72.75 } }, { lat: 46.35, lon: -72.55 });
    expect(hit.distanceKm).toBeGreaterThan(25);
    expect(hit.distanceKm).toBeLessThan(32);
  });

  it("has no distance without a point", () => {
    expect(fromMeiliHit({ id: 7, slug: "sept", _geo: { lat: 46.5, lng: -72.7 } })).not.toHaveProperty("distanceKm");
  });

  it("takes the snippet from highlighted offerings first, then description", () => {
    const hit = fromMeiliHit({
      id: 7,
      slug: "sept",
      _formatted: {
        offerings: `…Collecte et ${PRE}recyclage${POST} du papier…`,
        description: `Le ${PRE}recyclage${POST} chez nous`,
      },
    });
    expect(hit.snippet).toEqual([
      { text: "…Collecte et ", match: false },
      { text: "recyclage", match: true },
      { text: " du papier…", match: false },
    ]);
    const fromDescription = fromMeiliHit({
      id: 7,
      slug: "sept",
      _formatted: { offerings: "Rien ici", description: `Le ${PRE}recyclage${POST}` },
    });
    expect(fromDescription.snippet).toEqual([
      { text: "Le ", match: false },
      { text: "recyclage", match: true },
    ]);
  });

  it("has no snippet when nothing was highlighted", () => {
    expect(
      fromMeiliHit({ id: 7, slug: "sept", _formatted: { offerings: "Rien", description: "Rien" } }),
    ).not.toHaveProperty("snippet");
  });

  it("rejects a hit without an id or slug instead of rendering a broken card", () => {
    expect(() => fromMeiliHit({ slug: "sans-id" })).toThrow();
    expect(() => fromMeiliHit({ id: 3 })).toThrow();
  });
});
