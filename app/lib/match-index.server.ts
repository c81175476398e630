import { sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { MatchIndex } from "~/domain/matching";
import { loadMatchCandidates } from "~/models/match-candidates.server";

type Cached = { db: Db; version: number; index: MatchIndex };
let cached: Cached | undefined;

/**
 * The match index of the published listings, rebuilt when the search index changed (every
 * listing change goes through it), so matching always sees what search sees.
 */
export function getMatchIndex(db: Db): MatchIndex {
  const version = db.get<{ version: number }>(sql`select version from search_index_state where id = 1`)?.version ?? 0;
  if (!cached || cached.db !== db || cached.version !== version) {
    cached = { db, version, index: new MatchIndex(loadMatchCandidates(db)) };
  }
  return cached.index;
}
