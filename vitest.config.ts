import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

// Two projects so `npm run test:unit` stays fast and the browser suite (which
// builds and starts the real server) runs on its own, one file at a time.
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.{ts,tsx}"],
          environment: "node",
          setupFiles: ["tests/setup/env.ts"],
          pool: "forks",
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          // One portal and one Chromium at a time: two cores, and each file builds and serves the app.
          pool: "forks",
          poolOptions: { forks: { singleFork: true } },
          globalSetup: ["tests/browser/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
