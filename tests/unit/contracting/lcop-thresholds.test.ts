// LCOP s. 10: public tender from the minimum threshold of any intergovernmental agreement,
// compared with the pre-tax amount. Every threshold at, one dollar below and one dollar above,
// for each public-body buyer, each nature and each period (research note §5).
import { describe, expect, it } from "vitest";
import type { Buyer, ContractNature } from "~/domain/contracting";
import { evaluate, verdicts } from "./helpers";

interface Period {
  name: string;
  dates: [string, string];
  goods: number;
  services: number;
  ceta: number;
  cetaWorks: number;
}
const PERIODS: Period[] = [
  {
    name: "2022–23",
    dates: ["2022-01-01", "2023-12-31"],
    goods: 30_300,
    services: 121_200,
    ceta: 366_800,
    cetaWorks: 9_100_000,
  },
  {
    name: "2024–25",
    dates: ["2024-01-01", "2025-12-31"],
    goods: 33_400,
    services: 133_800,
    ceta: 353_000,
    cetaWorks: 8_800_000,
  },
  {
    name: "2026–27",
    dates: ["2026-01-01", "2027-12-31"],
    goods: 34_700,
    services: 139_000,
    ceta: 368_000,
    cetaWorks: 9_200_000,
  },
];
const LCOP_BUYERS: Buyer[] = ["ministry", "health_network", "education_network"];
const NATURES: ContractNature[] = ["supply", "services", "construction", "residual_materials_services", "insurance"];

/** Expected threshold; insurance and residual-materials services are services (LCOP s. 3). */
function expectedThreshold(buyer: Buyer, nature: ContractNature, p: Period): number {
  const network = buyer !== "ministry";
  if (nature === "construction") return network ? 100_000 : p.services; // AQNB, not indexed
  if (nature === "supply") return network ? p.services : p.goods;
  return p.services;
}

const BILL_12 = "2022-12-02";

const cases = PERIODS.flatMap((p) =>
  p.dates.flatMap((date) =>
    LCOP_BUYERS.flatMap((buyer) =>
      NATURES.map((nature) => ({ p, date, buyer, nature, t: expectedThreshold(buyer, nature, p) })),
    ),
  ),
);

describe("LCOP s. 10 — public tender threshold (pre-tax)", () => {
  describe.each(cases)("$buyer $nature on $date", ({ p, date, buyer, nature, t }) => {
    const base = { buyer, supplierStatus: "for_profit", contractNature: nature, date } as const;

    it(`LCOP s. 10, s. 14 — one dollar below ${t} (${p.name}): direct award and invitation allowed`, () => {
      const a = evaluate({ ...base, amountCad: t - 1 });
      expect(verdicts(a)).toEqual({
        direct_award: "allowed",
        invitation_tender: "allowed",
        reserved_tender: "conditional",
        open_public_tender: "allowed",
      });
      expect(a.amounts).toMatchObject({ preTaxCad: t - 1, comparedCad: t - 1, basis: "pre_tax", netTaxRate: null });
      expect(a.thresholdsUsed[0]).toMatchObject({ kind: "public_tender", amountCad: t });
    });

    it(`LCOP s. 10 (≥ triggers) — exactly ${t} (${p.name}): open public tender required`, () => {
      const a = evaluate({ ...base, amountCad: t });
      expect(verdicts(a)).toEqual({
        direct_award: "not_allowed",
        invitation_tender: "not_allowed",
        reserved_tender: date >= BILL_12 ? "conditional" : "not_allowed",
        open_public_tender: "allowed",
      });
      expect(a.allowedRoutes).toContain("open_public_tender");
      expect(a.allowedRoutes).not.toContain("direct_award");
    });

    it(`LCOP s. 10 — one dollar above ${t} (${p.name}): open public tender required`, () => {
      const a = evaluate({ ...base, amountCad: t + 1 });
      expect(verdicts(a).direct_award).toBe("not_allowed");
      expect(verdicts(a).invitation_tender).toBe("not_allowed");
      expect(verdicts(a).open_public_tender).toBe("allowed");
    });
  });
});

// LCOP s. 14.1(1) + 14.4: a reserved public call only below the CETA threshold.
const cetaCases = PERIODS.flatMap((p) => [
  { p, nature: "services" as const, c: p.ceta },
  { p, nature: "supply" as const, c: p.ceta },
  { p, nature: "construction" as const, c: p.cetaWorks },
]);

describe("LCOP s. 14.1(1) and 14.4 — CETA threshold bounds the reserved call", () => {
  it.each(cetaCases)(
    "LCOP s. 14.1(1) — $nature $p.name: one dollar below $c reserved is conditional on a s. 14.4 directive",
    ({ p, nature, c }) => {
      const a = evaluate({
        buyer: "ministry",
        supplierStatus: "obnl",
        contractNature: nature,
        amountCad: c - 1,
        date: p.dates[1],
      });
      const reserved = a.routes.find((r) => r.id === "reserved_tender")!;
      expect(reserved.verdict).toBe("conditional");
      expect(reserved.conditions.map((x) => x.id)).toContain("treasury_board_directive_s14_4");
      expect(a.warnings.map((w) => w.id)).toContain("lcop_s14_4_not_in_force");
      expect(a.thresholdsUsed.map((t) => t.amountCad)).toContain(c);
    },
  );

  it.each(cetaCases)(
    "LCOP s. 14.1 — $nature $p.name: at $c and one dollar above, open public tender only",
    ({ p, nature, c }) => {
      for (const amountCad of [c, c + 1]) {
        const a = evaluate({
          buyer: "ministry",
          supplierStatus: "obnl",
          contractNature: nature,
          amountCad,
          date: p.dates[1],
        });
        expect(a.allowedRoutes).toEqual(["open_public_tender"]);
      }
    },
  );

  it("LCOP s. 14.1 (Bill 12, in force 2022-12-02) — no reservation basis the day before", () => {
    const before = evaluate({
      buyer: "ministry",
      supplierStatus: "obnl",
      contractNature: "services",
      amountCad: 200_000,
      date: "2022-12-01",
    });
    const after = evaluate({
      buyer: "ministry",
      supplierStatus: "obnl",
      contractNature: "services",
      amountCad: 200_000,
      date: "2022-12-02",
    });
    expect(verdicts(before).reserved_tender).toBe("not_allowed");
    expect(verdicts(after).reserved_tender).toBe("conditional");
  });
});

describe("LCOP s. 3 — insurance and residual-materials services are service contracts", () => {
  it.each(["insurance", "residual_materials_services"] as const)(
    "LCOP s. 3 para. 1(4) — %s uses the services threshold and cites s. 3",
    (nature) => {
      const a = evaluate({
        buyer: "ministry",
        supplierStatus: "obnl",
        contractNature: nature,
        amountCad: 100_000,
        date: "2024-06-01",
      });
      expect(a.thresholdsUsed[0]!.amountCad).toBe(133_800);
      expect(a.warnings.map((w) => w.id)).toContain("lcop_deemed_services");
      expect(a.routes[0]!.legalReferences.some((r) => r.law === "LCOP" && r.article.startsWith("3"))).toBe(true);
    },
  );
});
