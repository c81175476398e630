/**
 * `npm start`: build if the sources changed, migrate, seed an empty database, then serve.
 * One command so a newcomer gets a working portal with demo data on a fresh machine.
 */
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { count, sql } from "drizzle-orm";
import { databasePathFromUrl, openDatabase } from "#db/client";
import { migrateDatabase } from "#db/migrate";
import { enterprises } from "#db/schema";
import { seedDatabase } from "#db/seed/seed";
import { parseEnv } from "~/lib/env.server";
import { reindexAll } from "~/search/outbox.server";
import { createSqliteSearchEngine } from "~/search/sqlite/engine.server";

const root = process.cwd();
const serverEntry = path.join(root, "build/server/index.js");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function buildIfNeeded() {
  const built = fs.existsSync(serverEntry) ? fs.statSync(serverEntry).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(path.join(root, "app")),
    newestMtime(path.join(root, "db/schema")),
    fs.statSync(path.join(root, "vite.config.ts")).mtimeMs,
  );
  if (built >= sources) return;
  console.log("Building the portal…");
  const result = spawnSync("npx", ["remix", "vite:build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Production refuses the development secret; a fresh machine gets a generated one kept beside the database. */
function ensureSessionSecret(databaseFile: string) {
  if (process.env.SESSION_SECRET) return;
  const secretFile = path.join(path.dirname(path.resolve(databaseFile)), ".session-secret");
  if (!fs.existsSync(secretFile)) {
    fs.writeFileSync(secretFile, crypto.randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  process.env.SESSION_SECRET = fs.readFileSync(secretFile, "utf8").trim();
}

process.env.NODE_ENV = "production";
const databaseFile = databasePathFromUrl(process.env.DATABASE_URL ?? "file:./data/maillage.sqlite");
fs.mkdirSync(path.dirname(path.resolve(databaseFile)), { recursive: true });
ensureSessionSecret(databaseFile);
const env = parseEnv();

buildIfNeeded();

const db = openDatabase(databaseFile);
migrateDatabase(db);
const existing = db.select({ n: count() }).from(enterprises).get()?.n ?? 0;
if (existing === 0) {
  console.log("Empty database: seeding demo data…");
  const summary = await seedDatabase(db, {});
  console.log(`Seeded ${summary.enterprises} enterprises, ${summary.users} demo accounts.`);
}
// A database that predates the search index (or was restored without it) gets it rebuilt.
const indexed = db.get<{ n: number }>(sql`select count(*) as n from search_documents`)?.n ?? 0;
const published = db.get<{ n: number }>(sql`select count(*) as n from enterprises where status = 'published'`)?.n ?? 0;
if (indexed === 0 && published > 0) {
  console.log("Building the search index…");
  await reindexAll(db, "sqlite", createSqliteSearchEngine(db));
}
db.$client.close();

const server = spawn(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/serve.ts")], {
  stdio: "inherit",
  env: { ...process.env, PORT: String(env.PORT), DATABASE_URL: env.DATABASE_URL },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
