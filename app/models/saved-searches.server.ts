import { and, asc, eq, gt, lte, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { enterprises, municipalities, savedSearches } from "#db/schema";
import { MAX_SAVED_SEARCHES, type AlertFrequency } from "~/domain/alerts/saved-search-schema";
import { parseSearchParams, type ParamProblem, type SearchParams } from "~/search/params";
import type { SearchService } from "~/search/service.server";
import { searchDirectory } from "./directory-search.server";

export type SavedSearch = typeof savedSearches.$inferSelect;

export class SavedSearchError extends Error {
  constructor(
    readonly code: "invalid_query" | "limit" | "duplicate",
    readonly problems: ParamProblem[] = [],
  ) {
    super(code);
  }
}

// Where the reader is in the results and how the page was reached are not part of what they look for.
const NOT_SAVED = new Set(["page", "perPage", "lng", "from", "expand"]);

/**
 * The directory query string to store: pagination and empty fields (the GET form sends
 * `near=&radiusKm=`) dropped, keys sorted so the same search is recognized twice, then
 * validated by the directory's own parameter schema.
 */
export function normalizeSavedQuery(
  raw: string,
): { ok: true; query: string; params: SearchParams } | { ok: false; problems: ParamProblem[] } {
  const input = new URLSearchParams(raw.trim().replace(/^\?/, ""));
  const kept = new URLSearchParams();
  for (const [key, value] of input) {
    if (NOT_SAVED.has(key) || value.trim() === "") continue;
    // The default sort is not a choice worth remembering.
    if (key === "sort" && value === "relevance") continue;
    kept.append(key, value.trim());
  }
  kept.sort();
  const parsed = parseSearchParams(kept);
  if (!parsed.ok) return parsed;
  return { ok: true, query: kept.toString(), params: parsed.params };
}

export function listSavedSearches(db: Db, userId: number): SavedSearch[] {
  return db
    .select()
    .from(savedSearches)
    .where(eq(savedSearches.userId, userId))
    .orderBy(asc(savedSearches.createdAt), asc(savedSearches.id))
    .all();
}

/** Saves a search for its owner; new listings are counted from now on. */
export function createSavedSearch(
  db: Db,
  userId: number,
  input: { name: string; query: string; frequency: AlertFrequency },
  now = new Date(),
): SavedSearch {
  const normalized = normalizeSavedQuery(input.query);
  if (!normalized.ok) throw new SavedSearchError("invalid_query", normalized.problems);
  return db.transaction((tx) => {
    const existing = tx
      .select({ query: savedSearches.query })
      .from(savedSearches)
      .where(eq(savedSearches.userId, userId))
      .all();
    if (existing.length >= MAX_SAVED_SEARCHES) throw new SavedSearchError("limit");
    if (existing.some((s) => s.query === normalized.query)) throw new SavedSearchError("duplicate");
    return tx
      .insert(savedSearches)
      .values({
        userId,
        name: input.name,
        query: normalized.query,
        frequency: input.frequency,
        lastCheckedAt: now,
        createdAt: now,
      })
      .returning()
      .get();
  });
}

/** Deletes one of the user's saved searches; false when it is not theirs (or gone). */
export function deleteSavedSearch(db: Db, userId: number, id: number): boolean {
  return (
    db
      .delete(savedSearches)
      .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
      .run().changes === 1
  );
}

export function setSavedSearchFrequency(db: Db, userId: number, id: number, frequency: AlertFrequency): boolean {
  return (
    db
      .update(savedSearches)
      .set({ frequency })
      .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
      .run().changes === 1
  );
}

export type NewListing = {
  id: number;
  slug: string;
  publicName: string;
  municipalityName: string;
  publishedAt: Date;
};

/**
 * Listings that match a saved search and were published after its last check (up to `now`).
 * The search engine decides what matches, exactly as on the directory page; the publication
 * date comes from the enterprises table. Newly published listings are few, so they are
 * looked up first and the engine is asked only when there are some.
 */
export async function findNewListings(
  db: Db,
  search: SearchService,
  saved: Pick<SavedSearch, "query" | "lastCheckedAt">,
  now = new Date(),
): Promise<NewListing[]> {
  const recent = db
    .select({
      id: enterprises.id,
      slug: enterprises.slug,
      publicName: enterprises.publicName,
      municipalityName: municipalities.name,
      publishedAt: enterprises.publishedAt,
    })
    .from(enterprises)
    .innerJoin(municipalities, eq(municipalities.code, enterprises.municipalityCode))
    .where(
      and(
        eq(enterprises.status, "published"),
        gt(enterprises.publishedAt, saved.lastCheckedAt),
        lte(enterprises.publishedAt, now),
      ),
    )
    .orderBy(asc(enterprises.publicName))
    .all();
  if (recent.length === 0) return [];

  const parsed = parseSearchParams(new URLSearchParams(saved.query));
  if (!parsed.ok) return [];
  const first = await searchDirectory(db, search, { ...parsed.params, page: 1, perPage: 1 });
  if (!first.ok || first.result.total === 0) return [];
  // Every match in one engine call (no facets): the new listings may sort anywhere in the results.
  const all = await search.search({ ...first.result.query, page: 1, perPage: first.result.total, facets: [] });
  const matching = new Set(all.hits.map((h) => h.id));
  return recent
    .filter((r) => matching.has(r.id))
    .map((r) => ({ ...r, publishedAt: r.publishedAt ?? saved.lastCheckedAt }));
}

/** How many saved searches a user has (the limit is checked again when saving). */
export function countSavedSearches(db: Db, userId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(savedSearches)
      .where(eq(savedSearches.userId, userId))
      .get()?.n ?? 0
  );
}
