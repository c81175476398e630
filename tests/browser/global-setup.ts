import { spawnSync } from "node:child_process";

/** Build once before the browser files run, so each file's `npm start` only serves. */
export default function setup() {
  if (!process.env.REQUIRE_BROWSER && !chromiumInstalled()) return;
  const result = spawnSync("npx", ["remix", "vite:build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("The production build failed; see the output above.");
}

function chromiumInstalled(): boolean {
  return spawnSync("test", ["-x", process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"]).status === 0;
}
