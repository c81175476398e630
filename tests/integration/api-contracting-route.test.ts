// POST /api/v1/contracting-route through the real app: the module's answer as JSON, the same
// as the batch CLI's; bad input is a 4xx naming each problem, never a 500 (issue 4).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/app";
import { createTestDb, useDbInApp } from "../helpers/db";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PATH = "/api/v1/contracting-route";

let app: Awaited<ReturnType<typeof createTestApp>>;
let handle: ReturnType<typeof createTestDb>;

beforeAll(async () => {
  handle = createTestDb();
  useDbInApp(handle.db);
  app = await createTestApp();
}, 60_000);
afterAll(async () => {
  await app?.close();
  handle?.cleanup();
});

type Problem = { path: string; message: { fr: string; en: string } };

function post(body: unknown, contentType = "application/json") {
  return app.fetch(PATH, {
    method: "POST",
    headers: { "Content-Type": contentType },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function problemsOf(res: Response): Promise<Problem[]> {
  const json = (await res.json()) as { problems: Problem[] };
  return json.problems;
}

const MINISTRY = {
  buyer: "ministry",
  supplierStatus: "obnl",
  contractNature: "services",
  amountCad: 50_000,
  date: "2025-06-01",
};

describe("POST /api/v1/contracting-route", () => {
  it("answers a ministry buying $50,000 of services from a non-profit (LCOP s. 10: below the threshold)", async () => {
    const res = await post(MINISTRY);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const answer = (await res.json()) as Record<string, unknown> & {
      routes: { id: string; verdict: string }[];
      allowedRoutes: string[];
      amounts: { preTaxCad: number; comparedCad: number; basis: string };
    };
    expect(answer).toMatchObject({ regime: "lcop", date: "2025-06-01", rulesVersion: expect.any(String) });
    expect(answer.routes.map((r) => r.id)).toEqual([
      "direct_award",
      "invitation_tender",
      "reserved_tender",
      "open_public_tender",
    ]);
    expect(answer.routes.find((r) => r.id === "direct_award")?.verdict).toBe("allowed");
    expect(answer.allowedRoutes).toContain("direct_award");
    expect(answer.amounts).toMatchObject({ preTaxCad: 50_000, comparedCad: 50_000, basis: "pre_tax" });
  });

  it("gives a municipal buyer both amounts: pre-tax and with net taxes (LCV 573, 4.9875 %)", async () => {
    const res = await post({ ...MINISTRY, buyer: "municipality" });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { regime: string; amounts: Record<string, unknown> };
    expect(answer.regime).toBe("municipal");
    expect(answer.amounts).toMatchObject({
      preTaxCad: 50_000,
      comparedCad: 52_493.75,
      netTaxRate: 0.049875,
      basis: "net_taxes_included",
    });
  });

  it("names each invalid parameter, in French and English", async () => {
    const res = await post({
      buyer: "city_hall",
      supplierStatus: "charity",
      contractNature: "consulting",
      amountCad: -1,
      date: "2025-02-30",
      rgcAllowsDirectAward: "maybe",
      lcopSection13Exception: "because",
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const problems = await problemsOf(res);
    expect(problems.map((p) => p.path).sort()).toEqual(
      [
        "amountCad",
        "buyer",
        "contractNature",
        "date",
        "lcopSection13Exception",
        "rgcAllowsDirectAward",
        "supplierStatus",
      ].sort(),
    );
    for (const p of problems) {
      expect(p.message.fr).not.toBe("");
      expect(p.message.en).not.toBe("");
    }
  });

  it("names missing required parameters and a non-numeric amount", async () => {
    const missing = await problemsOf(await post({ amountCad: "50000" }));
    expect(missing.map((p) => p.path).sort()).toEqual(["amountCad", "buyer", "contractNature", "supplierStatus"]);
    expect(missing.find((p) => p.path === "buyer")?.message.en).toContain("required");
  });

  it("a body that is not an object is a 400 on the whole input", async () => {
    for (const body of ["[]", "42", "null", '"text"']) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      const problems = await problemsOf(res);
      expect(problems[0]?.path).toBe("");
    }
  });

  it("invalid JSON is a 400 with one problem on the whole body", async () => {
    const res = await post('{"buyer": "ministry",');
    expect(res.status).toBe(400);
    const problems = await problemsOf(res);
    expect(problems).toEqual([
      { path: "", message: { fr: expect.any(String), en: "The request body is not valid JSON." } },
    ]);
  });

  it("a body that is not JSON by its content type is a 415", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
      const res = await post(JSON.stringify(MINISTRY), type);
      expect(res.status, type).toBe(415);
      expect((await problemsOf(res))[0]?.path).toBe("");
    }
    const noType = await app.fetch(PATH, { method: "POST", body: new Blob([JSON.stringify(MINISTRY)]) });
    expect(noType.status).toBe(415);
    const charset = await post(MINISTRY, "application/json; charset=utf-8");
    expect(charset.status).toBe(200);
  });

  it("GET is a 405 that says to POST", async () => {
    const res = await app.fetch(PATH);
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe("POST");
    expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect((await problemsOf(res))[0]?.message.en).toContain("POST");
  });

  it("other methods are 405 too, and an oversized body is a 413", async () => {
    const put = await app.fetch(PATH, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(MINISTRY),
    });
    expect(put.status).toBe(405);
    expect(put.headers.get("Allow")).toBe("POST");
    const huge = await post({ ...MINISTRY, padding: "x".repeat(100_000) });
    expect(huge.status).toBe(413);
  });

  it("answers exactly what `npm run route` writes for the same input line", async () => {
    const inputs = [
      MINISTRY,
      { ...MINISTRY, buyer: "municipality", amountCad: 200_000, listedService: "no" },
      { ...MINISTRY, amountCad: 150_000, lcopSection13Exception: "public_interest" },
      { ...MINISTRY, buyer: "health_network", supplierStatus: "cooperative", contractNature: "supply" },
    ];
    const cli = spawnSync("npx", ["tsx", "scripts/route.ts"], {
      cwd: ROOT,
      input: inputs.map((i) => JSON.stringify(i)).join("\n") + "\n",
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(cli.status).toBe(0);
    const lines = cli.stdout.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(inputs.length);
    for (const [i, input] of inputs.entries()) {
      const res = await post(input);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(lines[i]);
    }
  }, 60_000);
});
