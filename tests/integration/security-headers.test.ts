import fs from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { ServerBuild } from "@remix-run/node";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../../scripts/serve";
import { createTestUser } from "../helpers/auth";
import { createSeededTestDb, useDbInApp } from "../helpers/db";

/**
 * The production HTTP server (Express + helmet) around the real app, on a real port: the
 * headers are set there, so they are checked there, on pages, on API answers and on redirects.
 */
let vite: ViteDevServer;
let server: Server;
let baseUrl: string;
let handle: Awaited<ReturnType<typeof createSeededTestDb>>;
let clientDir: string;

beforeAll(async () => {
  handle = await createSeededTestDb({ count: 20 });
  useDbInApp(handle.db);
  vite = await createServer({
    // No HMR websocket: test files run in parallel and would fight over its port.
    server: { middlewareMode: true, hmr: false, watch: null, ws: false },
    appType: "custom",
    logLevel: "error",
  });
  const build = (await vite.ssrLoadModule("virtual:remix/server-build")) as ServerBuild;
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), "maillage-client-"));
  server = createHttpApp(build, { clientDir, log: false }).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await vite?.close();
  handle?.cleanup();
  fs.rmSync(clientDir, { recursive: true, force: true });
});

function expectCommonHeaders(res: Response) {
  const csp = res.headers.get("Content-Security-Policy") ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("form-action 'self'");
  expect(csp).toMatch(/style-src 'self'(;|$)/);
  expect(csp).not.toContain("unsafe-inline");
  expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  expect(res.headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
  expect(res.headers.get("X-Frame-Options")).toBe("SAMEORIGIN");
  expect(res.headers.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
  expect(res.headers.get("Permissions-Policy")).toContain("camera=()");
  expect(res.headers.get("X-Powered-By")).toBeNull();
  return csp;
}

const nonceOf = (csp: string) => /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];

describe("security headers on every response", () => {
  it("pages: a fresh CSP nonce per response, carried by every <script> of the page", async () => {
    const nonces = new Set<string>();
    for (const pagePath of ["/", "/connexion", "/inscription", "/mot-de-passe-oublie"]) {
      const res = await fetch(baseUrl + pagePath);
      expect(res.status, pagePath).toBe(200);
      const nonce = nonceOf(expectCommonHeaders(res));
      expect(nonce, pagePath).toBeTruthy();
      nonces.add(nonce!);
      const html = await res.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, pagePath).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, pagePath).toContain(`nonce="${nonce}"`);
      // The CSP allows no inline styles: a style attribute would be ignored by browsers.
      expect(html, pagePath).not.toMatch(/<[^>]+\sstyle="/);
    }
    expect(nonces.size).toBe(4);
  });

  it("JSON API answers carry the same headers", async () => {
    const res = await fetch(`${baseUrl}/api/v1/enterprises`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/application\/json/);
    expectCommonHeaders(res);
  });

  it("errors and redirects carry them too", async () => {
    expectCommonHeaders(await fetch(`${baseUrl}/page-qui-nexiste-pas`));
    const redirect = await fetch(`${baseUrl}/compte`, { redirect: "manual" });
    expect(redirect.status).toBe(302);
    expectCommonHeaders(redirect);
  });

  it("the session cookie set at login is HttpOnly and SameSite=Lax (and not Secure over plain HTTP)", async () => {
    const user = await createTestUser(handle.db, { password: "mot de passe solide" });
    const res = await fetch(`${baseUrl}/connexion`, {
      method: "POST",
      body: new URLSearchParams({ email: user.email, password: "mot de passe solide" }),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      redirect: "manual",
    });
    expect(res.status).toBe(302);
    expectCommonHeaders(res);
    const session = res.headers.getSetCookie().find((c) => c.startsWith("__session="));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).toMatch(/;\s*Path=\//);
    expect(session).not.toMatch(/;\s*Secure/i);
    // The value is a signed id only: nothing about the user travels in the cookie.
    expect(decodeURIComponent(session!)).not.toContain(user.email);
  });
});
