import { and, eq, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { shortlistEntries } from "#db/schema";
import type { Actor } from "~/domain/authz";
import { canManageNeed, getNeed, NeedError, type NeedRow } from "./needs.server";

/** The enterprise is neither matched to the need nor one that answered it. */
export class ShortlistError extends Error {
  constructor(readonly code: "not_candidate") {
    super(code);
  }
}

/** Needs whose shortlist can still change: a cancelled need has no invitation list to build. */
const OPEN_FOR_SHORTLIST: NeedRow["status"][] = ["published", "closed"];

/**
 * The enterprises a buyer may shortlist or award to: the matched ones (hub recommendations
 * included) and those that answered (a public need is open to any enterprise).
 */
export function shortlistCandidateIds(db: Db, needId: number): number[] {
  return db
    .all<{ id: number }>(
      sql`select enterprise_id as id from need_matches where need_id = ${needId}
          union select enterprise_id from need_responses where need_id = ${needId}
          order by 1`,
    )
    .map((r) => r.id);
}

function requireManagedNeed(db: Db, actor: Actor, needId: number): NeedRow {
  const need = getNeed(db, needId);
  if (!need) throw new NeedError("not_found");
  if (!canManageNeed(actor, need)) throw new NeedError("forbidden");
  return need;
}

/** Adds an enterprise to the need's shortlist (adding it twice changes nothing). */
export function addToShortlist(db: Db, actor: Actor, needId: number, enterpriseId: number, note?: string): void {
  const need = requireManagedNeed(db, actor, needId);
  if (!OPEN_FOR_SHORTLIST.includes(need.status)) throw new NeedError("invalid_state");
  if (!shortlistCandidateIds(db, needId).includes(enterpriseId)) throw new ShortlistError("not_candidate");
  db.insert(shortlistEntries)
    .values({ needId, enterpriseId, addedByUserId: actor.userId, note: note ?? null })
    .onConflictDoNothing()
    .run();
}

/** Removes an enterprise from the shortlist; false when it was not on it. */
export function removeFromShortlist(db: Db, actor: Actor, needId: number, enterpriseId: number): boolean {
  const need = requireManagedNeed(db, actor, needId);
  if (!OPEN_FOR_SHORTLIST.includes(need.status)) throw new NeedError("invalid_state");
  const result = db
    .delete(shortlistEntries)
    .where(and(eq(shortlistEntries.needId, needId), eq(shortlistEntries.enterpriseId, enterpriseId)))
    .run();
  return result.changes > 0;
}
