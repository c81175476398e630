import { describe, expect, it } from "vitest";
import { evaluateContractingRoutes, ROUTE_IDS, SUPPLIER_STATUSES } from "~/domain/contracting";
import { simplerRouteStatuses } from "~/domain/matching";
import {
  contractingRouteTable,
  needRouteContext,
  simplerRouteFor,
  type RouteTableInput,
} from "~/domain/needs/route-table";

const input: RouteTableInput = {
  buyer: "municipality",
  contractNature: "services",
  amountCad: 60_000,
  date: "2026-06-01",
};

describe("the contracting-route table of a need", () => {
  it.each([
    input,
    { ...input, amountCad: 18_000 },
    { ...input, buyer: "ministry", contractNature: "supply", amountCad: 120_000 },
    { ...input, buyer: "health_network", contractNature: "construction", amountCad: 300_000 },
    { ...input, buyer: "education_network", amountCad: 24_000 },
  ] satisfies RouteTableInput[])("has one row per status equal to evaluateContractingRoutes (%o)", (i) => {
    const table = contractingRouteTable(i);
    expect(table.map((r) => r.status)).toEqual([...SUPPLIER_STATUSES]);
    for (const row of table) {
      const answer = evaluateContractingRoutes({ ...i, supplierStatus: row.status });
      expect(Object.keys(row.verdicts)).toEqual([...ROUTE_IDS]);
      for (const route of answer.routes) expect(row.verdicts[route.id]).toBe(route.verdict);
      expect(new URLSearchParams(row.procedureQuery).get("supplierStatus")).toBe(row.status);
      expect(Object.fromEntries(new URLSearchParams(row.procedureQuery))).toMatchObject({
        buyer: i.buyer,
        contractNature: i.contractNature,
        amountCad: String(i.amountCad),
        date: i.date,
      });
    }
  });

  it("names a simpler route exactly for the statuses matching calls simpler", () => {
    for (const i of [input, { ...input, amountCad: 120_000 }, { ...input, buyer: "ministry" as const }]) {
      const table = contractingRouteTable(i);
      const simpler = simplerRouteStatuses(i);
      for (const status of SUPPLIER_STATUSES) {
        expect([status, simplerRouteFor(table, status) !== undefined]).toEqual([status, simpler.has(status as never)]);
      }
    }
  });

  it("gives a municipal services contract with an OBNL a direct award without the for-profit's condition", () => {
    const table = contractingRouteTable(input);
    const obnl = table.find((r) => r.status === "obnl")!;
    const forProfit = table.find((r) => r.status === "for_profit")!;
    // A business needs the by-law (RGC) to allow it; an OBNL has the LCV 573.3 exception.
    expect(forProfit.verdicts.direct_award).toBe("conditional");
    expect(obnl.verdicts.direct_award).toBe("allowed");
    expect(simplerRouteFor(table, "obnl")).toBe("direct_award");
    expect(simplerRouteFor(table, "for_profit")).toBeUndefined();
  });
});

describe("needRouteContext", () => {
  const need = {
    organizationType: "municipality",
    contractNature: "services" as const,
    amountCad: 40_000,
    amountBand: null,
  };
  it("reads the organization's regime, the amount and the date", () => {
    expect(needRouteContext(need, "2026-06-01")).toEqual({
      state: "ready",
      input: { buyer: "municipality", contractNature: "services", amountCad: 40_000, date: "2026-06-01" },
      amountFromBand: false,
    });
  });
  it("uses the middle of the band and says so", () => {
    const c = needRouteContext({ ...need, amountCad: null, amountBand: "100k_500k" }, "2026-06-01");
    expect(c).toMatchObject({ state: "ready", input: { amountCad: 250_000 }, amountFromBand: true });
  });
  it("has no answer without an amount or outside the four regimes", () => {
    expect(needRouteContext({ ...need, amountCad: null }, "2026-06-01")).toEqual({ state: "no_amount" });
    expect(needRouteContext({ ...need, organizationType: "other" }, "2026-06-01")).toEqual({ state: "no_regime" });
  });
});
