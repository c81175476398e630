// LCV 573 / CM 935 (public tender from the threshold set under C-19, r. 5, s. 1) and
// LCV 573.1 / CM 936 (invitation from $25,000). The "dépense" includes net taxes (4.9875 %),
// so each case computes the pre-tax amount that lands at, one dollar below and above.
import { describe, expect, it } from "vitest";
import type { ContractNature, SupplierStatus } from "~/domain/contracting";
import { comparedCents, evaluate, preTaxNear, preTaxReaching, verdicts } from "./helpers";

const PERIODS = [
  { name: "2022 (before Oct 7)", dates: ["2022-01-01", "2022-10-06"], t: 105_700 },
  { name: "2022–23 (from Oct 7)", dates: ["2022-10-07", "2023-12-31"], t: 121_200 },
  { name: "2024–25", dates: ["2024-01-01", "2025-12-31"], t: 133_800 },
  { name: "2026–27", dates: ["2026-01-01", "2027-12-31"], t: 139_000 },
];
// Natures and statuses without any status-based exemption, so the ordinary rules show.
const ORDINARY: { nature: ContractNature; status: SupplierStatus }[] = [
  { nature: "supply", status: "obnl" },
  { nature: "services", status: "for_profit" },
  { nature: "construction", status: "obnl" },
  { nature: "residual_materials_services", status: "obnl" },
  { nature: "insurance", status: "cooperative" },
];

const cases = PERIODS.flatMap((p) =>
  p.dates.flatMap((date) => ORDINARY.map(({ nature, status }) => ({ ...p, date, nature, status }))),
);

describe("LCV 573 / CM 935 — municipal public tender threshold (net taxes included)", () => {
  describe.each(cases)("$nature ($status) on $date", ({ name, date, t, nature, status }) => {
    const base = { buyer: "municipality", supplierStatus: status, contractNature: nature, date } as const;

    it(`LCV 573.1, 573.3.1.2 — expenditure one dollar below ${t} (${name}): invitation, direct award only if the by-law allows`, () => {
      const amountCad = preTaxNear(t - 1);
      const a = evaluate({ ...base, amountCad });
      expect(Math.abs(a.amounts.comparedCad - (t - 1))).toBeLessThan(0.01);
      expect(a.amounts).toMatchObject({ preTaxCad: amountCad, netTaxRate: 0.049875, basis: "net_taxes_included" });
      expect(verdicts(a)).toEqual({
        direct_award: "conditional",
        invitation_tender: "allowed",
        reserved_tender: "conditional",
        open_public_tender: "allowed",
      });
      expect(a.routes[0]!.conditions.map((c) => c.id)).toEqual(["rgc_allows_direct_award"]);
    });

    it(`LCV 573 (« égale ou supérieure ») — expenditure reaching ${t} (${name}): public tender only; one cent less is below`, () => {
      const amountCad = preTaxReaching(t);
      const a = evaluate({ ...base, amountCad });
      expect(a.amounts.comparedCad).toBeGreaterThanOrEqual(t);
      expect(a.amounts.comparedCad).toBeLessThan(t + 0.02);
      expect(Math.round(a.amounts.comparedCad * 100)).toBe(comparedCents(Math.round(amountCad * 100)));
      expect(a.allowedRoutes).toEqual(["open_public_tender"]);
      const justBelow = evaluate({ ...base, amountCad: Math.round(amountCad * 100 - 1) / 100 });
      expect(justBelow.amounts.comparedCad).toBeLessThan(t);
      expect(verdicts(justBelow).invitation_tender).toBe("allowed");
    });

    it(`LCV 573 — expenditure one dollar above ${t} (${name}): public tender only`, () => {
      const a = evaluate({ ...base, amountCad: preTaxNear(t + 1) });
      expect(a.allowedRoutes).toEqual(["open_public_tender"]);
      expect(a.thresholdsUsed.find((x) => x.kind === "public_tender")!.amountCad).toBe(t);
    });

    it(`LCV 573.1 / CM 936 — $25,000 floor (${name}): below it every route is allowed, at it the invitation band starts`, () => {
      const below = evaluate({ ...base, amountCad: preTaxNear(24_999) });
      expect(below.allowedRoutes).toHaveLength(4);
      expect(new Set(Object.values(verdicts(below)))).toEqual(new Set(["allowed"]));
      const at = evaluate({ ...base, amountCad: preTaxReaching(25_000) });
      expect(at.amounts.comparedCad).toBeGreaterThanOrEqual(25_000);
      expect(verdicts(at).direct_award).toBe("conditional");
      const above = evaluate({ ...base, amountCad: preTaxNear(25_001) });
      expect(verdicts(above).invitation_tender).toBe("allowed");
      expect(verdicts(above).direct_award).toBe("conditional");
    });
  });
});

describe("LCV 573.3.1.2 / CM 938.1.2 — contract-management by-law in the invitation band", () => {
  const base = {
    buyer: "municipality",
    supplierStatus: "for_profit",
    contractNature: "services",
    amountCad: 60_000,
    date: "2025-01-15",
  } as const;
  it.each([
    ["yes", "allowed"],
    [true, "allowed"],
    ["no", "not_allowed"],
    [false, "not_allowed"],
    ["unknown", "conditional"],
  ] as const)("LCV 573.3.1.2 — rgcAllowsDirectAward=%s → direct award %s", (rgc, verdict) => {
    expect(verdicts(evaluate({ ...base, rgcAllowsDirectAward: rgc })).direct_award).toBe(verdict);
  });

  it("LCV 573.3.1.2 — the by-law does not open direct award at or above the public threshold", () => {
    const a = evaluate({ ...base, amountCad: 200_000, rgcAllowsDirectAward: "yes" });
    expect(verdicts(a).direct_award).toBe("not_allowed");
  });

  it("C-19, r. 5 — the municipal answer shows both the pre-tax and the compared figure", () => {
    const a = evaluate({ ...base, amountCad: 100_000 });
    expect(a.amounts.preTaxCad).toBe(100_000);
    expect(a.amounts.comparedCad).toBe(104_987.5);
    expect(a.amounts.explanation.fr).toContain("104\u00a0987,50\u00a0$");
    expect(a.amounts.sources.length).toBeGreaterThan(0);
  });
});
