import { createRequestHandler, type AppLoadContext, type ServerBuild } from "@remix-run/node";
import { createServer, type ViteDevServer } from "vite";

/**
 * The real Remix app (routes, loaders, actions, rendering) compiled on the fly by Vite,
 * answering `Request`s in process: page tests need no build step and no open port.
 */
export async function createTestApp(): Promise<{
  /** `context` is what the HTTP server passes (e.g. `{ clientIp }` for rate limits). */
  fetch: (pathname: string, init?: RequestInit, context?: AppLoadContext) => Promise<Response>;
  close: () => Promise<void>;
}> {
  const vite: ViteDevServer = await createServer({
    // No HMR websocket: test files run in parallel and would fight over its port.
    server: { middlewareMode: true, hmr: false, watch: null, ws: false },
    appType: "custom",
    logLevel: "error",
  });
  const build = (await vite.ssrLoadModule("virtual:remix/server-build")) as ServerBuild;
  const handler = createRequestHandler(build, "development");
  return {
    fetch: (pathname, init, context) => handler(new Request(new URL(pathname, "http://localhost"), init), context),
    close: () => vite.close(),
  };
}

export async function textOf(response: Response): Promise<string> {
  return await response.text();
}
