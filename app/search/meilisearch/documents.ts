import { z } from "zod";
import { FACETS, type Facet, type SearchDocument, type SearchHit, type SearchQuery } from "../types";
import { foldText } from "../text";
import { haversineKm } from "../geo";
import { documentCardSchema, type DocumentCard } from "../document-card";
import { hasHighlight, parseHighlighted, stripHighlightTags } from "./snippet";

/** What Meilisearch stores for one enterprise: text to search, one array per facet, `_geo` for distance. */
export type MeiliDocument = {
  id: number;
  slug: string;
  name: string;
  legalName: string;
  sortName: string;
  offerings: string;
  categories: string;
  description: string;
  /** Shown, not searched: not among the searchable attributes. */
  card: DocumentCard;
  _geo?: { lat: number; lng: number };
} & Record<Facet, string[]>;

/** Fields a hit must carry back; the snippet comes from `_formatted`. */
export const HIT_ATTRIBUTES = ["id", "slug", "card", "_geo"] as const;
export const SNIPPET_ATTRIBUTES = ["offerings", "description"] as const;

/**
 * Sort key for names. Meilisearch sorts strings lexicographically, not with a French collation:
 * folding puts "Économie" among the E's and "atelier" before "Bois" whatever its own
 * normalisation does, and zero-padded digit runs put "Atelier 9" before "Atelier 10", as the
 * SQLite engine's numeric collation does.
 */
export function sortKey(name: string): string {
  return foldText(name)
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\d+/g, (digits) => digits.padStart(10, "0"));
}

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, [...new Set(doc.facets[facet] ?? [])]])) as Record<
    Facet,
    string[]
  >;
  const out: MeiliDocument = {
    id: doc.id,
    slug: doc.slug,
    // Highlight tags are control characters; removing them here means only Meilisearch adds them.
    name: stripHighlightTags(doc.name),
    legalName: stripHighlightTags(doc.legalName),
    sortName: sortKey(doc.name),
    offerings: stripHighlightTags(doc.offerings),
    categories: stripHighlightTags(doc.categories),
    description: stripHighlightTags(doc.description),
    card: doc.card,
    ...facets,
  };
  if (doc.lat !== null && doc.lon !== null && Number.isFinite(doc.lat) && Number.isFinite(doc.lon)) {
    out._geo = { lat: doc.lat, lng: doc.lon };
  }
  return out;
}

const hitSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  _geo: z.object({ lat: z.coerce.number(), lng: z.coerce.number() }).nullish(),
  _geoDistance: z.number().nullish(),
  _formatted: z.object({ offerings: z.string().nullish(), description: z.string().nullish() }).partial().nullish(),
  // A document indexed before cards were stored has none (or an older shape): the caller reads the database.
  card: documentCardSchema.optional().catch(undefined),
});

/**
 * A Meilisearch hit as the contract's `SearchHit`. `distanceKm` comes from `_geoDistance`
 * (only sent when sorting by `_geoPoint`), otherwise from `_geo` when the query had a point.
 */
export function fromMeiliHit(raw: unknown, near?: SearchQuery["near"]): SearchHit {
  const hit = hitSchema.parse(raw);
  const result: SearchHit = { id: hit.id, slug: hit.slug, ...(hit.card ? { card: hit.card } : {}) };
  const km =
    typeof hit._geoDistance === "number"
      ? hit._geoDistance / 1000
      : near && hit._geo
        ? haversineKm(near.lat, near.lon, hit._geo.lat, hit._geo.lng)
        : undefined;
  // Tenths of a kilometre, like the SQLite engine: the API shows the same number either way.
  if (km !== undefined) result.distanceKm = Math.round(km * 10) / 10;
  for (const field of SNIPPET_ATTRIBUTES) {
    const formatted = hit._formatted?.[field];
    if (formatted && hasHighlight(formatted)) {
      result.snippet = parseHighlighted(formatted);
      break;
    }
  }
  return result;
}
