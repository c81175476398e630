import fs from "node:fs";
import path from "node:path";
import { databasePathFromUrl, openDatabase, type Db } from "#db/client";
import { getEnv } from "./env.server";

declare global {
  // Survives Vite dev-server reloads so one process keeps one connection.
  var __maillageDb: Db | undefined;
}

export function getDb(): Db {
  if (!globalThis.__maillageDb) {
    const file = databasePathFromUrl(getEnv().DATABASE_URL);
    if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    globalThis.__maillageDb = openDatabase(file);
  }
  return globalThis.__maillageDb;
}
