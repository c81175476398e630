import { sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { MatchIndex } from "~/domain/matching";
import { loadMatchCandidates } from "~/models/match-candidates.server";

/** `outboxMark`: every `search_outbox` row (SQLite engine) up to this id was applied when the index was read. */
type Cached = { db: Db; version: number; outboxMark: number; index: MatchIndex };
let cached: Cached | undefined;

/** Past this share of changed listings, or of retired slots, a rebuild is the cheaper index. */
const REBUILD_SHARE = 0.05;

type State = { version: number; outboxMark: number; pending: boolean };

function readState(db: Db): State {
  const version = db.get<{ version: number }>(sql`select version from search_index_state where id = 1`)?.version ?? 0;
  // Both read the outbox's (engine, done_at, id) index or its primary key: no scan of applied rows.
  const firstPending = db.get<{ id: number }>(
    sql`select id from search_outbox where engine = 'sqlite' and done_at is null order by id limit 1`,
  )?.id;
  const last = db.get<{ id: number }>(sql`select max(id) as id from search_outbox`)?.id ?? 0;
  return {
    version,
    outboxMark: firstPending === undefined ? last : firstPending - 1,
    pending: firstPending !== undefined,
  };
}

function rebuild(db: Db, state: State): MatchIndex {
  const index = new MatchIndex(loadMatchCandidates(db));
  cached = { db, version: state.version, outboxMark: state.outboxMark, index };
  return index;
}

/**
 * The match index of the published listings, kept in step with the search index (every
 * listing change goes through it), so matching always sees what search sees. Changes the
 * search outbox has applied are taken in one by one: rebuilding costs seconds at 100,000
 * listings. Anything else that moved the index (a reindex, changes still in flight, many
 * changes at once) rebuilds it.
 */
export function getMatchIndex(db: Db): MatchIndex {
  const state = readState(db);
  if (!cached || cached.db !== db) return rebuild(db, state);
  if (cached.version === state.version) return cached.index;

  const changed =
    !state.pending && state.outboxMark > cached.outboxMark
      ? db
          .all<{ id: number }>(
            sql`select distinct enterprise_id as id from search_outbox
                where id > ${cached.outboxMark} and engine = 'sqlite'`,
          )
          .map((r) => r.id)
      : [];
  const { index } = cached;
  const limit = Math.max(50, index.size * REBUILD_SHARE);
  if (changed.length === 0 || changed.length > limit || index.retired + changed.length > limit) {
    return rebuild(db, state);
  }
  index.update(changed, loadMatchCandidates(db, changed));
  cached = { ...cached, version: state.version, outboxMark: state.outboxMark };
  return index;
}
