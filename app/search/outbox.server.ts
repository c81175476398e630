import { and, asc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { searchOutbox, type SearchEngineName } from "#db/schema";
import { buildSearchDocuments } from "./documents.server";
import type { SearchEngine } from "./types";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Records that these listings changed, inside the caller's transaction: the worker then makes
 * every engine match the database (index a published listing, remove any other).
 */
export function enqueueIndexing(tx: Tx | Db, enterpriseIds: number[], engines: SearchEngineName[]): void {
  const rows = engines.flatMap((engine) =>
    enterpriseIds.map((enterpriseId) => ({ enterpriseId, engine, op: "upsert" as const })),
  );
  for (let i = 0; i < rows.length; i += 500)
    tx.insert(searchOutbox)
      .values(rows.slice(i, i + 500))
      .run();
}

const backoffMs = (attempts: number) => Math.min(5 * 60_000, 1000 * 2 ** attempts);

/** Applies pending operations for one engine; a failure is retried later with backoff. */
export async function processOutbox(
  db: Db,
  engineName: SearchEngineName,
  engine: SearchEngine,
  { batchSize = 500, now = new Date() }: { batchSize?: number; now?: Date } = {},
): Promise<{ applied: number; failed: number }> {
  const pending = db
    .select({ id: searchOutbox.id, enterpriseId: searchOutbox.enterpriseId, attempts: searchOutbox.attempts })
    .from(searchOutbox)
    .where(
      and(
        eq(searchOutbox.engine, engineName),
        isNull(searchOutbox.doneAt),
        or(isNull(searchOutbox.nextAttemptAt), lte(searchOutbox.nextAttemptAt, now)),
      ),
    )
    .orderBy(asc(searchOutbox.id))
    .limit(batchSize)
    .all();
  if (pending.length === 0) return { applied: 0, failed: 0 };

  const ids = [...new Set(pending.map((p) => p.enterpriseId))];
  const rowIds = pending.map((p) => p.id);
  try {
    const documents = buildSearchDocuments(db, ids);
    const published = new Set(documents.map((d) => d.id));
    if (documents.length > 0) await engine.index(documents);
    const gone = ids.filter((id) => !published.has(id));
    if (gone.length > 0) await engine.remove(gone);
    db.update(searchOutbox).set({ doneAt: new Date(), lastError: null }).where(inArray(searchOutbox.id, rowIds)).run();
    return { applied: pending.length, failed: 0 };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const attempts = Math.max(...pending.map((p) => p.attempts)) + 1;
    db.update(searchOutbox)
      .set({
        attempts: sql`${searchOutbox.attempts} + 1`,
        lastError: message.slice(0, 500),
        nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
      })
      .where(inArray(searchOutbox.id, rowIds))
      .run();
    return { applied: 0, failed: pending.length };
  }
}

export function pendingCount(db: Db, engineName: SearchEngineName): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(searchOutbox)
      .where(and(eq(searchOutbox.engine, engineName), isNull(searchOutbox.doneAt)))
      .get()?.n ?? 0
  );
}

/** Rebuilds an engine's index from the database; pending operations are superseded. */
export async function reindexAll(db: Db, engineName: SearchEngineName, engine: SearchEngine): Promise<number> {
  const startedAt = new Date();
  await engine.clear();
  const ids = db
    .all<{ id: number }>(sql`select id from enterprises where status = 'published' order by id`)
    .map((r) => r.id);
  for (let i = 0; i < ids.length; i += 2000) {
    await engine.index(buildSearchDocuments(db, ids.slice(i, i + 2000)));
  }
  db.update(searchOutbox)
    .set({ doneAt: new Date() })
    .where(
      and(eq(searchOutbox.engine, engineName), isNull(searchOutbox.doneAt), lte(searchOutbox.createdAt, startedAt)),
    )
    .run();
  return ids.length;
}
