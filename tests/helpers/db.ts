import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "#db/client";
import { migrateDatabase } from "#db/migrate";
import { seedDatabase, type SeedOptions } from "#db/seed/seed";

/** A real SQLite database in a temporary directory, freshly migrated with the reference data loaded. */
export function createTestDb(): { db: Db; file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "maillage-test-"));
  const file = path.join(dir, "test.sqlite");
  const db = openDatabase(file);
  migrateDatabase(db);
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Same, plus demo data (small by default so tests stay fast). */
export async function createSeededTestDb(options: SeedOptions = { count: 300 }) {
  const handle = createTestDb();
  await seedDatabase(handle.db, options);
  return handle;
}

/** Points the app's `getDb()` at a test database. */
export function useDbInApp(db: Db) {
  globalThis.__maillageDb = db;
  globalThis.__maillageSearch = undefined;
}
