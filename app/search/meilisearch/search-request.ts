import type { MultiSearchQuery, MultiSearchResult, RecordAny } from "meilisearch";
import { FACETS, type Facet, type SearchQuery, type SearchResult } from "../types";
import { fromMeiliHit, HIT_ATTRIBUTES, SNIPPET_ATTRIBUTES } from "./documents";
import { buildFilter, buildSort } from "./filters";
import { CROP_MARKER, HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG } from "./snippet";

/**
 * Every query word (or a synonym, typo or prefix of it) must match, as in the SQLite engine.
 * Meilisearch's default ("last") would drop words until something matches, so totals and facet
 * counts would describe a looser set than the one the buyer asked for.
 */
export const MATCHING_STRATEGY = "all";
/** Words around the match in a snippet. */
export const CROP_LENGTH = 24;
/** Listings are French with English alongside; naming both stops Meilisearch guessing another language. */
export const QUERY_LOCALES = ["fra", "eng"];

/** What one `multiSearch` call carries: the hits query, then one count-only query per facet to count disjunctively. */
export type SearchPlan = { queries: MultiSearchQuery[]; disjunctiveFacets: Facet[]; plainFacets: Facet[] };

function hasSelection(query: SearchQuery, facet: Facet): boolean {
  return (query.filters[facet]?.length ?? 0) > 0;
}

/**
 * Disjunctive faceting: a facet's counts must ignore its own selection (ticking "Mauricie"
 * must still show how many listings "Estrie" would add). Facets without a selection are
 * counted by the hits query; each facet with one gets a count-only query without its filter.
 */
export function planSearch(indexUid: string, query: SearchQuery): SearchPlan {
  const q = query.q.trim();
  const requested = FACETS.filter((facet) => query.facets.includes(facet));
  const plainFacets = requested.filter((facet) => !hasSelection(query, facet));
  const disjunctiveFacets = requested.filter((facet) => hasSelection(query, facet));
  const common = { indexUid, q, matchingStrategy: MATCHING_STRATEGY, locales: QUERY_LOCALES } as const;

  const hitsQuery: MultiSearchQuery = {
    ...common,
    filter: buildFilter(query.filters, query.near),
    sort: buildSort(query),
    // page/hitsPerPage (not offset/limit) make Meilisearch count hits exactly.
    page: Math.max(1, Math.floor(query.page)),
    hitsPerPage: query.perPage,
    facets: plainFacets,
    attributesToRetrieve: q ? [...HIT_ATTRIBUTES, ...SNIPPET_ATTRIBUTES] : [...HIT_ATTRIBUTES],
  };
  if (q) {
    Object.assign(hitsQuery, {
      attributesToCrop: [...SNIPPET_ATTRIBUTES],
      attributesToHighlight: [...SNIPPET_ATTRIBUTES],
      cropLength: CROP_LENGTH,
      cropMarker: CROP_MARKER,
      highlightPreTag: HIGHLIGHT_PRE_TAG,
      highlightPostTag: HIGHLIGHT_POST_TAG,
    });
  }
  const facetQueries = disjunctiveFacets.map((facet): MultiSearchQuery => ({
    ...common,
    filter: buildFilter(query.filters, query.near, facet),
    facets: [facet],
    limit: 0,
  }));
  return { queries: [hitsQuery, ...facetQueries], disjunctiveFacets, plainFacets };
}

/** Maps the `multiSearch` results (in the order `planSearch` sent them) to the contract's result. */
export function readSearchResults(
  plan: SearchPlan,
  query: SearchQuery,
  results: readonly MultiSearchResult<RecordAny>[],
): SearchResult {
  const [main, ...facetResults] = results;
  if (!main || facetResults.length !== plan.disjunctiveFacets.length) {
    throw new Error(`Meilisearch returned ${results.length} results for ${plan.queries.length} queries`);
  }
  const facets: SearchResult["facets"] = {};
  for (const facet of plan.plainFacets) facets[facet] = { ...main.facetDistribution?.[facet] };
  plan.disjunctiveFacets.forEach((facet, i) => {
    facets[facet] = { ...facetResults[i]!.facetDistribution?.[facet] };
  });
  return {
    hits: main.hits.map((hit) => fromMeiliHit(hit, query.near)),
    total: main.totalHits ?? main.estimatedTotalHits ?? 0,
    facets,
  };
}
