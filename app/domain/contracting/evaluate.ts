// Entry point: evaluateContractingRoutes(input) → answer. Pure: no I/O, no clock unless the
// date is omitted, and then the clock can be injected with `today`.
import { evaluateLcop, SOCIAL_ECONOMY_STATUSES, type RegimeResult } from "./evaluate-lcop";
import { evaluateMunicipal } from "./evaluate-municipal";
import { section13Route } from "./exception-routes";
import { isIsoDate, parseContractingInput } from "./input-schema";
import { regimeOf } from "./labels";
import { COMMON } from "./messages";
import { routeBuilder } from "./route-builder";
import { DATA_COVERAGE, RULES_VERSION } from "./rules-version";
import { l, longDate } from "./text";
import type { AnswerWarning, ContractingAnswer, Problem, RouteAnswer } from "./types";
import { ROUTE_IDS } from "./types";
import { dateAfterCoverage, thresholdWarnings, WARNINGS } from "./warnings";

export interface EvaluateOptions {
  /** "Today" for inputs without a date: an ISO date or a Date (read in Québec's time zone). */
  today?: string | Date;
}

export class InvalidContractingInputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Invalid contracting input: ${problems.map((p) => p.path || "(input)").join(", ")}`);
    this.name = "InvalidContractingInputError";
  }
}

/** Today's date in Québec (America/Toronto), so the January 1 switch happens at local midnight. */
export function todayInQuebec(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Toronto",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

function resolveToday(today: EvaluateOptions["today"]): string {
  if (today === undefined || today instanceof Date) return todayInQuebec(today);
  if (!isIsoDate(today)) throw new Error(`options.today must be an ISO date, got ${today}`);
  return today;
}

function financialAidRoutes(date: string): RouteAnswer[] {
  const b = routeBuilder(date);
  return ROUTE_IDS.map((id) => b.notAllowed(id, [COMMON.financialAid, COMMON.notProcurementRoute], []));
}

/**
 * Evaluates which contracting routes the law allows. Accepts the raw input (facts may be
 * booleans or omitted); throws InvalidContractingInputError with localized problems otherwise.
 */
export function evaluateContractingRoutes(raw: unknown, options: EvaluateOptions = {}): ContractingAnswer {
  const parsed = parseContractingInput(raw);
  if (!parsed.success) throw new InvalidContractingInputError(parsed.problems);
  const input = parsed.data;
  const date = input.date ?? resolveToday(options.today);
  if (date < DATA_COVERAGE.from) {
    const from = longDate(DATA_COVERAGE.from);
    throw new InvalidContractingInputError([
      {
        path: "date",
        message: l(
          `Aucun seuil n'est connu du module avant le ${from.fr}.`,
          `The module knows no threshold before ${from.en}.`,
        ),
      },
    ]);
  }
  const lookupDate = date > DATA_COVERAGE.to ? DATA_COVERAGE.to : date;
  const regime = regimeOf(input.buyer);
  const result: RegimeResult =
    regime === "lcop" ? evaluateLcop({ input, lookupDate }) : evaluateMunicipal({ input, lookupDate });

  const isProcurement = input.isFinancialAid !== "yes";
  const routes = isProcurement ? result.routes : financialAidRoutes(lookupDate);
  const exception =
    isProcurement && regime === "lcop" ? section13Route(input, lookupDate, result.belowPublicThreshold) : null;

  const warnings: AnswerWarning[] = [
    regime === "lcop" ? WARNINGS.splittingLcop : WARNINGS.splittingMunicipal,
    regime === "lcop" ? WARNINGS.ownPolicyLcop : WARNINGS.ownPolicyMunicipal,
  ];
  if (date !== lookupDate) warnings.push(dateAfterCoverage(date));
  if (isProcurement) {
    warnings.push(...result.warnings, ...thresholdWarnings(result.thresholdsUsed));
    if (input.isFinancialAid === "unknown" && SOCIAL_ECONOMY_STATUSES.includes(input.supplierStatus)) {
      warnings.push(WARNINGS.financialAidUnknown);
    }
  }

  return {
    rulesVersion: RULES_VERSION,
    date,
    regime,
    input: { ...input, date },
    isProcurement,
    procurementNote: isProcurement
      ? null
      : {
          fr: `${COMMON.financialAid.fr} ${COMMON.financialAidCheck.fr}`,
          en: `${COMMON.financialAid.en} ${COMMON.financialAidCheck.en}`,
        },
    routes,
    allowedRoutes: routes.filter((r) => r.verdict !== "not_allowed").map((r) => r.id),
    exceptionRoutes: exception ? [exception] : [],
    amounts: result.amounts,
    thresholdsUsed: isProcurement ? result.thresholdsUsed : [],
    warnings,
  };
}

export type EvaluationResult = { ok: true; answer: ContractingAnswer } | { ok: false; error: { problems: Problem[] } };

/** For the HTTP API and the CLI: never throws on bad input, returns the problems instead. */
export function tryEvaluateContractingRoutes(raw: unknown, options: EvaluateOptions = {}): EvaluationResult {
  try {
    return { ok: true, answer: evaluateContractingRoutes(raw, options) };
  } catch (error) {
    if (error instanceof InvalidContractingInputError) return { ok: false, error: { problems: error.problems } };
    throw error;
  }
}
