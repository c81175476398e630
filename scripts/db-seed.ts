/**
 * `npm run db:seed [-- --count N] [--reset] [--seed S] [--no-accounts]`
 * Seeds deterministic demo data; `--count 100000` builds benchmark-sized sets.
 */
import { parseArgs } from "node:util";
import { count } from "drizzle-orm";
import { databasePathFromUrl, openDatabase } from "#db/client";
import { migrateDatabase } from "#db/migrate";
import { enterprises } from "#db/schema";
import { clearDemoData, seedDatabase } from "#db/seed/seed";
import { parseEnv } from "~/lib/env.server";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "1500" },
    seed: { type: "string", default: "20111" },
    reset: { type: "boolean", default: false },
    "no-accounts": { type: "boolean", default: false },
  },
});
const total = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(total) || total < 1 || total > 1_000_000) {
  console.error("--count must be a whole number between 1 and 1,000,000");
  process.exit(2);
}
if (!Number.isInteger(seed)) {
  console.error("--seed must be a whole number");
  process.exit(2);
}

const file = databasePathFromUrl(parseEnv().DATABASE_URL);
const db = openDatabase(file);
migrateDatabase(db);
const existing = db.select({ n: count() }).from(enterprises).get()?.n ?? 0;
if (existing > 0 && !values.reset) {
  console.error(`${file} already holds ${existing} enterprises; run with --reset to replace the demo data.`);
  process.exit(1);
}
if (values.reset) clearDemoData(db);
const started = performance.now();
const summary = await seedDatabase(db, { count: total, seed, accounts: !values["no-accounts"] });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Seeded ${summary.enterprises} enterprises (${summary.published} published) and ${summary.users} demo accounts into ${file} in ${seconds} s.`,
);
db.$client.close();
