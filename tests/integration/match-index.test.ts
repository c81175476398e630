import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enterprises } from "#db/schema";
import { MatchIndex, type MatchNeed } from "~/domain/matching";
import { getMatchIndex } from "~/lib/match-index.server";
import { loadMatchCandidates } from "~/models/match-candidates.server";
import { enqueueIndexing, processOutbox, reindexAll } from "~/search/outbox.server";
import { createSqliteSearchEngine } from "~/search/sqlite/engine.server";
import { createSeededTestDb } from "../helpers/db";

/**
 * The match index follows listing changes the search outbox applied without a rebuild (which
 * costs seconds at 100,000 listings), and rebuilds when something else moved the index.
 */
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
beforeAll(async () => {
  handle = await createSeededTestDb({ count: 300 });
}, 60_000);
afterAll(() => handle?.cleanup());

const need: MatchNeed = {
  buyer: "municipality",
  contractNature: "services",
  amountCad: 40_000,
  date: "2026-06-01",
  categories: [],
  groups: ["alimentation", "entretien"],
  deliveryRegions: [],
  words: ["traiteur", "entretien"],
};
const ranked = (index: MatchIndex) => index.rank(need, 500).map((m) => m.candidateId);
const fresh = () => ranked(new MatchIndex(loadMatchCandidates(handle.db)));

function change(id: number, status: "published" | "archived") {
  handle.db.transaction((tx) => {
    tx.update(enterprises).set({ status }).where(eq(enterprises.id, id)).run();
    enqueueIndexing(tx, [id], ["sqlite"]);
  });
}

describe("match index upkeep", () => {
  it("takes in applied listing changes without rebuilding, and ranks as a rebuilt index would", async () => {
    const engine = createSqliteSearchEngine(handle.db);
    const index = getMatchIndex(handle.db);
    expect(getMatchIndex(handle.db)).toBe(index);
    const [first, second] = ranked(index);
    expect(second).toBeDefined();

    change(first!, "archived");
    // Not applied yet: the search index has not moved, neither does matching.
    expect(ranked(getMatchIndex(handle.db))).toContain(first);
    await processOutbox(handle.db, "sqlite", engine);
    expect(getMatchIndex(handle.db)).toBe(index);
    expect(ranked(index)).not.toContain(first);
    expect(ranked(index)).toEqual(fresh());

    change(first!, "published");
    change(second!, "archived");
    await processOutbox(handle.db, "sqlite", engine);
    expect(getMatchIndex(handle.db)).toBe(index);
    expect(ranked(index)).toContain(first);
    expect(ranked(index)).not.toContain(second);
    expect(ranked(index)).toEqual(fresh());
    expect(index.retired).toBe(2); // the first archived, then the second; republished, the first took a new slot
    change(second!, "published");
    await processOutbox(handle.db, "sqlite", engine);
  });

  it("rebuilds after a reindex, and while changes are still waiting in the outbox", async () => {
    const engine = createSqliteSearchEngine(handle.db);
    const index = getMatchIndex(handle.db);
    await reindexAll(handle.db, "sqlite", engine);
    const rebuilt = getMatchIndex(handle.db);
    expect(rebuilt).not.toBe(index);
    expect(ranked(rebuilt)).toEqual(fresh());

    // Another process applied one change while a second one waits: take no partial step.
    const [a, b] = handle.db
      .all<{ id: number }>(sql`select id from enterprises where status = 'published' order by id limit 2`)
      .map((r) => r.id);
    change(a!, "archived");
    await processOutbox(handle.db, "sqlite", engine);
    change(b!, "archived");
    await engine.index([]); // moves the version, as any write of another process does
    const whilePending = getMatchIndex(handle.db);
    expect(whilePending).not.toBe(rebuilt);
    expect(ranked(whilePending)).not.toContain(a);
    await processOutbox(handle.db, "sqlite", engine);
    expect(ranked(getMatchIndex(handle.db))).toEqual(fresh());
  });
});
