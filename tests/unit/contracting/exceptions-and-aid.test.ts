// LCOP s. 13 and 13.1 exception routes (never applied by default) and financial aid, which is
// not a procurement contract (research note §2.1, §2.4).
import { describe, expect, it } from "vitest";
import { evaluate, verdicts } from "./helpers";

const lcop = {
  buyer: "education_network",
  supplierStatus: "obnl",
  contractNature: "services",
  amountCad: 250_000,
  date: "2025-09-01",
} as const;

describe("LCOP s. 13 — exception routes", () => {
  it("LCOP s. 13 — not applied by default: no exception route, direct award not allowed", () => {
    const a = evaluate(lcop);
    expect(a.exceptionRoutes).toEqual([]);
    expect(verdicts(a).direct_award).toBe("not_allowed");
  });

  it("LCOP s. 13(4) and 13.1 — public interest: chief executive authorization and 15-day SEAO notice", () => {
    const a = evaluate({ ...lcop, lcopSection13Exception: "public_interest" });
    expect(a.exceptionRoutes).toHaveLength(1);
    const ex = a.exceptionRoutes[0]!;
    expect(ex).toMatchObject({ id: "lcop_s13_exception", case: "public_interest", verdict: "conditional" });
    expect(ex.conditions.map((c) => c.id)).toEqual([
      "s13_public_interest_shown",
      "s13_chief_executive_authorization",
      "s13_1_seao_notice_15_days",
    ]);
    expect(ex.legalReferences.map((r) => r.article)).toEqual(["13", "13.1"]);
    expect(verdicts(a).direct_award).toBe("not_allowed");
    expect(a.allowedRoutes).not.toContain("direct_award");
  });

  it.each([
    ["emergency", ["s13_emergency_documented"]],
    ["sole_source", ["s13_sole_source_documented"]],
    ["confidential", ["s13_confidential_matter", "s13_chief_executive_authorization"]],
    ["regulation", ["s13_regulatory_case_named"]],
    ["yes", ["s13_case_identified"]],
  ] as const)("LCOP s. 13 — case %s has its own conditions", (declared, ids) => {
    const a = evaluate({ ...lcop, lcopSection13Exception: declared });
    expect(a.exceptionRoutes[0]!.conditions.map((c) => c.id)).toEqual(ids);
  });

  it("LCOP s. 13 — below the threshold the exception is shown but said to be unnecessary", () => {
    const a = evaluate({ ...lcop, amountCad: 20_000, lcopSection13Exception: "emergency" });
    expect(a.exceptionRoutes[0]!.reasons.some((r) => r.en.includes("already allowed"))).toBe(true);
  });

  it("LCOP s. 13 does not apply to municipal bodies (LCV 573.2 / CM 937 are not evaluated)", () => {
    const a = evaluate({ ...lcop, buyer: "municipality", lcopSection13Exception: "emergency" });
    expect(a.exceptionRoutes).toEqual([]);
    expect(a.warnings.map((w) => w.id)).toContain("lcop_s13_not_municipal");
  });
});

describe("Financial aid is not a procurement contract (C.A. 2017, research note §2.1)", () => {
  it.each(["ministry", "municipality"] as const)(
    "LCOP s. 1 / LCV 573 — aid to an OBNL (%s): routes do not apply",
    (buyer) => {
      const a = evaluate({ ...lcop, buyer, isFinancialAid: "yes" });
      expect(a.isProcurement).toBe(false);
      expect(a.procurementNote?.fr).toContain("aide financière");
      expect(a.routes).toHaveLength(4);
      expect(a.allowedRoutes).toEqual([]);
      expect(a.routes.every((r) => r.reasons.some((x) => x.en.includes("financial aid")))).toBe(true);
      expect(a.warnings.map((w) => w.id)).toContain("no_splitting");
    },
  );

  it("LCOP s. 1 — when unknown, the answer assumes a contract and says so for social-economy suppliers", () => {
    expect(evaluate(lcop).warnings.map((w) => w.id)).toContain("financial_aid_or_contract");
    expect(evaluate({ ...lcop, isFinancialAid: "no" }).warnings.map((w) => w.id)).not.toContain(
      "financial_aid_or_contract",
    );
  });
});
