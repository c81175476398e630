// The wizard's form schema, shared by the loader and the browser: amounts typed the Québec
// way, message keys per field, and which facts the wizard asks for which choices.
import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import {
  createProcedureSchema,
  isFactRelevant,
  parseAmountCad,
  toContractingInput,
} from "~/components/procedure/procedure-schema";
import { parseContractingInput } from "~/domain/contracting";
import { en } from "~/locales/en";
import { fr } from "~/locales/fr";

describe("parseAmountCad", () => {
  it.each([
    ["25000", 25_000],
    ["25 000", 25_000],
    ["25\u00a0000", 25_000],
    ["25\u202f000", 25_000],
    ["25 000 $", 25_000],
    ["25000,50", 25_000.5],
    ["25 000,5", 25_000.5],
    ["1 250 000,00", 1_250_000],
    ["$25,000", 25_000],
    ["25,000.50", 25_000.5],
    ["1.250.000,75", 1_250_000.75],
    ["1,250,000", 1_250_000],
    ["25.000", 25_000],
    ["0", 0],
    ["133 799,99 $ CAD", 133_799.99],
    ["-5", -5],
  ])("reads %j as %d", (typed, expected) => {
    expect(parseAmountCad(typed)).toBe(expected);
  });

  it.each(["", "abc", "25 000,505", "25,00,0", "2,5000", "1e6", "25 000 000,1,2", ",50", "12,34.56.78", "--5"])(
    "refuses %j",
    (typed) => {
      expect(parseAmountCad(typed)).toBeUndefined();
    },
  );
});

const schema = createProcedureSchema({ regionCodes: ["04", "06"], categoryCodes: ["traiteur-evenementiel"] });
const parse = (params: Record<string, string>) => parseWithZod(new URLSearchParams(params), { schema });

describe("createProcedureSchema", () => {
  it("gives the module exactly the input names of the API and the CLI", () => {
    const submission = parse({
      buyer: "municipality",
      supplierStatus: "nonprofit_cooperative",
      contractNature: "services",
      amountCad: "150 000,00 $",
      date: "2026-01-01",
      region: "04",
      solidarityCoopDesignated: "yes",
    });
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    const input = toContractingInput(submission.value);
    expect(input).toMatchObject({ amountCad: 150_000, solidarityCoopDesignated: "yes", date: "2026-01-01" });
    expect(input).not.toHaveProperty("region");
    expect(parseContractingInput(input).success).toBe(true);
  });

  it("an empty date means today, an empty region or category means none", () => {
    const submission = parse({
      buyer: "ministry",
      supplierStatus: "obnl",
      contractNature: "supply",
      amountCad: "10",
      date: "",
      region: "",
      category: "",
    });
    expect(submission.status).toBe("success");
    if (submission.status === "success") expect(submission.value).toMatchObject({ date: undefined, region: undefined });
  });

  it("reports one message key per field, each translated in French and English", () => {
    const submission = parse({
      buyer: "city_hall",
      amountCad: "1 000 000 000 000 000",
      date: "2021-12-31",
      region: "99",
      category: "nope",
      listedService: "maybe",
    });
    expect(submission.status).toBe("error");
    const errors = submission.reply().error ?? {};
    expect(errors).toEqual({
      buyer: ["buyerInvalid"],
      supplierStatus: ["supplierStatusRequired"],
      contractNature: ["contractNatureRequired"],
      amountCad: ["amountTooLarge"],
      date: ["dateBeforeCoverage"],
      region: ["regionInvalid"],
      category: ["categoryInvalid"],
      listedService: ["factInvalid"],
    });
    for (const [, keys] of Object.entries(errors)) {
      for (const key of keys ?? []) {
        expect(fr.procedure.errors, key).toHaveProperty(key);
        expect(en.procedure.errors, key).toHaveProperty(key);
      }
    }
    expect(parse({ amountCad: "", date: "2025-02-30" }).reply().error).toMatchObject({
      amountCad: ["amountRequired"],
      date: ["dateInvalid"],
    });
    expect(parse({ amountCad: "-3" }).reply().error).toMatchObject({ amountCad: ["amountNegative"] });
  });
});

describe("isFactRelevant", () => {
  it("asks everything until the buyer, status and nature are chosen", () => {
    for (const fact of [
      "rgcAllowsDirectAward",
      "solidarityCoopDesignated",
      "listedService",
      "isFinancialAid",
      "lcopSection13Exception",
    ] as const) {
      expect(isFactRelevant(fact, {}), fact).toBe(true);
    }
  });

  it("municipal facts for municipal buyers (LCV 573.3), s. 13 for LCOP buyers", () => {
    const ministry = { buyer: "ministry", supplierStatus: "obnl", contractNature: "services" };
    expect(isFactRelevant("rgcAllowsDirectAward", ministry)).toBe(false);
    expect(isFactRelevant("listedService", ministry)).toBe(false);
    expect(isFactRelevant("lcopSection13Exception", ministry)).toBe(true);
    expect(isFactRelevant("isFinancialAid", ministry)).toBe(true);

    const city = { buyer: "municipality", supplierStatus: "obnl", contractNature: "services" };
    expect(isFactRelevant("rgcAllowsDirectAward", city)).toBe(true);
    expect(isFactRelevant("listedService", city)).toBe(true);
    expect(isFactRelevant("solidarityCoopDesignated", city)).toBe(false);
    expect(isFactRelevant("lcopSection13Exception", city)).toBe(false);

    const coop = { buyer: "municipality", supplierStatus: "nonprofit_cooperative", contractNature: "services" };
    expect(isFactRelevant("solidarityCoopDesignated", coop)).toBe(true);
    expect(isFactRelevant("solidarityCoopDesignated", { ...coop, contractNature: "supply" })).toBe(false);
    expect(isFactRelevant("listedService", { ...city, contractNature: "insurance" })).toBe(false);
  });
});
