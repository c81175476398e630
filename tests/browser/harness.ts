import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** CI sets REQUIRE_BROWSER=1 so a missing Chromium fails instead of skipping. */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  const message = `Chromium not found at ${CHROMIUM_PATH}: browser tests skipped. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`;
  if (process.env.REQUIRE_BROWSER === "1") throw new Error(message);
  console.warn(message);
  return false;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** The test runner's own variables (Vite's BASE_URL, MODE…) must not leak into the server. */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "VITEST", "VITEST_POOL_ID", "VITEST_WORKER_ID", "TEST"])
    delete env[key];
  return env;
}

export type RunningPortal = {
  baseUrl: string;
  browser: Browser;
  /** The portal's SQLite file, for tests that read what it stored (e.g. the email outbox). */
  databaseFile: string;
  stop: () => Promise<void>;
  logs: () => string;
};

/**
 * Starts the portal exactly as a newcomer would (`npm start`: build if needed, migrate,
 * seed an empty database, serve) on a fresh database and a free port, plus a Chromium.
 */
export async function startPortal(): Promise<RunningPortal> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "maillage-browser-"));
  const databaseFile = path.join(dir, "portal.sqlite");
  const port = await freePort();
  let output = "";
  const server: ChildProcess = spawn("npx", ["tsx", "scripts/start.ts"], {
    cwd: process.cwd(),
    env: {
      ...childEnv(),
      PORT: String(port),
      DATABASE_URL: `file:${databaseFile}`,
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  server.stdout?.on("data", (d) => (output += d));
  server.stderr?.on("data", (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 200_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The portal exited early:\n${output}`);
    try {
      const res = await fetch(baseUrl + "/");
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The portal did not start in time:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    baseUrl,
    browser,
    databaseFile,
    logs: () => output,
    stop: async () => {
      await browser.close();
      if (server.pid) process.kill(-server.pid, "SIGTERM");
      await new Promise((r) => setTimeout(r, 200));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
