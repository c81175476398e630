import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db } from "./client";
import { loadReferenceData } from "./reference/load";

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/** Applies the committed migrations, then syncs the reference data (idempotent). */
export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder });
  loadReferenceData(db);
}
