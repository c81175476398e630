import { Meilisearch, type Task } from "meilisearch";
import type { SearchDocument, SearchEngine, SearchQuery, SearchResult } from "../types";
import { toMeiliDocument, type MeiliDocument } from "./documents";
import { planSearch, readSearchResults } from "./search-request";
import { buildSettings, INDEX_UID } from "./settings";
import { assertSucceeded, assertSucceededOrAbsent, isAlreadyExists } from "./tasks";

export type MeilisearchEngineOptions = {
  host: string;
  apiKey?: string;
  /** Defaults to `enterprises`; tests use a throwaway index. */
  indexUid?: string;
  /** Documents per `addDocuments` call. */
  batchSize?: number;
  /** How long to wait for Meilisearch to process a write. */
  taskTimeoutMs?: number;
  /** Per HTTP request: short, so a hung server fails fast and search falls back to SQLite. */
  requestTimeoutMs?: number;
};

export type MeilisearchEngine = SearchEngine & {
  readonly indexUid: string;
  /** Creates the index (primary key `id`) if missing and applies `buildSettings()`, waiting for both. */
  ensureIndex(): Promise<void>;
};

export function createMeilisearchEngine({
  host,
  apiKey,
  indexUid = INDEX_UID,
  batchSize = 1000,
  taskTimeoutMs = 120_000,
  requestTimeoutMs = 10_000,
}: MeilisearchEngineOptions): MeilisearchEngine {
  const client = new Meilisearch({
    host,
    apiKey,
    timeout: requestTimeoutMs,
    defaultWaitOptions: { timeout: taskTimeoutMs, interval: 50 },
  });
  const index = client.index<MeiliDocument>(indexUid);

  async function createAndConfigure(): Promise<void> {
    const created = await client.createIndex(indexUid, { primaryKey: "id" }).waitTask();
    if (!isAlreadyExists(created)) assertSucceeded(created, `creating index "${indexUid}"`);
    const configured = await index.updateSettings(buildSettings()).waitTask();
    assertSucceeded(configured, `applying settings to "${indexUid}"`);
  }

  // Writes make sure the index exists with its settings once per engine: documents added to a
  // missing index would create it without filterable attributes, and every filter would fail.
  let ready: Promise<void> | undefined;
  function ensureIndex(): Promise<void> {
    ready = createAndConfigure().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  }

  return {
    name: "meilisearch",
    indexUid,
    ensureIndex,

    async index(documents: SearchDocument[]): Promise<void> {
      if (documents.length === 0) return;
      await (ready ?? ensureIndex());
      // The last version of a document wins, as it would in the database.
      const latest = [...new Map(documents.map((doc) => [doc.id, doc])).values()].map(toMeiliDocument);
      // Enqueued one after the other so Meilisearch applies them in order, then awaited together.
      const enqueued = [];
      for (let i = 0; i < latest.length; i += batchSize) {
        enqueued.push(await index.addDocuments(latest.slice(i, i + batchSize), { primaryKey: "id" }));
      }
      const tasks: Task[] = await client.tasks.waitForTasks(enqueued);
      for (const task of tasks) assertSucceeded(task, `indexing documents into "${indexUid}"`);
    },

    async remove(ids: number[]): Promise<void> {
      if (ids.length === 0) return;
      const task = await index.deleteDocuments([...new Set(ids)]).waitTask();
      assertSucceededOrAbsent(task, `removing documents from "${indexUid}"`);
    },

    async clear(): Promise<void> {
      const task = await index.deleteAllDocuments().waitTask();
      assertSucceededOrAbsent(task, `clearing "${indexUid}"`);
    },

    async search(query: SearchQuery): Promise<SearchResult> {
      const plan = planSearch(indexUid, query);
      // One round trip for the hits and every disjunctive facet count.
      const { results } = await client.multiSearch({ queries: plan.queries });
      return readSearchResults(plan, query, results);
    },

    async health(): Promise<{ ok: boolean; detail?: string }> {
      try {
        await client.health();
        const stats = await index.getStats();
        const indexing = stats.isIndexing ? ", indexing" : "";
        return { ok: true, detail: `index "${indexUid}": ${stats.numberOfDocuments} documents${indexing}` };
      } catch (error) {
        return { ok: false, detail: `Meilisearch at ${host}: ${describeError(error)}` };
      }
    },
  };
}

/** The client's message plus its cause ("fetch failed: connect ECONNREFUSED"), for the logs. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const root = cause?.cause instanceof Error ? cause.cause : undefined;
  return [error.message, cause?.message, root?.message].filter(Boolean).join(": ");
}
