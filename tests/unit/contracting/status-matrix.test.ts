// Every supplier status × buyer combination, across natures, amounts and periods: the answer
// keeps its public shape (issue 4) whatever the facts.
import { describe, expect, it } from "vitest";
import { BUYERS, CONTRACT_NATURES, SUPPLIER_STATUSES, type ContractingAnswer } from "~/domain/contracting";
import { evaluate, ROUTES } from "./helpers";

const AMOUNTS = [0, 10_000, 30_000, 60_000, 130_000, 200_000, 400_000, 2_000_000, 20_000_000];
const DATES = ["2022-06-01", "2024-06-01", "2027-06-01"];

function checkShape(a: ContractingAnswer) {
  expect(a.routes.map((r) => r.id)).toEqual(ROUTES);
  expect(a.allowedRoutes).toEqual(a.routes.filter((r) => r.verdict !== "not_allowed").map((r) => r.id));
  for (const r of a.routes) {
    expect(r.verdict === "conditional").toBe(r.conditions.length > 0);
    expect(r.reasons.length).toBeGreaterThan(0);
    for (const ref of r.legalReferences) expect(ref.url).toMatch(/^https?:\/\//);
  }
  expect(a.routes.find((r) => r.id === "open_public_tender")!.verdict).toBe("allowed");
  expect(a.thresholdsUsed.length).toBeGreaterThan(0);
  expect(a.rulesVersion).toMatch(/\S/);
  expect(JSON.parse(JSON.stringify(a))).toEqual(a);
}

describe("Status × buyer — LCOP s. 1 (all private-law legal persons) and LCV 573 / CM 935", () => {
  const combos = BUYERS.flatMap((buyer) => SUPPLIER_STATUSES.map((supplierStatus) => ({ buyer, supplierStatus })));

  it.each(combos)(
    "LCOP s. 1 / LCV 573 — $supplierStatus supplier with a $buyer buyer: 4 routes, consistent verdicts, open tender always allowed",
    ({ buyer, supplierStatus }) => {
      for (const contractNature of CONTRACT_NATURES) {
        for (const amountCad of AMOUNTS) {
          for (const date of DATES) {
            const a = evaluate({ buyer, supplierStatus, contractNature, amountCad, date });
            checkShape(a);
            expect(a.regime).toBe(buyer === "municipality" ? "municipal" : "lcop");
            expect(a.isProcurement).toBe(true);
          }
        }
      }
    },
  );

  it.each(combos)(
    "LCOP s. 1 (since S.Q. 2012, c. 25) — $supplierStatus with $buyer: status never opens direct award at or above the threshold for public bodies",
    ({ buyer, supplierStatus }) => {
      if (buyer === "municipality") return;
      for (const contractNature of CONTRACT_NATURES) {
        const a = evaluate({ buyer, supplierStatus, contractNature, amountCad: 5_000_000, date: "2025-01-01" });
        expect(a.allowedRoutes).not.toContain("direct_award");
        expect(a.allowedRoutes).not.toContain("invitation_tender");
      }
    },
  );

  it("LCOP s. 1 — social-economy statuses get the 2012 notice, a for-profit does not", () => {
    const ids = (status: (typeof SUPPLIER_STATUSES)[number]) =>
      evaluate({
        buyer: "ministry",
        supplierStatus: status,
        contractNature: "services",
        amountCad: 5_000,
        date: "2025-01-01",
      }).warnings.map((w) => w.id);
    expect(ids("obnl")).toContain("lcop_covers_social_economy");
    expect(ids("mutual")).toContain("lcop_covers_social_economy");
    expect(ids("for_profit")).not.toContain("lcop_covers_social_economy");
  });
});
