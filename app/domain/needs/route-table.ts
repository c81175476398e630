import {
  evaluateContractingRoutes,
  ROUTE_IDS,
  SUPPLIER_STATUSES,
  type Buyer,
  type ContractNature,
  type RouteId,
  type SupplierStatus,
  type Verdict,
} from "~/domain/contracting";
import { buyerTypeOf, effectiveAmount } from "./need-schema";
import type { AMOUNT_BANDS } from "#db/schema/needs";

/** What the contracting rules need to answer for a need: everything but the supplier's status. */
export type RouteTableInput = { buyer: Buyer; contractNature: ContractNature; amountCad: number; date: string };

export type RouteTableRow = {
  status: SupplierStatus;
  verdicts: Record<RouteId, Verdict>;
  /** The /procedure query string that shows the full answer for this status. */
  procedureQuery: string;
};

export type NeedRouteContext =
  | { state: "ready"; input: RouteTableInput; amountFromBand: boolean }
  /** The organization type has no contracting regime in the rules module ("other"). */
  | { state: "no_regime" }
  /** Neither an estimate nor a band: thresholds cannot be compared. */
  | { state: "no_amount" };

/**
 * The rules' input for a need: the organization's regime, the nature, the estimate (or the
 * middle of the band) and the publication date (today for a draft), so the answer is the one
 * suppliers saw when the need went out.
 */
export function needRouteContext(
  need: {
    organizationType: string;
    contractNature: ContractNature;
    amountCad: number | null;
    amountBand: (typeof AMOUNT_BANDS)[number] | null;
  },
  date: string,
): NeedRouteContext {
  const buyer = buyerTypeOf(need.organizationType);
  if (!buyer) return { state: "no_regime" };
  const amountCad = effectiveAmount(need);
  if (amountCad === undefined) return { state: "no_amount" };
  return {
    state: "ready",
    input: { buyer, contractNature: need.contractNature, amountCad, date },
    amountFromBand: need.amountCad == null,
  };
}

export function procedureQuery(input: RouteTableInput, status: SupplierStatus): string {
  return new URLSearchParams({
    buyer: input.buyer,
    supplierStatus: status,
    contractNature: input.contractNature,
    amountCad: String(input.amountCad),
    date: input.date,
  }).toString();
}

/** The verdict of each route for each supplier status: one `evaluateContractingRoutes` per row. */
export function contractingRouteTable(input: RouteTableInput): RouteTableRow[] {
  return SUPPLIER_STATUSES.map((status) => {
    const answer = evaluateContractingRoutes({ ...input, supplierStatus: status });
    const verdicts = Object.fromEntries(
      ROUTE_IDS.map((id) => [id, answer.routes.find((r) => r.id === id)?.verdict ?? "not_allowed"]),
    ) as Record<RouteId, Verdict>;
    return { status, verdicts, procedureQuery: procedureQuery(input, status) };
  });
}

const POINTS: Record<Verdict, number> = { allowed: 2, conditional: 1, not_allowed: 0 };

/**
 * The route that makes a status "simpler" than an ordinary business for this need (direct
 * award first, then an invitation), as the matching's `simpler_route` reason weighs it; used
 * to say that reason in words. Undefined when the status opens nothing more.
 */
export function simplerRouteFor(table: RouteTableRow[], status: SupplierStatus): RouteId | undefined {
  const row = table.find((r) => r.status === status);
  const baseline = table.find((r) => r.status === "for_profit");
  if (!row || !baseline) return undefined;
  return (["direct_award", "invitation_tender"] as const).find(
    (id) => POINTS[row.verdicts[id]] > POINTS[baseline.verdicts[id]],
  );
}
