import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * Opens a SQLite database with the pragmas the app relies on. SQLite specifics stay
 * here and in the search engine module so another drizzle backend can be added later.
 */
export function openDatabase(filename: string): Db {
  const sqlite = new Database(filename);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // WAL makes NORMAL durable enough for a web app and much faster than FULL.
  sqlite.pragma("synchronous = NORMAL");
  return drizzle(sqlite, { schema }) as Db;
}

/** `DATABASE_URL` may be a plain path or a `file:` URL. */
export function databasePathFromUrl(url: string): string {
  return url.startsWith("file:") ? url.slice("file:".length) : url;
}
