// Shared by /procedure and /procedure/note: the query string is the whole state of the
// wizard, so both pages read and evaluate it the same way.
import { parseWithZod } from "@conform-to/zod/v4";
import type { SubmissionResult } from "@conform-to/react";
import { tryEvaluateContractingRoutes, todayInQuebec, type ContractingAnswer } from "~/domain/contracting";
import { createProcedureSchema, toContractingInput } from "~/components/procedure/procedure-schema";
import type { InputNames } from "~/components/procedure/input-summary";
import { getDb } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n.server";
import { getCompetition, listCategoryChoices, type Competition } from "~/models/competition.server";
import { listRegionsWithCounts } from "~/models/geography.server";

/** The wizard's own parameters; anything else (`lng`) is not an answer. */
const FORM_PARAMS = new Set([
  "buyer",
  "supplierStatus",
  "contractNature",
  "amountCad",
  "date",
  "region",
  "category",
  "rgcAllowsDirectAward",
  "solidarityCoopDesignated",
  "listedService",
  "isFinancialAid",
  "lcopSection13Exception",
]);

type Base = {
  title: string;
  today: string;
  regions: { code: string; nameFr: string; nameEn: string }[];
  categoryGroups: ReturnType<typeof listCategoryChoices>;
  defaults: Record<string, string>;
  /** The query string without "?", to link the note and the answer to each other. */
  query: string;
};

export type ProcedurePage =
  | (Base & { state: "empty"; lastResult: null })
  | (Base & { state: "invalid"; lastResult: SubmissionResult<string[]> })
  | (Base & {
      state: "answer";
      lastResult: null;
      answer: ContractingAnswer;
      names: InputNames;
      competition: Competition | null;
    });

/**
 * Reads the wizard from the URL. The form always sends `amountCad` (a text field, even empty):
 * without it the page is a first visit, possibly pre-filled by a link, and nothing is an error.
 */
export async function loadProcedure(request: Request, titleKey: "title" | "note.title"): Promise<ProcedurePage> {
  const { t, locale } = await getFixedT(request);
  const db = getDb();
  const url = new URL(request.url);
  const regions = listRegionsWithCounts(db).map(({ code, nameFr, nameEn }) => ({ code, nameFr, nameEn }));
  const categoryGroups = listCategoryChoices(db);
  const defaults: Record<string, string> = {};
  for (const [key, value] of url.searchParams) if (FORM_PARAMS.has(key)) defaults[key] = value;
  const today = todayInQuebec();
  const base: Base = {
    title: t(`procedure:${titleKey}`),
    today,
    regions,
    categoryGroups,
    defaults,
    query: url.searchParams.toString(),
  };
  if (!url.searchParams.has("amountCad")) return { ...base, state: "empty", lastResult: null };

  const schema = createProcedureSchema({
    regionCodes: regions.map((r) => r.code),
    categoryCodes: categoryGroups.flatMap((g) => g.categories.map((c) => c.code)),
  });
  const submission = parseWithZod(url.searchParams, { schema });
  if (submission.status !== "success") return { ...base, state: "invalid", lastResult: submission.reply() };

  const value = submission.value;
  const result = tryEvaluateContractingRoutes(toContractingInput(value), { today });
  if (!result.ok) {
    // The form schema mirrors the module's; this catches any rule the module adds later.
    const fieldErrors: Record<string, string[]> = {};
    for (const problem of result.error.problems) fieldErrors[problem.path] = [problem.message[locale]];
    return { ...base, state: "invalid", lastResult: submission.reply({ fieldErrors }) };
  }

  const region = value.region ? (regions.find((r) => r.code === value.region) ?? null) : null;
  const category = value.category
    ? (categoryGroups.flatMap((g) => g.categories).find((c) => c.code === value.category) ?? null)
    : null;
  return {
    ...base,
    state: "answer",
    lastResult: null,
    answer: result.answer,
    names: { region, category },
    competition: region
      ? (getCompetition(db, { regionCode: region.code, categoryCode: category?.code }) ?? null)
      : null,
  };
}
