import type { MultiSearchResult, RecordAny } from "meilisearch";
import { describe, expect, it } from "vitest";
import { planSearch, readSearchResults } from "~/search/meilisearch/search-request";
import { HIGHLIGHT_POST_TAG as POST, HIGHLIGHT_PRE_TAG as PRE } from "~/search/meilisearch/snippet";
import type { SearchQuery } from "~/search/types";

const base: SearchQuery = { q: "", filters: {}, sort: "relevance", page: 1, perPage: 20, facets: [] };

describe("planSearch", () => {
  it("sends one query with exact pagination when no facet is selected", () => {
    const plan = planSearch("enterprises", { ...base, q: "  traiteur ", page: 3, perPage: 10, facets: ["region"] });
    expect(plan.queries).toHaveLength(1);
    expect(plan.queries[0]).toMatchObject({
      indexUid: "enterprises",
      q: "traiteur",
      page: 3,
      hitsPerPage: 10,
      facets: ["region"],
      matchingStrategy: "all",
      attributesToCrop: ["offerings", "description"],
      attributesToHighlight: ["offerings", "description"],
      highlightPreTag: PRE,
      highlightPostTag: POST,
    });
    expect(plan.queries[0]!.filter).toBeUndefined();
    expect(plan.queries[0]!.sort).toBeUndefined();
  });

  it("adds one count-only query per selected facet, without that facet's own filter", () => {
    const plan = planSearch("enterprises", {
      ...base,
      filters: { region: ["04", "05"], status: ["cooperative"] },
      facets: ["region", "status", "label"],
    });
    expect(plan.plainFacets).toEqual(["label"]);
    expect(plan.disjunctiveFacets).toEqual(["region", "status"]);
    const [hits, region, status] = plan.queries;
    expect(hits).toMatchObject({
      facets: ["label"],
      filter: [['region = "04"', 'region = "05"'], 'status = "cooperative"'],
    });
    expect(region).toMatchObject({ facets: ["region"], filter: ['status = "cooperative"'], limit: 0 });
    expect(status).toMatchObject({ facets: ["status"], filter: [['region = "04"', 'region = "05"']], limit: 0 });
    expect(plan.queries).toHaveLength(3);
  });

  it("keeps the geo radius in the count queries", () => {
    const plan = planSearch("enterprises", {
      ...base,
      filters: { region: ["04"] },
      near: { lat: 46.35, lon: -72.55, radiusKm: 40 },
      sort: "distance",
      facets: ["region"],
    });
    expect(plan.queries[0]).toMatchObject({
      filter: ['region = "04"', "_geoRadius(46.35, -72.55, 40000)"],
      sort: ["_geoPoint(46.35, -72.55):asc"],
    });
    expect(plan.queries[1]).toMatchObject({ filter: ["_geoRadius(46.35, -72.55, 40000)"] });
  });

  it("asks for no crop or highlight without a text query", () => {
    const [hits] = planSearch("enterprises", base).queries;
    expect(hits).not.toHaveProperty("attributesToCrop");
    expect(hits!.attributesToRetrieve).toEqual(["id", "slug", "card", "_geo"]);
  });

  it("never asks for page 0", () => {
    expect(planSearch("enterprises", { ...base, page: 0 }).queries[0]!.page).toBe(1);
  });
});

describe("readSearchResults", () => {
  const result = (over: Partial<MultiSearchResult<RecordAny>>): MultiSearchResult<RecordAny> => ({
    indexUid: "enterprises",
    hits: [],
    query: "",
    processingTimeMs: 1,
    ...over,
  });

  it("takes hits and total from the first result and each selected facet's counts from its own query", () => {
    const query: SearchQuery = { ...base, filters: { region: ["04"] }, facets: ["region", "status"] };
    const plan = planSearch("enterprises", query);
    const out = readSearchResults(plan, query, [
      result({
        hits: [{ id: 1, slug: "un", _formatted: { offerings: `${PRE}x${POST}` } }],
        totalHits: 1,
        facetDistribution: { status: { cooperative: 1 } },
      }),
      result({ estimatedTotalHits: 9, facetDistribution: { region: { "04": 1, "05": 8 } } }),
    ]);
    expect(out).toEqual({
      hits: [{ id: 1, slug: "un", snippet: [{ text: "x", match: true }] }],
      total: 1,
      facets: { status: { cooperative: 1 }, region: { "04": 1, "05": 8 } },
    });
  });

  it("gives an empty count object for a requested facet with no values", () => {
    const query: SearchQuery = { ...base, facets: ["label"] };
    expect(readSearchResults(planSearch("enterprises", query), query, [result({ totalHits: 0 })]).facets).toEqual({
      label: {},
    });
  });

  it("fails loudly when the answer does not match the queries sent", () => {
    const query: SearchQuery = { ...base, filters: { region: ["04"] }, facets: ["region"] };
    expect(() => readSearchResults(planSearch("enterprises", query), query, [result({})])).toThrow(/2 queries/);
  });
});
