import { describe, expect, it } from "vitest";
import { parseEnv } from "~/lib/env.server";

describe("environment parsing", () => {
  it("applies defaults for a bare environment", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe("file:./data/maillage.sqlite");
    expect(env.MEILI_HOST).toBeUndefined();
    expect(env.SEARCH_TEXT_CACHE_ENTRIES).toBe(128);
  });

  it("reads the search text cache size, 0 turning it off, and explains a bad one", () => {
    expect(parseEnv({ SEARCH_TEXT_CACHE_ENTRIES: "0" }).SEARCH_TEXT_CACHE_ENTRIES).toBe(0);
    expect(() => parseEnv({ SEARCH_TEXT_CACHE_ENTRIES: "-1" })).toThrowError(
      /SEARCH_TEXT_CACHE_ENTRIES: SEARCH_TEXT_CACHE_ENTRIES must be 0 or more/,
    );
    expect(() => parseEnv({ SEARCH_TEXT_CACHE_ENTRIES: "1.5" })).toThrowError(/must be a whole number/);
  });

  it("explains every bad variable at once", () => {
    expect(() => parseEnv({ PORT: "http", MEILI_HOST: "not a url", SESSION_SECRET: "short" })).toThrowError(
      /PORT[\s\S]*SESSION_SECRET: SESSION_SECRET must be at least 32 characters[\s\S]*MEILI_HOST: MEILI_HOST must be a URL/,
    );
  });

  it("refuses the development secret in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrowError(/SESSION_SECRET: set a secret in production/);
    expect(parseEnv({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(40) }).NODE_ENV).toBe("production");
  });
});
