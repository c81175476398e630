// LCV 573.3 para. 1 (2.1)–(2.3) and CM 938 para. 1 (2.1)–(2.3), as amended by Bill 155
// (S.Q. 2018, c. 8): the municipal exceptions that turn on the supplier's legal status.
import { describe, expect, it } from "vitest";
import type { ContractingInputRaw } from "~/domain/contracting";
import { evaluate, preTaxNear, preTaxReaching, route, verdicts } from "./helpers";

const muni = (over: Partial<ContractingInputRaw>): ContractingInputRaw => ({
  buyer: "municipality",
  supplierStatus: "obnl",
  contractNature: "services",
  amountCad: 200_000,
  date: "2025-03-01",
  ...over,
});
const ALL_ALLOWED = {
  direct_award: "allowed",
  invitation_tender: "allowed",
  reserved_tender: "allowed",
  open_public_tender: "allowed",
};
const OPEN_ONLY = ["open_public_tender"];
const cites = (a: ReturnType<typeof evaluate>, article: string) =>
  a.routes[0]!.legalReferences.some((r) => r.law === "LCV" && r.article.includes(article));

describe("LCV 573.3(2.1) — non-profit body, insurance at any amount", () => {
  it.each([30_000, 200_000, 5_000_000, 50_000_000])(
    "LCV 573.3(2.1) / CM 938(2.1) — OBNL insurance of %d: every route allowed",
    (amountCad) => {
      const a = evaluate(muni({ contractNature: "insurance", amountCad }));
      expect(verdicts(a)).toEqual(ALL_ALLOWED);
      if (amountCad > 200_000) expect(cites(a, "2.1")).toBe(true);
    },
  );

  it("LCV 573.3(2.1) — an incorporated community organization is a non-profit body (assumption stated)", () => {
    const a = evaluate(muni({ supplierStatus: "community_org", contractNature: "insurance", amountCad: 1_000_000 }));
    expect(verdicts(a)).toEqual(ALL_ALLOWED);
    expect(a.warnings.map((w) => w.id)).toContain("community_org_assumed_incorporated");
  });
});

describe("LCV 573.3(2.1) and (2.3) — non-profit body, services", () => {
  it("LCV 573.3(2.1)+(2.3) — OBNL services below the CETA ceiling are exempt even when listed", () => {
    for (const listedService of ["yes", "no", "unknown"] as const) {
      const a = evaluate(muni({ amountCad: preTaxNear(352_999), listedService }));
      expect(verdicts(a)).toEqual(ALL_ALLOWED);
    }
  });

  it("LCV 573.3(2.3), C-19 r. 5 s. 3 — at the CETA ceiling ($353,000 in 2024–25, net taxes) a listed service is no longer exempt", () => {
    const amountCad = preTaxReaching(353_000);
    const listed = evaluate(muni({ amountCad, listedService: "yes" }));
    expect(listed.allowedRoutes).toEqual(OPEN_ONLY);
    expect(listed.thresholdsUsed.map((t) => t.kind)).toContain("ceta_goods_services");
    expect(listed.warnings.map((w) => w.id)).toContain("municipal_listed_services_incomplete");
  });

  it("LCV 573.3(2.1) — above the ceiling, a service not listed in (2.3) stays exempt at any amount", () => {
    expect(verdicts(evaluate(muni({ amountCad: 3_000_000, listedService: "no" })))).toEqual(ALL_ALLOWED);
    expect(verdicts(evaluate(muni({ amountCad: 3_000_000, listedService: true })))).toMatchObject({
      direct_award: "not_allowed",
    });
  });

  it("LCV 573.3(2.3) — above the ceiling with listedService unknown: conditional on the service not being listed", () => {
    const a = evaluate(muni({ amountCad: 3_000_000 }));
    for (const id of ["direct_award", "invitation_tender", "reserved_tender"] as const) {
      expect(route(a, id).verdict).toBe("conditional");
      expect(route(a, id).conditions.map((c) => c.id)).toEqual(["service_not_listed"]);
    }
    expect(a.allowedRoutes).toHaveLength(4);
  });

  it("LCV 573.3(2.1) — in the invitation band, OBNL services allow direct award without the by-law", () => {
    const a = evaluate(muni({ amountCad: 60_000, rgcAllowsDirectAward: "no" }));
    expect(verdicts(a).direct_award).toBe("allowed");
  });
});

describe("LCV 573.3(2.1) — what the non-profit exception does not cover", () => {
  it("LCV 573.3(2.1) — residual-materials services with an OBNL: no exception (carve-out kept in 2018)", () => {
    const a = evaluate(muni({ contractNature: "residual_materials_services" }));
    expect(a.allowedRoutes).toEqual(OPEN_ONLY);
    expect(route(a, "direct_award").reasons.some((r) => r.fr.includes("matières résiduelles"))).toBe(true);
  });

  it("LCV 573.3(2.1) as amended by S.Q. 2018, c. 8 — supply with an OBNL is no longer exempt (2011 guide outdated)", () => {
    const a = evaluate(muni({ contractNature: "supply" }));
    expect(a.allowedRoutes).toEqual(OPEN_ONLY);
    expect(route(a, "direct_award").reasons.some((r) => r.en.includes("2011 guide"))).toBe(true);
  });

  it.each([200_000, 10_000_000])("LCV 573 / CM 935 — construction with an OBNL is never exempt (%d)", (amountCad) => {
    const a = evaluate(muni({ contractNature: "construction", amountCad }));
    expect(a.allowedRoutes).toEqual(OPEN_ONLY);
  });

  it("LCV 573 — a for-profit or ordinary cooperative services contract follows the ordinary rules", () => {
    expect(evaluate(muni({ supplierStatus: "for_profit" })).allowedRoutes).toEqual(OPEN_ONLY);
    expect(evaluate(muni({ supplierStatus: "cooperative" })).allowedRoutes).toEqual(OPEN_ONLY);
  });
});

describe("LCV 573.3(2.2) — solidarity cooperative designated by the Minister (LCV 573.3.5)", () => {
  const coop = (over: Partial<ContractingInputRaw>) => muni({ supplierStatus: "nonprofit_cooperative", ...over });

  it.each([
    ["yes", "allowed"],
    ["no", "not_allowed"],
    ["unknown", "conditional"],
  ] as const)("LCV 573.3(2.2) — services, designated=%s → direct award %s", (designated, verdict) => {
    const a = evaluate(coop({ solidarityCoopDesignated: designated }));
    expect(verdicts(a).direct_award).toBe(verdict);
    if (verdict === "conditional") expect(route(a, "direct_award").conditions[0]!.id).toBe("coop_designated");
  });

  it("LCV 573.3(2.2) — services only: supply with a designated cooperative follows the ordinary rules", () => {
    expect(evaluate(coop({ contractNature: "supply", solidarityCoopDesignated: "yes" })).allowedRoutes).toEqual(
      OPEN_ONLY,
    );
  });

  it("LCV 573.3(2.2) + 573.3.1.2 — invitation band, designation and by-law unknown: one alternative condition", () => {
    const a = evaluate(coop({ amountCad: 60_000 }));
    expect(route(a, "direct_award").conditions.map((c) => c.id)).toEqual([
      "coop_designated_or_rgc_allows_direct_award",
    ]);
    expect(route(a, "direct_award").conditions[0]!.text.fr).toContain(", ou si votre règlement");
  });

  it("LCV 573.3(2.2) — residual-materials services: text applied, uncertainty stated", () => {
    const a = evaluate(coop({ contractNature: "residual_materials_services", solidarityCoopDesignated: "yes" }));
    expect(verdicts(a).direct_award).toBe("allowed");
    expect(a.warnings.map((w) => w.id)).toContain("municipal_coop_residual_materials");
  });
});

describe("LCV 465.1 ff. — mutual and municipal insurance (research note §8 item 11)", () => {
  it("LCV 573 — mutual insurance above the threshold: ordinary rules plus the uncertainty", () => {
    const a = evaluate(muni({ supplierStatus: "mutual", contractNature: "insurance" }));
    expect(a.allowedRoutes).toEqual(OPEN_ONLY);
    const warning = a.warnings.find((w) => w.id === "municipal_mutual_insurance_regime");
    expect(warning?.researchItem).toBe(11);
  });
});
