import { openDatabase, databasePathFromUrl } from "#db/client";
import { migrateDatabase } from "#db/migrate";
import { parseEnv } from "~/lib/env.server";

const env = parseEnv();
const file = databasePathFromUrl(env.DATABASE_URL);
const db = openDatabase(file);
migrateDatabase(db);
console.log(`Migrated ${file} and loaded the reference data.`);
db.$client.close();
