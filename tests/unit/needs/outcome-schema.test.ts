import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { createOutcomeSchema, MAX_OUTCOME_AMOUNT_CAD, OTHER_SUPPLIER } from "~/domain/needs/outcome-schema";

const schema = createOutcomeSchema({ candidateIds: [11, 12], today: "2026-06-15" });

const parse = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries({
    awardee: "11",
    amountCad: "25 000",
    route: "invitation_tender",
    awardedOn: "2026-06-01",
    ...fields,
  }))
    form.set(k, v);
  return parseWithZod(form, { schema });
};
const errorsOf = (fields: Record<string, string>) => {
  const s = parse(fields);
  return s.status === "error" ? s.error : null;
};

describe("the outcome schema", () => {
  it("accepts one of the need's enterprises, with a Québec-style amount rounded to the dollar", () => {
    const s = parse({ amountCad: "25 000,60 $" });
    expect(s.status).toBe("success");
    if (s.status === "success")
      expect(s.value).toEqual({
        enterpriseId: 11,
        supplierName: undefined,
        amountCad: 25_001,
        route: "invitation_tender",
        awardedOn: "2026-06-01",
      });
  });

  it("accepts another supplier by name, and then needs the name", () => {
    const s = parse({ awardee: OTHER_SUPPLIER, supplierName: "  Fournisseur X  " });
    expect(s.status === "success" && s.value).toMatchObject({ enterpriseId: null, supplierName: "Fournisseur X" });
    expect(errorsOf({ awardee: OTHER_SUPPLIER })).toEqual({ supplierName: ["outcome.errors.supplierNameRequired"] });
  });

  it.each([
    [{ awardee: "13" }, "awardee", "outcome.errors.unknownEnterprise"],
    [{ awardee: "" }, "awardee", "outcome.errors.awardeeRequired"],
    [{ amountCad: "-1" }, "amountCad", "outcome.errors.amountNegative"],
    [{ amountCad: "0,50" }, "amountCad", "outcome.errors.amountZero"],
    [{ amountCad: String(MAX_OUTCOME_AMOUNT_CAD + 1) }, "amountCad", "outcome.errors.amountTooLarge"],
    [{ amountCad: "12 dollars" }, "amountCad", "outcome.errors.amountInvalid"],
    [{ amountCad: "" }, "amountCad", "outcome.errors.amountRequired"],
    [{ route: "bribe" }, "route", "outcome.errors.routeInvalid"],
    [{ route: "" }, "route", "outcome.errors.routeInvalid"],
    [{ awardedOn: "2026-02-29" }, "awardedOn", "invalidDate"],
    [{ awardedOn: "15/06/2026" }, "awardedOn", "invalidDate"],
    [{ awardedOn: "2026-06-16" }, "awardedOn", "outcome.errors.dateInFuture"],
    [{ awardedOn: "1999-01-01" }, "awardedOn", "outcome.errors.dateTooOld"],
    [{ awardedOn: "" }, "awardedOn", "outcome.errors.dateRequired"],
  ])("refuses %o on %s with %s", (fields, field, message) => {
    expect(errorsOf(fields)?.[field]).toEqual([message]);
  });

  it("takes today's date itself", () => {
    expect(parse({ awardedOn: "2026-06-15" }).status).toBe("success");
  });
});
