/**
 * The search contract every engine implements (SQLite FTS5 by default, Meilisearch when
 * MEILI_HOST is set). Pure types: no engine, Remix or database import.
 */

import type { DocumentCard } from "./document-card";

export const FACETS = [
  "serves",
  "region",
  "mrc",
  "municipality",
  "group",
  "category",
  "status",
  "label",
  "purpose",
  "workforce",
] as const;
export type Facet = (typeof FACETS)[number];

/** What an engine stores for one published enterprise. */
export type SearchDocument = {
  id: number;
  slug: string;
  name: string;
  legalName: string;
  /** Offering names and descriptions, French and English. */
  offerings: string;
  /** Category names and keywords, French and English. */
  categories: string;
  /** Mission and description, French and English. */
  description: string;
  /** Filter values by facet; `serves` holds every region the service area reaches. */
  facets: Record<Facet, string[]>;
  lat: number | null;
  lon: number | null;
  /** What its result card shows. */
  card: DocumentCard;
};

export type SearchSort = "relevance" | "name" | "distance";

export type SearchQuery = {
  q: string;
  /** OR within a facet, AND across facets. */
  filters: Partial<Record<Facet, string[]>>;
  near?: { lat: number; lon: number; radiusKm?: number };
  sort: SearchSort;
  page: number;
  perPage: number;
  /** Facets to count for the current query (each ignoring its own selection). */
  facets: Facet[];
};

export type SnippetPart = { text: string; match: boolean };

export type SearchHit = {
  id: number;
  slug: string;
  distanceKm?: number;
  /** The best-matching offering or description excerpt, highlighted. */
  snippet?: SnippetPart[];
  /** The document's card; absent when the engine holds a document indexed before cards were stored. */
  card?: DocumentCard;
};

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  facets: Partial<Record<Facet, Record<string, number>>>;
  /** Set when the typo-tolerant fallback widened the query. */
  correctedTerms?: string[];
};

export interface SearchEngine {
  readonly name: "sqlite" | "meilisearch";
  index(documents: SearchDocument[]): Promise<void>;
  remove(ids: number[]): Promise<void>;
  /** Drops every document (before a full reindex). */
  clear(): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  health(): Promise<{ ok: boolean; detail?: string }>;
}
