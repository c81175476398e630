import type { Filter } from "meilisearch";
import { FACETS, type Facet, type SearchQuery } from "../types";
import { SORT_NAME_ATTRIBUTE } from "./settings";

/**
 * A radius larger than half the Earth's circumference: `near` without `radiusKm` keeps every
 * listing that has coordinates and leaves out those without, as the SQLite engine does.
 */
export const WHOLE_EARTH_METRES = 20_100_000;

/**
 * A string literal for a Meilisearch filter: double-quoted, with `\` and `"` backslash-escaped
 * (Meilisearch ≥ 1.4 unescapes both), so a value can never close the quote and add a clause.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function finite(n: number, what: string): string {
  if (!Number.isFinite(n)) throw new RangeError(`${what} must be a finite number, got ${n}`);
  return String(n);
}

export function geoRadius(lat: number, lon: number, metres: number): string {
  return `_geoRadius(${finite(lat, "latitude")}, ${finite(lon, "longitude")}, ${finite(Math.round(metres), "radius")})`;
}

/**
 * Filter in Meilisearch's array form: the outer array is AND-ed, an inner array OR-ed. So
 * values of one facet are alternatives and facets combine. `excludeFacet` leaves that facet's
 * own selection out, for its disjunctive counts. Only known facets are read, so a stray key
 * can never name another attribute. Returns `undefined` when nothing restricts the search.
 */
export function buildFilter(
  filters: SearchQuery["filters"],
  near?: SearchQuery["near"],
  excludeFacet?: Facet,
): Filter | undefined {
  const clauses: (string | string[])[] = [];
  for (const facet of FACETS) {
    if (facet === excludeFacet) continue;
    const values = [...new Set(filters[facet] ?? [])];
    if (values.length === 0) continue;
    const terms = values.map((value) => `${facet} = ${quoteFilterValue(value)}`);
    clauses.push(terms.length === 1 ? terms[0]! : terms);
  }
  if (near) {
    const metres = near.radiusKm === undefined ? WHOLE_EARTH_METRES : near.radiusKm * 1000;
    clauses.push(geoRadius(near.lat, near.lon, metres));
  }
  return clauses.length > 0 ? clauses : undefined;
}

/** Sort for a query: relevance needs none; distance needs a point, else it falls back to relevance. */
export function buildSort(query: Pick<SearchQuery, "sort" | "near">): string[] | undefined {
  switch (query.sort) {
    case "name":
      return [`${SORT_NAME_ATTRIBUTE}:asc`];
    case "distance":
      return query.near
        ? [`_geoPoint(${finite(query.near.lat, "latitude")}, ${finite(query.near.lon, "longitude")}):asc`]
        : undefined;
    case "relevance":
      return undefined;
  }
}
