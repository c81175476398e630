import { Meilisearch } from "meilisearch";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMeilisearchEngine } from "~/search/meilisearch/engine.server";
import { createSqliteSearchEngine } from "~/search/sqlite/engine.server";
import { foldText } from "~/search/text";
import { FACETS, type Facet, type SearchDocument, type SearchEngine, type SearchQuery } from "~/search/types";
import { fixtureById, SEARCH_DOCUMENTS } from "../fixtures/search-documents";
import { createTestDb } from "../helpers/db";

/**
 * One contract, every engine: what a buyer can rely on whichever engine answers. SQLite always
 * runs; Meilisearch runs when MEILI_TEST_HOST points at a real server (tests/setup/env.ts
 * removes MEILI_HOST so unit tests never reach one by accident).
 */

type EngineHandle = { engine: SearchEngine; cleanup: () => Promise<void> | void };
type MakeEngine = () => Promise<EngineHandle>;

const TROIS_RIVIERES = { lat: 46.35, lon: -72.55 };
const MONTREAL = { lat: 45.5089, lon: -73.5617 };

function query(over: Partial<SearchQuery> = {}): SearchQuery {
  return { q: "", filters: {}, sort: "relevance", page: 1, perPage: 100, facets: [], ...over };
}

const ids = (result: { hits: { id: number }[] }) => result.hits.map((h) => h.id);
const sortedIds = (result: { hits: { id: number }[] }) => ids(result).sort((a, b) => a - b);
const nameCollator = new Intl.Collator("fr-CA", { sensitivity: "base" });
const byName = (a: SearchDocument, b: SearchDocument) => nameCollator.compare(a.name, b.name);

function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const distanceTo = (point: { lat: number; lon: number }, doc: SearchDocument) =>
  doc.lat === null || doc.lon === null ? undefined : haversineKm(point, { lat: doc.lat, lon: doc.lon });

/** What a filter should keep, computed directly from the fixture (no engine involved). */
function referenceMatch(doc: SearchDocument, filters: SearchQuery["filters"], near?: SearchQuery["near"]): boolean {
  for (const facet of FACETS) {
    const selected = filters[facet];
    if (selected?.length && !selected.some((value) => doc.facets[facet].includes(value))) return false;
  }
  if (near) {
    const d = distanceTo(near, doc);
    if (d === undefined || (near.radiusKm !== undefined && d > near.radiusKm)) return false;
  }
  return true;
}

function referenceIds(filters: SearchQuery["filters"], near?: SearchQuery["near"]): number[] {
  return SEARCH_DOCUMENTS.filter((d) => referenceMatch(d, filters, near))
    .map((d) => d.id)
    .sort((a, b) => a - b);
}

const FIXTURE_VALUES = Object.fromEntries(
  FACETS.map((facet) => [facet, [...new Set(SEARCH_DOCUMENTS.flatMap((d) => d.facets[facet]))].sort()]),
) as Record<Facet, string[]>;

/** A facet's counts ignoring its own selection (disjunctive faceting). */
function referenceCounts(filters: SearchQuery["filters"], facet: Facet, near?: SearchQuery["near"]) {
  const counts: Record<string, number> = {};
  for (const doc of SEARCH_DOCUMENTS) {
    if (!referenceMatch(doc, { ...filters, [facet]: [] }, near)) continue;
    for (const value of new Set(doc.facets[facet])) counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

/** Hits in non-decreasing distance (listings in the same municipality tie, in any order). */
function expectNearestFirst(hits: { id: number }[], point: { lat: number; lon: number }) {
  const distances = hits.map((hit) => distanceTo(point, fixtureById(hit.id)) ?? Number.POSITIVE_INFINITY);
  for (let i = 1; i < distances.length; i++) {
    expect(distances[i]!, `hit ${hits[i]!.id} after ${hits[i - 1]!.id}`).toBeGreaterThanOrEqual(distances[i - 1]!);
  }
}

function describeEngineContract(name: string, makeEngine: MakeEngine, options: { skip?: boolean } = {}) {
  describe.skipIf(options.skip ?? false)(`search contract: ${name}`, () => {
    describe("reading a fixed directory", () => {
      let handle: EngineHandle;
      let engine: SearchEngine;
      const search = (over: Partial<SearchQuery>) => engine.search(query(over));

      beforeAll(async () => {
        handle = await makeEngine();
        engine = handle.engine;
        await engine.index([...SEARCH_DOCUMENTS]);
      }, 120_000);
      afterAll(async () => {
        await handle?.cleanup();
      });

      it("reports itself healthy", async () => {
        expect((await engine.health()).ok).toBe(true);
      });

      it("returns every listing for an empty query", async () => {
        const result = await search({});
        expect(result.total).toBe(SEARCH_DOCUMENTS.length);
        expect(sortedIds(result)).toEqual(referenceIds({}));
      });

      it("returns each hit with the card stored with its document, for text queries and filters alike", async () => {
        for (const result of [await search({}), await search({ q: "traiteur", filters: { region: ["06"] } })]) {
          expect(result.hits.length).toBeGreaterThan(0);
          for (const hit of result.hits) expect(hit.card, `hit ${hit.id}`).toEqual(fixtureById(hit.id).card);
        }
      });

      it("finds a listing by a word of its name, first", async () => {
        const result = await search({ q: "fourchette" });
        expect(ids(result)[0]).toBe(2);
        expect(fixtureById(2).slug).toBe(result.hits[0]!.slug);
      });

      it("finds the same listings for économie, economie and ÉCONOMIE", async () => {
        const accented = await search({ q: "économie" });
        const plain = await search({ q: "economie" });
        const upper = await search({ q: "ÉCONOMIE" });
        expect(sortedIds(accented)).toEqual(expect.arrayContaining([1, 5, 10, 11, 18, 21, 30]));
        expect(sortedIds(plain)).toEqual(sortedIds(accented));
        expect(sortedIds(upper)).toEqual(sortedIds(accented));
        expect(plain.total).toBe(accented.total);
      });

      it("ranks a match in the name above a match only in the description", async () => {
        const result = await search({ q: "économie" });
        expect(
          ids(result)
            .slice(0, 2)
            .sort((a, b) => a - b),
        ).toEqual([1, 11]);
      });

      it("finds the full word from a prefix typed so far", async () => {
        expect(ids(await search({ q: "recycl" }))).toEqual(expect.arrayContaining([4, 26]));
        expect(ids(await search({ q: "nettoy" }))).toContain(5);
      });

      it("still finds a word of 5+ letters with one typo", async () => {
        expect(ids(await search({ q: "traiteir" }))).toEqual(expect.arrayContaining([2, 15]));
        expect(ids(await search({ q: "recyclege" }))).toContain(4);
      });

      it("finds a listing through a reviewed synonym, both ways", async () => {
        // Listing 3 only says "service alimentaire"; listing 4 only says "recyclage".
        expect(ids(await search({ q: "traiteur" }))).toEqual(expect.arrayContaining([2, 3, 15]));
        expect(ids(await search({ q: "récupération" }))).toEqual(expect.arrayContaining([4, 18]));
        expect(ids(await search({ q: "service alimentaire" }))).toEqual(expect.arrayContaining([2, 3]));
        expect(ids(await search({ q: "recyclage" }))).toEqual(expect.arrayContaining([4, 18, 26]));
      });

      it("returns a highlighted snippet of the matching offer, as text parts", async () => {
        const [hit] = (await search({ q: "cargo" })).hits;
        expect(hit?.id).toBe(8);
        const parts = hit!.snippet ?? [];
        const matched = parts.filter((p) => p.match).map((p) => foldText(p.text));
        expect(
          matched.some((text) => text.includes("cargo")),
          JSON.stringify(parts),
        ).toBe(true);
        for (const part of parts) expect(typeof part.text).toBe("string");
      });

      it("ORs values within a facet", async () => {
        const filters = { region: ["04", "06"] };
        const result = await search({ filters });
        expect(sortedIds(result)).toEqual(referenceIds(filters));
        expect(result.total).toBe(referenceIds(filters).length);
      });

      it("ANDs facets", async () => {
        const filters = { region: ["04", "06"], status: ["cooperative"] };
        const result = await search({ filters });
        expect(sortedIds(result)).toEqual(referenceIds(filters));
        expect(sortedIds(result)).toEqual([1, 15, 20]);
      });

      it("answers the buyer's question: who serves my region (province-wide listings included)", async () => {
        const filters = { serves: ["05"] };
        const result = await search({ filters });
        expect(sortedIds(result)).toEqual(referenceIds(filters));
        expect(sortedIds(result)).toEqual(expect.arrayContaining([9, 10, 11, 19, 13, 26, 3]));
      });

      it("applies filters to a text query", async () => {
        expect(sortedIds(await search({ q: "recyclage", filters: { region: ["03"] } }))).toEqual([4]);
      });

      it("matches nothing for an unknown facet value, and treats quotes in values as plain text", async () => {
        expect((await search({ filters: { label: ["inexistant"] } })).total).toBe(0);
        const hostile = await search({ filters: { region: ['04" OR region = "06'] } });
        expect(hostile.total).toBe(0);
        expect(hostile.hits).toEqual([]);
      });

      const facetScenarios: {
        title: string;
        q: string;
        filters: SearchQuery["filters"];
        near?: SearchQuery["near"];
      }[] = [
        { title: "no filter", q: "", filters: {} },
        { title: "serves + two statuses", q: "", filters: { serves: ["04"], status: ["cooperative", "obnl"] } },
        { title: "two regions + a label", q: "", filters: { region: ["06", "03"], label: ["entreprise-insertion"] } },
        {
          title: "group within 150 km",
          q: "",
          filters: { group: ["alimentation", "matieres-residuelles"] },
          near: { ...MONTREAL, radiusKm: 150 },
        },
        { title: "text + status", q: "économie", filters: { status: ["obnl"] } },
        { title: "text + purpose", q: "recyclage", filters: { purpose: ["environnement"] } },
      ];

      for (const scenario of facetScenarios) {
        it(`shows facet counts equal to the total the filter then returns (${scenario.title})`, async () => {
          const base = { q: scenario.q, filters: scenario.filters, near: scenario.near };
          const result = await search({ ...base, facets: [...FACETS] });
          for (const facet of FACETS) {
            const counts = result.facets[facet];
            expect(counts, `facet ${facet} missing`).toBeDefined();
            if (!scenario.q) {
              expect(counts, `counts of ${facet}`).toEqual(referenceCounts(scenario.filters, facet, scenario.near));
            }
            // Every value in the directory, shown or not: a missing value must mean zero.
            for (const value of FIXTURE_VALUES[facet]) {
              const narrowed = await search({ ...base, filters: { ...scenario.filters, [facet]: [value] } });
              expect(narrowed.total, `${facet}=${value}`).toBe(counts?.[value] ?? 0);
            }
          }
        });
      }

      it("counts a facet without its own selection (disjunctive), so other values stay visible", async () => {
        const filters = { status: ["cooperative"], region: ["04"] };
        const result = await search({ filters, facets: ["status", "region"] });
        expect(result.facets.status).toEqual(referenceCounts(filters, "status"));
        expect(result.facets.status?.obnl).toBe(2);
        expect(result.facets.region?.["06"]).toBe(referenceCounts(filters, "region")["06"]);
        expect(result.total).toBe(referenceIds(filters).length);
      });

      it("sorts by name, alphabetically and ignoring accents and case", async () => {
        const expected = [...SEARCH_DOCUMENTS].sort(byName).map((d) => d.id);
        expect(ids(await search({ sort: "name" }))).toEqual(expected);
      });

      it("sorts a text query's matches by name when asked", async () => {
        const relevance = await search({ q: "économie" });
        const byNameResult = await search({ q: "économie", sort: "name" });
        const expected = sortedIds(relevance)
          .map(fixtureById)
          .sort(byName)
          .map((d) => d.id);
        expect(ids(byNameResult)).toEqual(expected);
      });

      it("keeps only listings within the radius", async () => {
        const near = { ...TROIS_RIVIERES, radiusKm: 40 };
        const result = await search({ near });
        expect(sortedIds(result)).toEqual(referenceIds({}, near));
        expect(sortedIds(result)).toEqual([1, 14, 15, 20, 21]);
      });

      it("orders by distance with distanceKm on every hit", async () => {
        const near = { ...MONTREAL, radiusKm: 150 };
        const result = await search({ near, sort: "distance" });
        expect(sortedIds(result)).toEqual(referenceIds({}, near));
        expectNearestFirst(result.hits, MONTREAL);
        for (const hit of result.hits) {
          expect(hit.distanceKm, `hit ${hit.id}`).toBeDefined();
          expect(Math.abs(hit.distanceKm! - distanceTo(MONTREAL, fixtureById(hit.id))!), `hit ${hit.id}`).toBeLessThan(
            0.5,
          );
        }
      });

      it("orders every geolocated listing by distance when no radius is given", async () => {
        const result = await search({ near: TROIS_RIVIERES, sort: "distance" });
        const geolocated = SEARCH_DOCUMENTS.filter((d) => d.lat !== null && d.lon !== null).map((d) => d.id);
        expect(result.total).toBe(geolocated.length);
        expect(sortedIds(result)).toEqual(geolocated.sort((a, b) => a - b));
        expectNearestFirst(result.hits, TROIS_RIVIERES);
      });

      it("pages through results: page 2 continues page 1 and the total stays put", async () => {
        const all = await search({ sort: "name" });
        const page1 = await search({ sort: "name", perPage: 7, page: 1 });
        const page2 = await search({ sort: "name", perPage: 7, page: 2 });
        const last = await search({ sort: "name", perPage: 7, page: 5 });
        const past = await search({ sort: "name", perPage: 7, page: 6 });
        expect([...ids(page1), ...ids(page2)]).toEqual(ids(all).slice(0, 14));
        expect(ids(last)).toEqual(ids(all).slice(28));
        expect(past.hits).toEqual([]);
        for (const page of [page1, page2, last, past]) expect(page.total).toBe(SEARCH_DOCUMENTS.length);
      });

      it("pages a relevance-ranked text query without repeating a hit", async () => {
        const page1 = await search({ q: "économie", perPage: 3, page: 1 });
        const page2 = await search({ q: "économie", perPage: 3, page: 2 });
        const all = await search({ q: "économie" });
        expect(page1.total).toBe(all.total);
        expect(page2.total).toBe(all.total);
        expect(new Set([...ids(page1), ...ids(page2)]).size).toBe(Math.min(6, all.total));
        expect([...ids(page1), ...ids(page2)]).toEqual(ids(all).slice(0, 6));
      });
    });

    describe("keeping up with listing changes", () => {
      let handle: EngineHandle | undefined;
      let engine: SearchEngine;
      const search = (over: Partial<SearchQuery>) => engine.search(query(over));

      beforeEach(async () => {
        handle = await makeEngine();
        engine = handle.engine;
        await engine.index([...SEARCH_DOCUMENTS]);
      }, 120_000);
      afterEach(async () => {
        await handle?.cleanup();
        handle = undefined;
      });

      it("forgets a removed listing, in hits and in counts", async () => {
        await engine.remove([2]);
        expect((await search({ q: "fourchette" })).total).toBe(0);
        const all = await search({ facets: ["group"] });
        expect(all.total).toBe(SEARCH_DOCUMENTS.length - 1);
        expect(ids(all)).not.toContain(2);
        expect(all.facets.group?.alimentation).toBe(referenceCounts({}, "group").alimentation! - 1);
      });

      it("ignores removing a listing it does not have", async () => {
        await engine.remove([9999]);
        expect((await search({})).total).toBe(SEARCH_DOCUMENTS.length);
      });

      it("empties on clear", async () => {
        await engine.clear();
        expect((await search({})).total).toBe(0);
        expect((await search({ q: "économie" })).hits).toEqual([]);
        expect((await engine.health()).ok).toBe(true);
      });

      it("updates a re-indexed listing instead of duplicating it", async () => {
        const before = fixtureById(2);
        const changed: SearchDocument = {
          ...before,
          name: "Traiteur La Grande Cuillère",
          legalName: "Traiteur La Grande Cuillère",
          offerings: "Buffets chauds et froids pour les conseils d'administration.",
          facets: { ...before.facets, region: ["03"], municipality: ["23027"], mrc: ["CD-23"] },
          lat: 46.8139,
          lon: -71.2081,
          card: { ...before.card, name: "Traiteur La Grande Cuillère", municipalityName: "Québec", regionCode: "03" },
        };
        await engine.index([changed]);
        expect((await search({ q: "fourchette" })).total).toBe(0);
        expect(ids(await search({ q: "cuillère" }))).toEqual([2]);
        expect((await search({ q: "cuillère" })).hits[0]!.card).toEqual(changed.card);
        const all = await search({ facets: ["region"] });
        expect(all.total).toBe(SEARCH_DOCUMENTS.length);
        expect(ids(all).filter((id) => id === 2)).toHaveLength(1);
        expect(all.facets.region?.["06"]).toBe(referenceCounts({}, "region")["06"]! - 1);
        expect(ids(await search({ filters: { region: ["03"] } }))).toContain(2);
        expect(ids(await search({ near: { ...TROIS_RIVIERES, radiusKm: 40 } }))).not.toContain(2);
      });

      it("indexes the same listings twice without duplicates", async () => {
        await engine.index([...SEARCH_DOCUMENTS]);
        expect((await search({})).total).toBe(SEARCH_DOCUMENTS.length);
      });
    });
  });
}

describe("search contract fixture", () => {
  it("orders names the same by collation and by folded code points, so name order is unambiguous", () => {
    const collated = [...SEARCH_DOCUMENTS].sort(byName).map((d) => d.id);
    const folded = [...SEARCH_DOCUMENTS]
      .sort((a, b) => (foldText(a.name) < foldText(b.name) ? -1 : 1))
      .map((d) => d.id);
    expect(folded).toEqual(collated);
  });

  it("keeps every listing well away from the radius edges the cases use", () => {
    const edges: [{ lat: number; lon: number }, number][] = [
      [TROIS_RIVIERES, 40],
      [MONTREAL, 150],
    ];
    for (const [point, radius] of edges) {
      for (const doc of SEARCH_DOCUMENTS) {
        const d = distanceTo(point, doc);
        if (d !== undefined) expect(Math.abs(d - radius), `${doc.name}`).toBeGreaterThan(5);
      }
    }
  });

  it("has unique ids and slugs", () => {
    expect(new Set(SEARCH_DOCUMENTS.map((d) => d.id)).size).toBe(SEARCH_DOCUMENTS.length);
    expect(new Set(SEARCH_DOCUMENTS.map((d) => d.slug)).size).toBe(SEARCH_DOCUMENTS.length);
  });
});

describeEngineContract("sqlite", async () => {
  const test = createTestDb();
  return { engine: createSqliteSearchEngine(test.db), cleanup: test.cleanup };
});

// tests/setup/env.ts deletes MEILI_HOST, so the contract run is opted into with its own variable.
const meiliHost = process.env.MEILI_TEST_HOST;
const meiliKey = process.env.MEILI_TEST_KEY;
if (!meiliHost) {
  console.warn(
    "Meilisearch contract tests skipped: MEILI_HOST is not set for tests. " +
      "Set MEILI_TEST_HOST (and MEILI_TEST_KEY if the server has a master key) to run them against a real Meilisearch.",
  );
}
let meiliRun = 0;
describeEngineContract(
  "meilisearch",
  async () => {
    // A throwaway index per engine, deleted afterwards: never the real `enterprises` index.
    const indexUid = `contract_${process.pid}_${Date.now()}_${meiliRun++}`;
    const engine = createMeilisearchEngine({ host: meiliHost!, apiKey: meiliKey, indexUid });
    await engine.ensureIndex();
    return {
      engine,
      cleanup: async () => {
        await new Meilisearch({ host: meiliHost!, apiKey: meiliKey }).deleteIndexIfExists(indexUid);
      },
    };
  },
  { skip: !meiliHost },
);
