// The wizard's form schema, shared by the loader (parseWithZod on the query string) and the
// browser (conform's instant validation). Error messages are keys of `procedure:errors`, so
// the same schema yields French or English messages.
import { z } from "zod";
import {
  BUYERS,
  CONTRACT_NATURES,
  DATA_COVERAGE,
  SECTION_13_CASES,
  SUPPLIER_STATUSES,
  TRI_STATES,
  isIsoDate,
  type Buyer,
  type ContractNature,
  type ContractingInputRaw,
  type SupplierStatus,
} from "~/domain/contracting";

export const FACT_FIELDS = [
  "rgcAllowsDirectAward",
  "solidarityCoopDesignated",
  "listedService",
  "isFinancialAid",
] as const;
export type FactField = (typeof FACT_FIELDS)[number];
export type FactQuestion = FactField | "lcopSection13Exception";

/** Larger amounts are typing mistakes (and lose cents in a double). */
export const MAX_AMOUNT_CAD = 999_999_999_999.99;

const CURRENCY = /(?:CAD|CA\$|\$CA|\$)/gi;
const SPACES = /[\s\u00a0\u202f\u2009]/g;

/**
 * Reads an amount typed the Québec way: "25 000", "25000,50", "25 000 $", "25 000,50 $", and
 * also "25,000.50" or "$25,000". A comma or a dot followed by one or two digits is the decimal
 * separator; followed by groups of three digits it separates thousands (money has no third
 * decimal, so "25,000" is twenty-five thousand in both languages). Undefined when unreadable.
 */
export function parseAmountCad(text: string): number | undefined {
  let s = text.replace(CURRENCY, "").replace(SPACES, "");
  let sign = 1;
  if (s.startsWith("-") || s.startsWith("−")) {
    sign = -1;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/^\d/.test(s)) return undefined;
  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  let integer = s;
  let decimals = "";
  if (lastComma >= 0 && lastDot >= 0) {
    const decimalAt = Math.max(lastComma, lastDot);
    integer = s.slice(0, decimalAt);
    decimals = s.slice(decimalAt + 1);
    const grouping = s[decimalAt] === "," ? "." : ",";
    if (!new RegExp(`^\\d{1,3}(\\${grouping}\\d{3})*$`).test(integer)) return undefined;
    integer = integer.split(grouping).join("");
  } else if (lastComma >= 0 || lastDot >= 0) {
    const separator = lastComma >= 0 ? "," : ".";
    const parts = s.split(separator);
    const last = parts[parts.length - 1] ?? "";
    if (parts.length === 2 && (last.length === 1 || last.length === 2)) {
      integer = parts[0] ?? "";
      decimals = last;
    } else if (/^\d{1,3}$/.test(parts[0] ?? "") && parts.slice(1).every((p) => /^\d{3}$/.test(p))) {
      integer = parts.join("");
    } else {
      return undefined;
    }
  }
  if (!/^\d+$/.test(integer) || !/^\d{0,2}$/.test(decimals)) return undefined;
  return sign * Number(decimals ? `${integer}.${decimals}` : integer);
}

function choice<T extends readonly [string, ...string[]]>(values: T, key: string) {
  return z.enum(values, {
    error: (issue) => (issue.input === undefined ? `${key}Required` : `${key}Invalid`),
  });
}

const amount = z.string({ error: "amountRequired" }).transform((text, ctx) => {
  const value = parseAmountCad(text);
  if (value === undefined) ctx.issues.push({ code: "custom", message: "amountInvalid", input: text });
  else if (value < 0) ctx.issues.push({ code: "custom", message: "amountNegative", input: text });
  else if (value > MAX_AMOUNT_CAD) ctx.issues.push({ code: "custom", message: "amountTooLarge", input: text });
  else return value;
  return z.NEVER;
});

const date = z
  .string()
  .refine(isIsoDate, { message: "dateInvalid", abort: true })
  .refine((value) => value >= DATA_COVERAGE.from, { message: "dateBeforeCoverage" });

const oneOf = (codes: readonly string[], message: string) =>
  z.string().refine((value) => codes.includes(value), { message });

const triState = z.enum(TRI_STATES, { error: "factInvalid" }).optional();

/** Built with the region and category codes of the database, which the page also lists. */
export function createProcedureSchema(choices: { regionCodes: readonly string[]; categoryCodes: readonly string[] }) {
  return z.object({
    buyer: choice(BUYERS, "buyer"),
    supplierStatus: choice(SUPPLIER_STATUSES, "supplierStatus"),
    contractNature: choice(CONTRACT_NATURES, "contractNature"),
    amountCad: amount,
    date: date.optional(),
    region: oneOf(choices.regionCodes, "regionInvalid").optional(),
    category: oneOf(choices.categoryCodes, "categoryInvalid").optional(),
    rgcAllowsDirectAward: triState,
    solidarityCoopDesignated: triState,
    listedService: triState,
    isFinancialAid: triState,
    lcopSection13Exception: z.enum([...TRI_STATES, ...SECTION_13_CASES], { error: "factInvalid" }).optional(),
  });
}

export type ProcedureValue = z.output<ReturnType<typeof createProcedureSchema>>;
export type ProcedureField = keyof ProcedureValue;

/** The wizard's answer, in the names of the module's input (the API's and the CLI's). */
export function toContractingInput(value: ProcedureValue): ContractingInputRaw {
  return {
    buyer: value.buyer,
    supplierStatus: value.supplierStatus,
    contractNature: value.contractNature,
    amountCad: value.amountCad,
    date: value.date,
    rgcAllowsDirectAward: value.rgcAllowsDirectAward,
    solidarityCoopDesignated: value.solidarityCoopDesignated,
    listedService: value.listedService,
    isFinancialAid: value.isFinancialAid,
    lcopSection13Exception: value.lcopSection13Exception,
  };
}

/**
 * Whether a fact can change the answer for the choices made so far (an unchosen field keeps
 * every question). Mirrors the module: RGC and the exemptions are municipal, s. 13 is LCOP.
 */
export function isFactRelevant(
  fact: FactQuestion,
  current: { buyer?: string; supplierStatus?: string; contractNature?: string },
): boolean {
  const buyer = BUYERS.includes(current.buyer as Buyer) ? current.buyer : undefined;
  const status = SUPPLIER_STATUSES.includes(current.supplierStatus as SupplierStatus)
    ? current.supplierStatus
    : undefined;
  const nature = CONTRACT_NATURES.includes(current.contractNature as ContractNature)
    ? current.contractNature
    : undefined;
  const municipal = buyer === undefined || buyer === "municipality";
  switch (fact) {
    case "rgcAllowsDirectAward":
      return municipal;
    case "solidarityCoopDesignated":
      return (
        municipal &&
        (status === undefined || status === "nonprofit_cooperative") &&
        (nature === undefined || nature === "services" || nature === "residual_materials_services")
      );
    case "listedService":
      return (
        municipal &&
        (status === undefined || status === "obnl" || status === "community_org") &&
        (nature === undefined || nature === "services")
      );
    case "isFinancialAid":
      return true;
    case "lcopSection13Exception":
      return buyer === undefined || buyer !== "municipality";
  }
}
