/**
 * Why a row is rejected. Stored in `import_runs.rejected_rows` as "code" or "code:detail" (the
 * detail is the offending value or a line number) and localized only when shown, so a report
 * downloaded in English says the same thing as the French page.
 */
export const PROBLEM_CODES = [
  "columnCount",
  "missingNeq",
  "invalidNeq",
  "duplicateNeq",
  "neqInOtherRegion",
  "missingName",
  "nameTooLong",
  "unsupportedLegalForm",
  "missingMunicipality",
  "unknownMunicipality",
  "ambiguousMunicipality",
  "outsideRegions",
  "invalidEmail",
  "invalidPhone",
  "invalidUrl",
  "descriptionTooLong",
  "unknownCategory",
  "tooManyCategories",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

const codes = new Set<string>(PROBLEM_CODES);

export function problem(code: ProblemCode, detail?: string | number): string {
  return detail === undefined || detail === "" ? code : `${code}:${detail}`;
}

/** Splits a stored problem back into its code and detail; unknown codes are kept as text. */
export function parseProblem(stored: string): { code: ProblemCode | null; detail: string } {
  const at = stored.indexOf(":");
  const code = at < 0 ? stored : stored.slice(0, at);
  const detail = at < 0 ? "" : stored.slice(at + 1);
  return codes.has(code) ? { code: code as ProblemCode, detail } : { code: null, detail: stored };
}

type Translate = (key: string, vars?: Record<string, unknown>) => string;

/** The localized sentence for a stored problem (keys `admin:import.problems.<code>`). */
export function problemText(t: Translate, stored: string): string {
  const { code, detail } = parseProblem(stored);
  return code ? t(`admin:import.problems.${code}`, { detail }) : detail;
}
