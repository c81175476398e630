import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";

// The embedded engine's copy of what is searchable; the FTS5 tables (custom migration
// 0002) hold the text. Rebuilt by `npm run search:reindex`.
export const searchDocuments = sqliteTable("search_documents", {
  id: integer("id").primaryKey(),
  slug: text("slug").notNull(),
  name: text("name").notNull(),
  facets: text("facets", { mode: "json" }).$type<Record<string, string[]>>().notNull(),
  lat: real("lat"),
  lon: real("lon"),
  /** The result card as JSON (`DocumentCard`); null only for a document indexed before cards were stored. */
  card: text("card"),
});

/** Bumped on every index write so another process's engine knows to reload. */
export const searchIndexState = sqliteTable("search_index_state", {
  id: integer("id").primaryKey(),
  version: integer("version").notNull(),
});

export const SEARCH_OPS = ["upsert", "delete"] as const;
export const SEARCH_ENGINES = ["sqlite", "meilisearch"] as const;
export type SearchEngineName = (typeof SEARCH_ENGINES)[number];

/**
 * Pending index operations, written in the same transaction as the listing change, so the
 * index never drifts from the database; a worker applies them and retries until acknowledged.
 */
export const searchOutbox = sqliteTable(
  "search_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    enterpriseId: integer("enterprise_id").notNull(),
    op: text("op", { enum: SEARCH_OPS }).notNull(),
    engine: text("engine", { enum: SEARCH_ENGINES }).notNull(),
    createdAt: createdAt(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }),
    doneAt: integer("done_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("search_outbox_pending_idx").on(t.engine, t.doneAt, t.id)],
);
