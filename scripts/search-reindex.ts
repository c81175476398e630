/**
 * `npm run search:reindex [-- --engine sqlite|meilisearch|all]`: rebuilds search indexes from the database.
 */
import { parseArgs } from "node:util";
import { databasePathFromUrl, openDatabase } from "#db/client";
import { migrateDatabase } from "#db/migrate";
import type { SearchEngineName } from "#db/schema";
import { parseEnv } from "~/lib/env.server";
import { createMeilisearchEngine } from "~/search/meilisearch/engine.server";
import { reindexAll } from "~/search/outbox.server";
import { createSqliteSearchEngine } from "~/search/sqlite/engine.server";

const { values } = parseArgs({ options: { engine: { type: "string", default: "all" } } });
if (!["sqlite", "meilisearch", "all"].includes(values.engine)) {
  console.error("--engine must be sqlite, meilisearch or all");
  process.exit(2);
}
const env = parseEnv();
const db = openDatabase(databasePathFromUrl(env.DATABASE_URL));
migrateDatabase(db);

const wanted: SearchEngineName[] =
  values.engine === "all" ? ["sqlite", "meilisearch"] : [values.engine as SearchEngineName];
for (const name of wanted) {
  const started = performance.now();
  if (name === "meilisearch") {
    if (!env.MEILI_HOST) {
      if (values.engine === "meilisearch") {
        console.error("MEILI_HOST is not set: no Meilisearch index to rebuild.");
        process.exit(1);
      }
      continue;
    }
    const meili = createMeilisearchEngine({ host: env.MEILI_HOST, apiKey: env.MEILI_MASTER_KEY });
    await meili.ensureIndex();
    const n = await reindexAll(db, "meilisearch", meili);
    console.log(`meilisearch: ${n} listings indexed in ${Math.round(performance.now() - started)} ms`);
  } else {
    const n = await reindexAll(db, "sqlite", createSqliteSearchEngine(db));
    console.log(`sqlite: ${n} listings indexed in ${Math.round(performance.now() - started)} ms`);
  }
}
db.$client.close();
