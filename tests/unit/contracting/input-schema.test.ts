// The input contract of issue 4: invalid input yields one localized problem per parameter,
// which the API turns into a 400 and the CLI into {"error": …}.
import { describe, expect, it } from "vitest";
import {
  evaluateContractingRoutes,
  InvalidContractingInputError,
  parseContractingInput,
  type Problem,
} from "~/domain/contracting";

const VALID = {
  buyer: "municipality",
  supplierStatus: "obnl",
  contractNature: "services",
  amountCad: 1000,
  date: "2025-01-01",
};

function problems(raw: unknown): Problem[] {
  const result = parseContractingInput(raw);
  if (result.success) throw new Error("expected problems");
  return result.problems;
}

describe("Input validation (LCOP s. 10 / LCV 573 need buyer, status, nature, amount and date)", () => {
  it.each([
    ["negative amount", { amountCad: -1 }, "amountCad", "négatif"],
    ["amount as text", { amountCad: "1000" }, "amountCad", "nombre"],
    ["amount not finite", { amountCad: Number.POSITIVE_INFINITY }, "amountCad", "nombre"],
    ["unknown buyer", { buyer: "crown_corporation" }, "buyer", "municipality"],
    ["unknown status", { supplierStatus: "charity" }, "supplierStatus", "obnl"],
    ["unknown nature", { contractNature: "software" }, "contractNature", "insurance"],
    ["impossible date", { date: "2025-02-29" }, "date", "AAAA-MM-JJ"],
    ["slashed date", { date: "2025/01/01" }, "date", "AAAA-MM-JJ"],
    ["word date", { date: "yesterday" }, "date", "AAAA-MM-JJ"],
    ["date before the data", { date: "2019-06-01" }, "date", "1er janvier 2022"],
    ["bad fact", { listedService: "maybe" }, "listedService", "unknown"],
    ["bad s. 13 case", { lcopSection13Exception: "friendship" }, "lcopSection13Exception", "public_interest"],
  ])("%s → a problem naming %s", (_name, patch, path, fragment) => {
    const found = problems({ ...VALID, ...patch });
    expect(found.map((p) => p.path)).toEqual([path]);
    expect(found[0]!.message.fr).toContain(fragment);
    expect(found[0]!.message.en.length).toBeGreaterThan(10);
  });

  it.each(["buyer", "supplierStatus", "contractNature", "amountCad"])(
    "missing %s → « obligatoire » / required",
    (field) => {
      const raw: Record<string, unknown> = { ...VALID };
      delete raw[field];
      const found = problems(raw);
      expect(found).toEqual([
        {
          path: field,
          message: {
            fr: `Le paramètre «\u00a0${field}\u00a0» est obligatoire.`,
            en: `The “${field}” parameter is required.`,
          },
        },
      ]);
    },
  );

  it("several problems at once, one per parameter", () => {
    expect(
      problems({ buyer: "x", amountCad: -5 })
        .map((p) => p.path)
        .sort(),
    ).toEqual(["amountCad", "buyer", "contractNature", "supplierStatus"]);
  });

  it.each([null, [], "municipality", 42])("not an object (%j) → one problem for the whole input", (raw) => {
    expect(problems(raw).map((p) => p.path)).toEqual([""]);
  });

  it("defaults: facts are 'unknown', booleans are accepted, extra keys are ignored", () => {
    const result = parseContractingInput({ ...VALID, isFinancialAid: false, rgcAllowsDirectAward: true, note: "x" });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toEqual({
      ...VALID,
      isFinancialAid: "no",
      rgcAllowsDirectAward: "yes",
      solidarityCoopDesignated: "unknown",
      listedService: "unknown",
      lcopSection13Exception: "unknown",
    });
  });

  it("evaluateContractingRoutes throws InvalidContractingInputError carrying the problems", () => {
    try {
      evaluateContractingRoutes({ ...VALID, buyer: "nope" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidContractingInputError);
      expect((error as InvalidContractingInputError).problems[0]!.path).toBe("buyer");
    }
  });
});
