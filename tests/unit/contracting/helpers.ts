// Test helpers for the contracting-route module. The municipal amounts are computed here
// independently of the module: 1 + 4.9875 % = 8399/8000 exactly, so integer cents are exact.
import {
  evaluateContractingRoutes,
  type ContractingAnswer,
  type ContractingInputRaw,
  type RouteId,
  type Verdict,
} from "~/domain/contracting";

export function evaluate(input: ContractingInputRaw): ContractingAnswer {
  return evaluateContractingRoutes(input, { today: "2025-06-15" });
}

export function verdicts(answer: ContractingAnswer): Record<RouteId, Verdict> {
  return Object.fromEntries(answer.routes.map((r) => [r.id, r.verdict])) as Record<RouteId, Verdict>;
}

export function route(answer: ContractingAnswer, id: RouteId) {
  const found = answer.routes.find((r) => r.id === id);
  if (!found) throw new Error(`route ${id} missing`);
  return found;
}

/** Expenditure in cents including net taxes, rounded half up to the cent. */
export function comparedCents(preTaxCents: number): number {
  return Math.floor((preTaxCents * 8399 + 4000) / 8000);
}

/** Smallest pre-tax amount (in dollars, to the cent) whose expenditure reaches `target`. */
export function preTaxReaching(target: number): number {
  let cents = Math.floor((target * 100 * 8000) / 8399) - 2;
  while (comparedCents(cents) < target * 100) cents += 1;
  return cents / 100;
}

/** Pre-tax amount (to the cent) whose expenditure is as close as possible to `target`. */
export function preTaxNear(target: number): number {
  return Math.round((target * 100 * 8000) / 8399) / 100;
}

export const ROUTES: RouteId[] = ["direct_award", "invitation_tender", "reserved_tender", "open_public_tender"];

/** Every localized text of an answer, for typography and language checks. */
export function allTexts(value: unknown): { fr: string; en: string }[] {
  if (Array.isArray(value)) return value.flatMap(allTexts);
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    const own = typeof o.fr === "string" && typeof o.en === "string" ? [o as { fr: string; en: string }] : [];
    return [...own, ...Object.values(o).flatMap(allTexts)];
  }
  return [];
}
