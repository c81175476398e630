import { createSearchService, type SearchService } from "~/search/service.server";
import { getDb } from "./db.server";
import { getEnv } from "./env.server";

declare global {
  var __maillageSearch: SearchService | undefined;
}

/** The process's search service, bound to the app database; its outbox worker runs in the background. */
export function getSearch(): SearchService {
  if (!globalThis.__maillageSearch) {
    const env = getEnv();
    const service = createSearchService(getDb(), {
      meiliHost: env.MEILI_HOST,
      meiliKey: env.MEILI_MASTER_KEY,
      textCacheEntries: env.SEARCH_TEXT_CACHE_ENTRIES,
    });
    if (env.NODE_ENV !== "test") service.startWorker();
    globalThis.__maillageSearch = service;
  }
  return globalThis.__maillageSearch;
}
