// The input contract shared by the module, POST /api/v1/contracting-route and `npm run route`.
// Names and values are fixed by issue 4; unknown extra keys are ignored.
import { z } from "zod";
import { DATA_COVERAGE } from "./rules-version";
import { l, longDate } from "./text";
import type { ContractingInput, Localized, Problem } from "./types";
import { BUYERS, CONTRACT_NATURES, SECTION_13_CASES, SUPPLIER_STATUSES, TRI_STATES } from "./types";

/** True for a real calendar date written YYYY-MM-DD (2023-02-29 is rejected). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const BEFORE_COVERAGE = "before_coverage";

// Booleans are accepted for convenience (true → "yes"); the answer always echoes the tri-state.
const triState = z
  .union([z.enum(TRI_STATES), z.boolean()])
  .transform((v) => (v === true ? "yes" : v === false ? "no" : v))
  .optional()
  .transform((v) => v ?? "unknown");

const section13 = z
  .union([z.enum([...TRI_STATES, ...SECTION_13_CASES]), z.boolean()])
  .transform((v) => (v === true ? "yes" : v === false ? "no" : v))
  .optional()
  .transform((v) => v ?? "unknown");

const isoDate = z
  .string()
  .refine(isIsoDate)
  .superRefine((value, ctx) => {
    if (isIsoDate(value) && value < DATA_COVERAGE.from) {
      ctx.addIssue({ code: "custom", message: BEFORE_COVERAGE, params: { reason: BEFORE_COVERAGE } });
    }
  });

export const contractingInputSchema = z.object({
  buyer: z.enum(BUYERS),
  supplierStatus: z.enum(SUPPLIER_STATUSES),
  contractNature: z.enum(CONTRACT_NATURES),
  amountCad: z.number().min(0),
  date: isoDate.nullish().transform((v) => v ?? undefined),
  rgcAllowsDirectAward: triState,
  solidarityCoopDesignated: triState,
  listedService: triState,
  isFinancialAid: triState,
  lcopSection13Exception: section13,
});

/** What callers may send (booleans for facts, missing optional fields). */
export type ContractingInputRaw = z.input<typeof contractingInputSchema>;

const list = (values: readonly string[]) => values.join(", ");
const triText = l("yes, no ou unknown (ou true, false)", "yes, no or unknown (or true, false)");

const INVALID: Record<string, Localized> = {
  buyer: l(
    `Le type d'acheteur doit être l'une des valeurs suivantes : ${list(BUYERS)}.`,
    `The buyer type must be one of: ${list(BUYERS)}.`,
  ),
  supplierStatus: l(
    `Le statut du fournisseur doit être l'une des valeurs suivantes : ${list(SUPPLIER_STATUSES)}.`,
    `The supplier status must be one of: ${list(SUPPLIER_STATUSES)}.`,
  ),
  contractNature: l(
    `La nature du contrat doit être l'une des valeurs suivantes : ${list(CONTRACT_NATURES)}.`,
    `The contract nature must be one of: ${list(CONTRACT_NATURES)}.`,
  ),
  amountCad: l(
    "Le montant doit être un nombre en dollars, avant taxes, options et renouvellements compris.",
    "The amount must be a number in dollars, before taxes, options and renewals included.",
  ),
  date: l(
    "La date doit être une date valide au format AAAA-MM-JJ (par exemple 2025-04-01).",
    "The date must be a valid date in the YYYY-MM-DD format (for example 2025-04-01).",
  ),
  lcopSection13Exception: l(
    `L'exception de l'article 13 doit valoir yes, no, unknown ou l'un des cas suivants : ${list(SECTION_13_CASES)}.`,
    `The s. 13 exception must be yes, no, unknown or one of the cases: ${list(SECTION_13_CASES)}.`,
  ),
};
for (const fact of ["rgcAllowsDirectAward", "solidarityCoopDesignated", "listedService", "isFinancialAid"]) {
  INVALID[fact] = l(
    `Le paramètre « ${fact} » doit valoir ${triText.fr}.`,
    `The “${fact}” parameter must be ${triText.en}.`,
  );
}

const NEGATIVE_AMOUNT = l("Le montant ne peut pas être négatif.", "The amount cannot be negative.");
const NOT_AN_OBJECT = l(
  'L\'entrée doit être un objet JSON (par exemple {"buyer": "municipality", …}).',
  'The input must be a JSON object (for example {"buyer": "municipality", …}).',
);

function beforeCoverage(): Localized {
  const from = longDate(DATA_COVERAGE.from);
  return l(
    `Aucun seuil n'est connu du module avant le ${from.fr} : indiquez la date de l'appel d'offres ou du contrat à partir de cette date.`,
    `The module knows no threshold before ${from.en}: give a call or contract date from that day on.`,
  );
}

function required(field: string): Localized {
  return l(`Le paramètre « ${field} » est obligatoire.`, `The “${field}” parameter is required.`);
}

/** Turns zod issues into one localized problem per input parameter. */
export function problemsFromZodError(error: z.ZodError, raw: unknown): Problem[] {
  const isObject = typeof raw === "object" && raw !== null && !Array.isArray(raw);
  const problems = new Map<string, Localized>();
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    if (problems.has(path)) continue;
    if (path === "") {
      problems.set(path, NOT_AN_OBJECT);
    } else if (isObject && (raw as Record<string, unknown>)[path] === undefined) {
      problems.set(path, required(path));
    } else if (issue.code === "too_small") {
      problems.set(path, NEGATIVE_AMOUNT);
    } else if (issue.code === "custom" && issue.message === BEFORE_COVERAGE) {
      problems.set(path, beforeCoverage());
    } else {
      problems.set(path, INVALID[path] ?? l("Valeur invalide.", "Invalid value."));
    }
  }
  return [...problems].map(([path, message]) => ({ path, message }));
}

export type ParseResult = { success: true; data: ContractingInput } | { success: false; problems: Problem[] };

export function parseContractingInput(raw: unknown): ParseResult {
  const result = contractingInputSchema.safeParse(raw);
  if (result.success) return { success: true, data: result.data };
  return { success: false, problems: problemsFromZodError(result.error, raw) };
}
