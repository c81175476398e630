// Rules are dated data: periods must chain without gap or overlap over the covered dates, and
// every row must carry its legal reference and source (issue 4).
import { describe, expect, it } from "vitest";
import {
  DATA_COVERAGE,
  MUNICIPAL_NET_TAX_RATES,
  PROVISIONS,
  referencesOn,
  THRESHOLDS,
  type ProvisionKey,
} from "~/domain/contracting";

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe("Threshold data (research note §5)", () => {
  const series = new Map<string, (typeof THRESHOLDS)[number][]>();
  for (const e of THRESHOLDS) {
    const key = `${e.kind}/${e.scope}/${e.nature}`;
    series.set(key, [...(series.get(key) ?? []), e]);
  }

  it.each([...series.keys()])(
    "C-19 r. 5 s. 1 / LCOP s. 10 — series %s covers 2022-01-01 → 2027-12-31 without gap or overlap",
    (key) => {
      const rows = [...series.get(key)!].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
      expect(rows[0]!.effectiveFrom).toBe(DATA_COVERAGE.from);
      for (let i = 1; i < rows.length; i += 1) {
        expect(rows[i]!.effectiveFrom).toBe(nextDay(rows[i - 1]!.effectiveTo!));
      }
      const last = rows.at(-1)!;
      expect(last.effectiveTo === null || last.effectiveTo >= DATA_COVERAGE.to).toBe(true);
    },
  );

  it("every threshold has an id, a source URL, a confidence and, unless high, a note", () => {
    expect(new Set(THRESHOLDS.map((t) => t.id)).size).toBe(THRESHOLDS.length);
    for (const t of THRESHOLDS) {
      expect(t.sourceUrl).toMatch(/^https?:\/\//);
      expect(t.amountCad).toBeGreaterThan(0);
      if (t.confidence !== "high") expect(t.confidenceNote).not.toBeNull();
    }
  });

  it("municipal net-tax rate is data with its sources (research note §1, §8 item 4)", () => {
    expect(MUNICIPAL_NET_TAX_RATES[0]!.rate).toBe(0.049875);
    expect(MUNICIPAL_NET_TAX_RATES[0]!.sources.length).toBeGreaterThan(0);
  });
});

describe("Legal references are dated data (LCOM renumbering is a data change)", () => {
  it("every provision resolves to at least one reference with a URL on every covered date", () => {
    for (const key of Object.keys(PROVISIONS) as ProvisionKey[]) {
      for (const date of [DATA_COVERAGE.from, "2025-06-01", DATA_COVERAGE.to]) {
        const refs = referencesOn(key, date);
        expect(refs.length).toBeGreaterThan(0);
        for (const r of refs) expect(r.url).toMatch(/^https?:\/\//);
      }
    }
  });

  it("LCV 573.3 / CM 938 — municipal articles are cited in both statutes", () => {
    const laws = referencesOn("muni.obnl_exception", "2025-06-01").map((r) => r.law);
    expect(laws).toEqual(["LCV", "CM"]);
  });
});
