import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  plugins: [
    tailwindcss(),
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
        v3_routeConfig: true,
      },
    }),
    tsconfigPaths(),
  ],
  server: { port: Number(process.env.PORT ?? 3000) },
  // better-sqlite3 is a native module: keep it external to the server bundle.
  ssr: { external: ["better-sqlite3"] },
  // The dependency scan follows route imports into *.server modules; argon2's browser build
  // needs a WASM package we don't install (it never reaches the browser anyway).
  optimizeDeps: { exclude: ["@node-rs/argon2"] },
});
