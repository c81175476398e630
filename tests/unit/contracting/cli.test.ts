// Batch CLI (`npm run --silent route` → tsx scripts/route.ts): JSON Lines in, one answer per
// line out; a bad line yields {"error": …} and the run continues (issue 4).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

function runCli(input: string) {
  const result = spawnSync("npx", ["tsx", "scripts/route.ts"], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { ...result, lines: result.stdout.split("\n").filter((l) => l !== "") };
}

describe("scripts/route.ts — batch CLI", () => {
  it("LCOP s. 10 and LCV 573 via the CLI — three lines, one bad: three output lines, the middle one is an error", () => {
    const input = [
      JSON.stringify({
        buyer: "ministry",
        supplierStatus: "obnl",
        contractNature: "services",
        amountCad: 50_000,
        date: "2025-03-01",
      }),
      JSON.stringify({ buyer: "city_hall", supplierStatus: "obnl", contractNature: "services", amountCad: -4 }),
      JSON.stringify({
        buyer: "municipality",
        supplierStatus: "obnl",
        contractNature: "insurance",
        amountCad: 5_000_000,
        date: "2025-03-01",
      }),
    ].join("\n");
    const { status, lines } = runCli(`${input}\n`);
    expect(status).toBe(0);
    expect(lines).toHaveLength(3);
    const [first, middle, last] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({ regime: "lcop", date: "2025-03-01" });
    expect(first!.allowedRoutes as string[]).toContain("direct_award");
    expect(Object.keys(middle!)).toEqual(["error"]);
    const problems = (middle!.error as { problems: { path: string }[] }).problems.map((p) => p.path);
    expect(problems).toEqual(["buyer", "amountCad"]);
    expect(last).toMatchObject({ regime: "municipal" });
    expect(last!.allowedRoutes as string[]).toHaveLength(4);
  }, 60_000);

  it("invalid JSON gives an error line; blank lines are skipped; CRLF is accepted", () => {
    const ok = JSON.stringify({
      buyer: "municipality",
      supplierStatus: "mutual",
      contractNature: "insurance",
      amountCad: 1000,
      date: "2024-02-01",
    });
    const { lines } = runCli(`\n{not json\r\n\r\n${ok}\r\n`);
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({ error: { line: 2, problems: [{ path: "" }] } });
    expect(JSON.parse(lines[1]!)).toMatchObject({ regime: "municipal" });
  }, 60_000);
});
