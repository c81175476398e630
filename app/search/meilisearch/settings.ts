import type { Settings } from "meilisearch";
import { FACETS } from "../types";
import { STOP_WORDS, SYNONYM_GROUPS } from "../synonyms";

/** The index holding one document per published enterprise. */
export const INDEX_UID = "enterprises";

/** Most important first: Meilisearch's `attribute` rule ranks a match in `name` above one in `description`. */
export const SEARCHABLE_ATTRIBUTES = ["name", "legalName", "offerings", "categories", "description"] as const;

/** Folded copy of the name (see `sortKey`): Meilisearch sorts strings lexicographically, not by French collation. */
export const SORT_NAME_ATTRIBUTE = "sortName";

/**
 * Meilisearch's built-in rules in their default relative order, with `sort` moved first.
 * With `sort` in its default place (after `attribute`) a chosen sort only breaks relevance
 * ties, so "sort by name" or "nearest" with a text query would not be alphabetical or nearest
 * first; the SQLite engine sorts strictly and both engines must agree. Without a `sort`
 * parameter the rule does nothing, so relevance ranking is unchanged.
 */
export const RANKING_RULES = ["sort", "words", "typo", "proximity", "attribute", "exactness"] as const;

/** Municipalities (~1,300) are the largest facet; the default 100 would hide most of them. */
export const MAX_VALUES_PER_FACET = 2000;

/** Exact totals and deep pages for the whole directory (the benchmark seeds 100,000 listings). */
export const MAX_TOTAL_HITS = 200_000;

/**
 * Every member of a group maps to all the others. Meilisearch lower-cases and folds synonyms
 * itself, but we send them lower-cased so the stored setting reads the same as what we sent.
 */
export function buildSynonyms(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    const members = [...new Set(group.map((term) => term.toLowerCase().trim()))].filter(Boolean);
    for (const term of members) {
      const others = members.filter((other) => other !== term);
      // A term listed in two groups gets the union, so the mapping stays symmetric.
      synonyms[term] = [...new Set([...(synonyms[term] ?? []), ...others])];
    }
  }
  return synonyms;
}

/** The full settings object applied by `ensureIndex()`. */
export function buildSettings(): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...FACETS, "_geo"],
    sortableAttributes: [SORT_NAME_ATTRIBUTE, "_geo"],
    rankingRules: [...RANKING_RULES],
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    synonyms: buildSynonyms(),
    stopWords: [...STOP_WORDS].sort(),
    // Listings are written in French with English translations alongside; naming both keeps
    // Meilisearch from guessing another language on short fields.
    localizedAttributes: [{ attributePatterns: [...SEARCHABLE_ATTRIBUTES], locales: ["fra", "eng"] }],
  };
}
