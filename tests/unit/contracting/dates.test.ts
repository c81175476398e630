// Thresholds in force on the date of the call or contract (research note §1): the January 1
// switches of even years, the municipal switch of 2022-10-07, and dates outside the data.
import { describe, expect, it } from "vitest";
import {
  evaluateContractingRoutes,
  InvalidContractingInputError,
  todayInQuebec,
  tryEvaluateContractingRoutes,
} from "~/domain/contracting";
import { evaluate, preTaxNear, verdicts } from "./helpers";

describe("January 1 switch — LCOP s. 10 and C-19, r. 5, s. 1", () => {
  it("LCOP s. 10 — ministry supply of $31,000: public tender on 2023-12-31 (30,300), direct award on 2024-01-01 (33,400)", () => {
    const base = { buyer: "ministry", supplierStatus: "obnl", contractNature: "supply", amountCad: 31_000 } as const;
    expect(verdicts(evaluate({ ...base, date: "2023-12-31" })).direct_award).toBe("not_allowed");
    expect(verdicts(evaluate({ ...base, date: "2024-01-01" })).direct_award).toBe("allowed");
  });

  it("LCOP s. 10 — network services of $135,000: public tender on 2025-12-31 (133,800), below on 2026-01-01 (139,000)", () => {
    const base = {
      buyer: "health_network",
      supplierStatus: "cooperative",
      contractNature: "services",
      amountCad: 135_000,
    } as const;
    const dec31 = evaluate({ ...base, date: "2025-12-31" });
    const jan1 = evaluate({ ...base, date: "2026-01-01" });
    expect(dec31.allowedRoutes).not.toContain("direct_award");
    expect(jan1.allowedRoutes).toContain("direct_award");
    expect(dec31.thresholdsUsed[0]).toMatchObject({
      amountCad: 133_800,
      effectiveFrom: "2024-01-01",
      effectiveTo: "2025-12-31",
    });
    expect(jan1.thresholdsUsed[0]).toMatchObject({
      amountCad: 139_000,
      effectiveFrom: "2026-01-01",
      effectiveTo: "2027-12-31",
    });
  });

  it("C-19, r. 5, s. 1 — municipal expenditure of $125,000: public tender on 2023-12-31 (121,200), invitation on 2024-01-01 (133,800)", () => {
    const base = {
      buyer: "municipality",
      supplierStatus: "for_profit",
      contractNature: "supply",
      amountCad: preTaxNear(125_000),
    } as const;
    expect(evaluate({ ...base, date: "2023-12-31" }).allowedRoutes).toEqual(["open_public_tender"]);
    expect(verdicts(evaluate({ ...base, date: "2024-01-01" })).invitation_tender).toBe("allowed");
  });

  it("C-19, r. 5, s. 1 — municipal expenditure of $136,000: public tender on 2025-12-31, invitation on 2026-01-01", () => {
    const base = {
      buyer: "municipality",
      supplierStatus: "for_profit",
      contractNature: "services",
      amountCad: preTaxNear(136_000),
    } as const;
    expect(evaluate({ ...base, date: "2025-12-31" }).allowedRoutes).toEqual(["open_public_tender"]);
    expect(verdicts(evaluate({ ...base, date: "2026-01-01" })).invitation_tender).toBe("allowed");
  });

  it("C-19, r. 5, s. 1 (M.O. 2022-08-22) — 105,700 until 2022-10-06, 121,200 from 2022-10-07", () => {
    const base = {
      buyer: "municipality",
      supplierStatus: "for_profit",
      contractNature: "supply",
      amountCad: preTaxNear(110_000),
    } as const;
    expect(evaluate({ ...base, date: "2022-10-06" }).allowedRoutes).toEqual(["open_public_tender"]);
    expect(verdicts(evaluate({ ...base, date: "2022-10-07" })).invitation_tender).toBe("allowed");
  });
});

describe("Dates outside the data (2022-01-01 → 2027-12-31)", () => {
  const base = { buyer: "ministry", supplierStatus: "obnl", contractNature: "services", amountCad: 50_000 } as const;

  it("LCOP s. 10 — after 2027-12-31: last known thresholds used, with a warning that new ones probably apply", () => {
    const a = evaluate({ ...base, date: "2028-03-01" });
    expect(a.date).toBe("2028-03-01");
    expect(a.thresholdsUsed[0]).toMatchObject({ amountCad: 139_000, effectiveTo: "2027-12-31" });
    const warning = a.warnings.find((w) => w.id === "date_after_known_periods");
    expect(warning?.kind).toBe("uncertainty");
    expect(warning?.text.fr).toContain("1er mars 2028");
  });

  it("LCOP s. 10 — before 2022-01-01: a problem naming the date, not a guess", () => {
    const result = tryEvaluateContractingRoutes({ ...base, date: "2021-12-31" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.problems.map((p) => p.path)).toEqual(["date"]);
  });

  it("LCOP s. 10 — no date: today in Québec is used, and can be injected", () => {
    const a = evaluateContractingRoutes(base, { today: "2024-01-01" });
    expect(a.date).toBe("2024-01-01");
    expect(a.input.date).toBe("2024-01-01");
    const viaDate = evaluateContractingRoutes(base, { today: new Date("2024-01-01T04:30:00Z") });
    expect(viaDate.date).toBe("2023-12-31");
    expect(evaluateContractingRoutes({ ...base, date: null }, { today: "2025-05-05" }).date).toBe("2025-05-05");
  });

  it("Québec time zone — the January 1 switch happens at midnight in Montréal, not in UTC", () => {
    expect(todayInQuebec(new Date("2024-01-01T04:59:00Z"))).toBe("2023-12-31");
    expect(todayInQuebec(new Date("2024-01-01T05:00:00Z"))).toBe("2024-01-01");
  });

  it("LCOP s. 10 — an injected 'today' before the data is refused too", () => {
    expect(() => evaluateContractingRoutes(base, { today: "2020-01-01" })).toThrow(InvalidContractingInputError);
  });
});
