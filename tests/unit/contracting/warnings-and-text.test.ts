// Warnings that always matter (LCOP s. 12, LCV 573.3.0.3 / CM 938.0.3; own policy), the §8
// uncertainties that touch an answer, and the quality of the French texts.
import { describe, expect, it } from "vitest";
import { BUYERS, CONTRACT_NATURES, SUPPLIER_STATUSES } from "~/domain/contracting";
import { allTexts, evaluate } from "./helpers";

const ids = (a: ReturnType<typeof evaluate>) => a.warnings.map((w) => w.id);

describe("Warnings that always matter", () => {
  it("LCOP s. 12 — splitting forbidden, and the body's own rules may be stricter", () => {
    const a = evaluate({
      buyer: "ministry",
      supplierStatus: "obnl",
      contractNature: "supply",
      amountCad: 10_000,
      date: "2025-01-01",
    });
    const split = a.warnings.find((w) => w.id === "no_splitting")!;
    expect(split.kind).toBe("rule");
    expect(split.text.fr).toContain("LCOP, art. 12");
    expect(ids(a)).toContain("own_policy_may_be_stricter");
  });

  it("LCV 573.3.0.3 / CM 938.0.3 — municipal splitting rule, with net-tax basis and LCOM uncertainties", () => {
    const a = evaluate({
      buyer: "municipality",
      supplierStatus: "obnl",
      contractNature: "supply",
      amountCad: 10_000,
      date: "2025-01-01",
    });
    expect(a.warnings.find((w) => w.id === "no_splitting")!.text.fr).toContain("LCV 573.3.0.3, CM 938.0.3");
    expect(a.warnings.find((w) => w.id === "municipal_net_tax_basis")?.researchItem).toBe(4);
    expect(a.warnings.find((w) => w.id === "municipal_lcom_renumbering")?.researchItem).toBe(10);
  });
});

describe("Uncertainties of the research note §8 that touch the answer", () => {
  it("§8 item 1 — 2024–25 LCOP thresholds are inferred: said so; the 2022–23 ones are not flagged", () => {
    const base = { buyer: "ministry", supplierStatus: "obnl", contractNature: "services", amountCad: 10_000 } as const;
    expect(evaluate({ ...base, date: "2024-05-01" }).warnings.some((w) => w.researchItem === 1)).toBe(true);
    expect(evaluate({ ...base, date: "2023-05-01" }).warnings.some((w) => w.researchItem === 1)).toBe(false);
  });

  it("§8 item 2 — the networks' construction threshold (AQNB, $100,000) is unconfirmed after 2020", () => {
    const a = evaluate({
      buyer: "education_network",
      supplierStatus: "cooperative",
      contractNature: "construction",
      amountCad: 90_000,
      date: "2023-05-01",
    });
    expect(a.thresholdsUsed[0]!.amountCad).toBe(100_000);
    expect(a.warnings.some((w) => w.researchItem === 2)).toBe(true);
  });

  it("§8 items 6 and 13 — LCOP below the threshold: directive content and reserved public call unsettled", () => {
    const a = evaluate({
      buyer: "ministry",
      supplierStatus: "obnl",
      contractNature: "services",
      amountCad: 10_000,
      date: "2025-01-01",
    });
    expect(ids(a)).toEqual(
      expect.arrayContaining(["lcop_below_threshold_obligations", "lcop_reserved_public_call_unsettled"]),
    );
  });

  it("§8 item 8 — municipal invitation band: the by-law provision's wording is only secondarily confirmed", () => {
    const a = evaluate({
      buyer: "municipality",
      supplierStatus: "obnl",
      contractNature: "supply",
      amountCad: 50_000,
      date: "2025-01-01",
    });
    expect(ids(a)).toContain("municipal_rgc_wording");
  });
});

describe("Language quality of every text (French first, Québec typography)", () => {
  const answers = BUYERS.flatMap((buyer) =>
    SUPPLIER_STATUSES.flatMap((supplierStatus) =>
      CONTRACT_NATURES.flatMap((contractNature) =>
        [10_000, 60_000, 300_000, 3_000_000].map((amountCad) =>
          evaluate({
            buyer,
            supplierStatus,
            contractNature,
            amountCad,
            date: "2026-03-01",
            lcopSection13Exception: "public_interest",
          }),
        ),
      ),
    ),
  );
  const texts = answers.flatMap(allTexts);

  it("every text has both French and English", () => {
    for (const t of texts) {
      expect(t.fr.trim().length).toBeGreaterThan(0);
      expect(t.en.trim().length).toBeGreaterThan(0);
    }
  });

  it("French uses the typographic apostrophe, no breakable space before « : » or « ; », inside guillemets or in digit groups", () => {
    for (const { fr } of texts) {
      expect(fr).not.toMatch(/'/);
      expect(fr).not.toMatch(/ [:;]/);
      expect(fr).not.toMatch(/« | »/);
      expect(fr).not.toMatch(/\d \d{3}/);
    }
  });

  it("French amounts are written the Québec way (133 800 $) and dates in words (1er janvier)", () => {
    const a = evaluate({
      buyer: "ministry",
      supplierStatus: "obnl",
      contractNature: "services",
      amountCad: 200_000,
      date: "2024-01-01",
    });
    const fr = a.routes[0]!.reasons[0]!.fr;
    expect(fr).toContain("133\u00a0800\u00a0$");
    expect(fr).toContain("1er janvier 2024");
    expect(a.routes[0]!.reasons[0]!.en).toContain("$133,800");
  });
});
