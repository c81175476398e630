import { evaluateContractingRoutes, type ContractingAnswer } from "../contracting";
import type { MatchCandidate, MatchNeed } from "./types";

const STATUSES: MatchCandidate["supplierStatus"][] = [
  "cooperative",
  "nonprofit_cooperative",
  "mutual",
  "obnl",
  "community_org",
];

const rank = (answer: ContractingAnswer): number => {
  if (!answer.isProcurement) return 0;
  // Direct award is the simplest route, then an invitation; a verdict with a condition counts half.
  const verdict = (id: string) => answer.routes.find((r) => r.id === id)?.verdict;
  const points = (id: string) => (verdict(id) === "allowed" ? 2 : verdict(id) === "conditional" ? 1 : 0);
  return points("direct_award") * 10 + points("invitation_tender");
};

/**
 * Supplier statuses for which the law opens a simpler route than for an ordinary business,
 * for this buyer, nature, amount and date (e.g. a municipal services contract with an OBNL).
 */
export function simplerRouteStatuses(
  need: Pick<MatchNeed, "buyer" | "contractNature" | "amountCad" | "date">,
): Set<MatchCandidate["supplierStatus"]> {
  if (need.amountCad === undefined) return new Set();
  const evaluate = (supplierStatus: MatchCandidate["supplierStatus"]) =>
    evaluateContractingRoutes({
      buyer: need.buyer,
      supplierStatus,
      contractNature: need.contractNature,
      amountCad: need.amountCad,
      date: need.date,
    });
  const baseline = rank(evaluate("for_profit"));
  return new Set(STATUSES.filter((s) => rank(evaluate(s)) > baseline));
}
