import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { enterprises, searchOutbox } from "#db/schema";
import { enqueueIndexing, pendingCount, processOutbox, reindexAll } from "~/search/outbox.server";
import { createSearchService } from "~/search/service.server";
import { createSqliteSearchEngine } from "~/search/sqlite/engine.server";
import type { SearchEngine, SearchQuery } from "~/search/types";
import { createSeededTestDb } from "../helpers/db";

let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
beforeAll(async () => {
  handle = await createSeededTestDb({ count: 200 });
}, 60_000);
afterAll(() => handle.cleanup());
afterEach(() => vi.restoreAllMocks());

const query = (over: Partial<SearchQuery> = {}): SearchQuery => ({
  q: "",
  filters: {},
  sort: "name",
  page: 1,
  perPage: 500,
  facets: [],
  ...over,
});

function publishedOne() {
  return handle.db.get<{ id: number; slug: string; public_name: string }>(
    sql`select id, slug, public_name from enterprises where status = 'published' order by id limit 1`,
  )!;
}

describe("search outbox", () => {
  it("the seed leaves the embedded index in step with the published listings", async () => {
    const engine = createSqliteSearchEngine(handle.db);
    const published = handle.db.get<{ n: number }>(
      sql`select count(*) n from enterprises where status = 'published'`,
    )!.n;
    expect((await engine.search(query())).total).toBe(published);
  });

  it("a change recorded in the listing's transaction reaches the index when the worker runs", async () => {
    const engine = createSqliteSearchEngine(handle.db);
    const e = publishedOne();
    handle.db.transaction((tx) => {
      tx.update(enterprises).set({ publicName: "Zéphyrine Coopérative Témoin" }).where(eq(enterprises.id, e.id)).run();
      enqueueIndexing(tx, [e.id], ["sqlite"]);
    });
    expect((await engine.search(query({ q: "zephyrine" }))).total).toBe(0);
    expect(await processOutbox(handle.db, "sqlite", engine)).toEqual({ applied: 1, failed: 0 });
    const found = await engine.search(query({ q: "zephyrine" }));
    expect(found.hits.map((h) => h.id)).toEqual([e.id]);
    expect(pendingCount(handle.db, "sqlite")).toBe(0);
  });

  it("archiving removes the listing from the index", async () => {
    const engine = createSqliteSearchEngine(handle.db);
    const e = publishedOne();
    handle.db.transaction((tx) => {
      tx.update(enterprises).set({ status: "archived" }).where(eq(enterprises.id, e.id)).run();
      enqueueIndexing(tx, [e.id], ["sqlite"]);
    });
    await processOutbox(handle.db, "sqlite", engine);
    expect((await engine.search(query())).hits.some((h) => h.id === e.id)).toBe(false);
    handle.db.update(enterprises).set({ status: "published" }).where(eq(enterprises.id, e.id)).run();
    enqueueIndexing(handle.db, [e.id], ["sqlite"]);
    await processOutbox(handle.db, "sqlite", engine);
    expect((await engine.search(query())).hits.some((h) => h.id === e.id)).toBe(true);
  });

  it("keeps a failed operation and retries it after a backoff until the engine acknowledges it", async () => {
    const sqlite = createSqliteSearchEngine(handle.db);
    let down = true;
    const flaky: SearchEngine = {
      ...sqlite,
      name: "meilisearch",
      index: async (docs) => {
        if (down) throw new Error("connect ECONNREFUSED");
        await sqlite.index(docs);
      },
    };
    const e = publishedOne();
    enqueueIndexing(handle.db, [e.id], ["meilisearch"]);
    const now = new Date();
    expect(await processOutbox(handle.db, "meilisearch", flaky, { now })).toEqual({ applied: 0, failed: 1 });
    const row = handle.db.select().from(searchOutbox).where(eq(searchOutbox.engine, "meilisearch")).get()!;
    expect(row).toMatchObject({ attempts: 1, lastError: "connect ECONNREFUSED", doneAt: null });
    expect(row.nextAttemptAt!.getTime()).toBeGreaterThan(now.getTime());
    // Not yet due: nothing is attempted.
    expect(await processOutbox(handle.db, "meilisearch", flaky, { now })).toEqual({ applied: 0, failed: 0 });
    down = false;
    const later = new Date(now.getTime() + 10 * 60_000);
    expect(await processOutbox(handle.db, "meilisearch", flaky, { now: later })).toEqual({ applied: 1, failed: 0 });
    expect(pendingCount(handle.db, "meilisearch")).toBe(0);
  });

  it("reindexAll rebuilds the index from the database and supersedes pending operations", async () => {
    const engine = createSqliteSearchEngine(handle.db);
    await engine.clear();
    expect((await engine.search(query())).total).toBe(0);
    enqueueIndexing(handle.db, [publishedOne().id], ["sqlite"]);
    const n = await reindexAll(handle.db, "sqlite", engine);
    expect((await engine.search(query())).total).toBe(n);
    expect(pendingCount(handle.db, "sqlite")).toBe(0);
  });

  it("another connection's engine sees index changes (a reindex from the command line)", async () => {
    const first = createSqliteSearchEngine(handle.db);
    const before = (await first.search(query())).total;
    const second = createSqliteSearchEngine(handle.db);
    await second.remove([publishedOne().id]);
    expect((await first.search(query())).total).toBe(before - 1);
    await reindexAll(handle.db, "sqlite", second);
  });
});

describe("the embedded engine's text cache", () => {
  const mix: Partial<SearchQuery>[] = [
    { q: "traiteur", sort: "relevance", facets: ["serves", "status", "category"] },
    { q: "traiteur", sort: "relevance", filters: { status: ["cooperative"] }, facets: ["serves", "status"] },
    { q: "traiteur", sort: "name", page: 2, perPage: 5 },
    { q: "recyclage", sort: "relevance", filters: { serves: ["06", "04"] }, perPage: 10 },
    { q: "traiteir", sort: "relevance" }, // typo fallback, with its corrected terms
    { q: "entretien menager", sort: "relevance", page: 3, perPage: 4, facets: ["group"] },
    // The same listings again, in other pages and orders: their excerpts come from the match's memo.
    { q: "traiteur", sort: "name", page: 1, perPage: 12 },
    { q: "traiteur", sort: "relevance", filters: { serves: ["06"] } },
    // More listings than a match keeps excerpts for.
    ...[1, 2, 3].map((page) => ({ q: "service", sort: "name" as const, page, perPage: 100 })),
  ];

  it("answers exactly as an engine without it, first time and from the cache", async () => {
    const cached = createSqliteSearchEngine(handle.db);
    const uncached = createSqliteSearchEngine(handle.db, { textCacheEntries: 0 });
    for (let round = 0; round < 2; round++) {
      for (const over of mix) expect(await cached.search(query(over))).toEqual(await uncached.search(query(over)));
    }
    expect((await cached.search(query(mix[4]))).correctedTerms).toEqual(["traiteur"]);
  });

  it("makes excerpts from a listing's current text after it changes", async () => {
    const engine = createSqliteSearchEngine(handle.db);
    const e = publishedOne();
    const excerpt = async () =>
      (await engine.search(query({ q: "zinzolin", sort: "relevance" }))).hits
        .find((h) => h.id === e.id)
        ?.snippet?.map((p) => p.text)
        .join("");
    const describe = async (text: string) => {
      handle.db.transaction((tx) => {
        tx.update(enterprises).set({ missionFr: text }).where(eq(enterprises.id, e.id)).run();
        enqueueIndexing(tx, [e.id], ["sqlite"]);
      });
      await processOutbox(handle.db, "sqlite", engine);
    };
    await describe("Teinture zinzolin pour les textiles.");
    expect(await excerpt()).toContain("Teinture zinzolin");
    expect(await excerpt()).toContain("Teinture zinzolin");
    await describe("Nouvelle gamme zinzolin et indigo.");
    expect(await excerpt()).toContain("Nouvelle gamme zinzolin");
  });

  it("never answers from before an index change, its own or another process's", async () => {
    const engine = createSqliteSearchEngine(handle.db);
    const e = publishedOne();
    const find = async () =>
      (await engine.search(query({ q: "quokkaphile", sort: "relevance" }))).hits.map((h) => h.id);
    expect(await find()).toEqual([]);

    handle.db.transaction((tx) => {
      tx.update(enterprises).set({ publicName: "Quokkaphile Coopérative" }).where(eq(enterprises.id, e.id)).run();
      enqueueIndexing(tx, [e.id], ["sqlite"]);
    });
    await processOutbox(handle.db, "sqlite", engine);
    expect(await find()).toEqual([e.id]);

    // Another engine (another process, e.g. `npm run search:reindex`) removes it.
    await createSqliteSearchEngine(handle.db).remove([e.id]);
    expect(await find()).toEqual([]);

    handle.db.update(enterprises).set({ publicName: e.public_name }).where(eq(enterprises.id, e.id)).run();
    await reindexAll(handle.db, "sqlite", engine);
    expect(await find()).toEqual([]);
  });
});

describe("search service with Meilisearch unreachable", () => {
  it("answers from the SQLite engine and says so in the logs", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    const service = createSearchService(handle.db, { meiliHost: "http://127.0.0.1:9" });
    expect(service.engineNames).toEqual(["sqlite", "meilisearch"]);
    const result = await service.search(query({ q: "recyclage" }));
    expect(result.engine).toBe("sqlite");
    expect(result.total).toBeGreaterThan(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("Meilisearch unreachable"));
  });

  it("keeps Meilisearch operations pending while the SQLite index catches up", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const service = createSearchService(handle.db, { meiliHost: "http://127.0.0.1:9" });
    const e = publishedOne();
    enqueueIndexing(handle.db, [e.id], service.engineNames);
    await service.drainOutbox();
    expect(pendingCount(handle.db, "sqlite")).toBe(0);
    expect(pendingCount(handle.db, "meilisearch")).toBeGreaterThan(0);
  });
});
