import type { Db } from "#db/client";
import type { SearchEngineName } from "#db/schema";
import { createMeilisearchEngine, type MeilisearchEngine } from "./meilisearch/engine.server";
import { processOutbox } from "./outbox.server";
import { createSqliteSearchEngine } from "./sqlite/engine.server";
import type { SearchEngine, SearchQuery, SearchResult } from "./types";

export type SearchService = {
  /** Engines that receive every index change (SQLite always: it is the fallback). */
  readonly engineNames: SearchEngineName[];
  engine(name: SearchEngineName): SearchEngine;
  search(query: SearchQuery): Promise<SearchResult & { engine: SearchEngineName }>;
  /** Applies pending index operations for every engine. */
  drainOutbox(): Promise<void>;
  startWorker(intervalMs?: number): void;
  stopWorker(): void;
};

// After Meilisearch fails, don't make every request wait on it again for this long.
const RETRY_MEILI_AFTER_MS = 30_000;

export function createSearchService(
  db: Db,
  options: { meiliHost?: string; meiliKey?: string; textCacheEntries?: number } = {},
): SearchService {
  const sqlite = createSqliteSearchEngine(db, { textCacheEntries: options.textCacheEntries });
  const meili: MeilisearchEngine | undefined = options.meiliHost
    ? createMeilisearchEngine({ host: options.meiliHost, apiKey: options.meiliKey, requestTimeoutMs: 2_000 })
    : undefined;
  let meiliDownUntil = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  let draining: Promise<void> | undefined;
  const engineNames: SearchEngineName[] = meili ? ["sqlite", "meilisearch"] : ["sqlite"];

  async function drain() {
    await processOutbox(db, "sqlite", sqlite);
    if (meili && Date.now() >= meiliDownUntil) {
      const { failed } = await processOutbox(db, "meilisearch", meili);
      if (failed > 0) meiliDownUntil = Date.now() + RETRY_MEILI_AFTER_MS;
    }
  }

  return {
    engineNames,
    engine: (name) => (name === "meilisearch" && meili ? meili : sqlite),
    async search(query) {
      if (meili && Date.now() >= meiliDownUntil) {
        try {
          return { ...(await meili.search(query)), engine: "meilisearch" };
        } catch (error) {
          meiliDownUntil = Date.now() + RETRY_MEILI_AFTER_MS;
          console.warn(
            `[search] Meilisearch unreachable (${error instanceof Error ? error.message : String(error)}); answering from the SQLite engine.`,
          );
        }
      }
      return { ...(await sqlite.search(query)), engine: "sqlite" };
    },
    drainOutbox() {
      // One drain at a time: the worker tick and a write's nudge may overlap.
      draining ??= drain().finally(() => (draining = undefined));
      return draining;
    },
    startWorker(intervalMs = 2_000) {
      if (timer) return;
      timer = setInterval(() => {
        this.drainOutbox().catch((error: unknown) => console.error("[search] outbox worker:", error));
      }, intervalMs);
      timer.unref();
    },
    stopWorker() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
