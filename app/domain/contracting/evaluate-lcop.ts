// Public bodies under the LCOP (ministries, health and education networks): research note §2
// and the decision procedure of §6. The pre-tax amount, options included, is compared (s. 10).
import { CONDITIONS } from "./conditions";
import { BILL_12_IN_FORCE, type ProvisionKey } from "./legal-references";
import { COMMON, LCOP, type ThresholdFacts } from "./messages";
import type { RouteBuilder } from "./route-builder";
import { routeBuilder } from "./route-builder";
import { l } from "./text";
import { findThreshold, toThresholdUsed, type ThresholdEntry, type ThresholdNature } from "./thresholds";
import type { AnswerWarning, Amounts, ContractingInput, RouteAnswer, SupplierStatus, ThresholdUsed } from "./types";
import { WARNINGS } from "./warnings";

export interface RegimeContext {
  input: ContractingInput;
  /** Date used to look rules up: the answer date, clamped to the data coverage. */
  lookupDate: string;
}

export interface RegimeResult {
  routes: RouteAnswer[];
  amounts: Amounts;
  thresholdsUsed: ThresholdUsed[];
  warnings: AnswerWarning[];
  belowPublicThreshold: boolean;
}

export const SOCIAL_ECONOMY_STATUSES: readonly SupplierStatus[] = [
  "cooperative",
  "nonprofit_cooperative",
  "mutual",
  "obnl",
  "community_org",
];

// s. 14.1 and 14.11 come from Bill 12 (S.Q. 2022, c. 18); before it, no reservation basis.
const BILL_12_FROM = BILL_12_IN_FORCE;

/** LCOP s. 3 para. 1(4): insurance and residual-materials services are service contracts. */
function lcopNature(nature: ContractingInput["contractNature"]): ThresholdNature {
  if (nature === "supply" || nature === "construction") return nature;
  return "services";
}

const facts = (e: ThresholdEntry): ThresholdFacts => ({
  amount: e.amountCad,
  from: e.effectiveFrom,
  to: e.effectiveTo,
});

function belowThreshold(b: RouteBuilder, input: ContractingInput, t: ThresholdEntry, extra: ProvisionKey[]) {
  const r = LCOP.below(input.amountCad, facts(t));
  return [
    b.allowed("direct_award", [r, LCOP.directBelow], [...extra, "lcop.public_tender", "lcop.below_threshold"]),
    b.allowed("invitation_tender", [r, LCOP.invitationBelow], [...extra, "lcop.public_tender", "lcop.below_threshold"]),
    b.conditional(
      "reserved_tender",
      [CONDITIONS.limitedInvitationOnly, CONDITIONS.enoughEligibleSuppliers],
      [r, LCOP.reservedBelow(input.supplierStatus)],
      [...extra, "lcop.below_threshold", "lcop.reservation"],
    ),
    b.allowed("open_public_tender", [COMMON.openAlwaysAllowed, LCOP.openBelow], [...extra, "lcop.public_tender"]),
  ];
}

function atOrAboveThreshold(
  b: RouteBuilder,
  ctx: RegimeContext,
  t: ThresholdEntry,
  ceta: ThresholdEntry,
  extra: ProvisionKey[],
) {
  const { input, lookupDate } = ctx;
  const r = LCOP.atOrAbove(input.amountCad, facts(t));
  const flagged = !["no", "unknown"].includes(input.lcopSection13Exception);
  const socialEconomy = SOCIAL_ECONOMY_STATUSES.includes(input.supplierStatus) && lookupDate >= BILL_12_FROM;

  let reserved: RouteAnswer;
  if (input.amountCad >= ceta.amountCad) {
    reserved = b.notAllowed(
      "reserved_tender",
      [r, LCOP.reservedAboveCeta(ceta.amountCad)],
      [...extra, "lcop.reservation"],
    );
  } else if (lookupDate < BILL_12_FROM) {
    reserved = b.notAllowed("reserved_tender", [r, LCOP.reservedNotYet], [...extra, "lcop.public_tender"]);
  } else {
    reserved = b.conditional(
      "reserved_tender",
      [CONDITIONS.treasuryBoardDirective, CONDITIONS.enoughEligibleSuppliers],
      [r, LCOP.reservedDirective(ceta.amountCad)],
      [...extra, "lcop.reservation"],
    );
  }
  return [
    b.notAllowed(
      "direct_award",
      [r, LCOP.directAbove, ...(flagged ? [LCOP.seeException] : [])],
      [...extra, "lcop.public_tender", "lcop.exceptions"],
    ),
    b.notAllowed("invitation_tender", [r, LCOP.invitationAbove], [...extra, "lcop.public_tender"]),
    reserved,
    b.allowed(
      "open_public_tender",
      [COMMON.openAlwaysAllowed, r, ...(socialEconomy ? [LCOP.socialEconomyMargin] : [])],
      [...extra, "lcop.public_tender", ...(socialEconomy ? (["lcop.social_economy_margin"] as const) : [])],
    ),
  ];
}

export function evaluateLcop(ctx: RegimeContext): RegimeResult {
  const { input, lookupDate } = ctx;
  const b = routeBuilder(lookupDate);
  const nature = lcopNature(input.contractNature);
  const scope = input.buyer === "ministry" ? "lcop_ministry" : "lcop_network";
  const threshold = findThreshold("public_tender", scope, nature, lookupDate);
  const ceta = findThreshold(
    nature === "construction" ? "ceta_construction" : "ceta_goods_services",
    "all",
    "any",
    lookupDate,
  );
  const deemed = nature === "services" && input.contractNature !== "services";
  const extra: ProvisionKey[] = deemed ? ["lcop.deemed_services"] : [];
  const below = input.amountCad < threshold.amountCad;

  const warnings: AnswerWarning[] = [];
  if (SOCIAL_ECONOMY_STATUSES.includes(input.supplierStatus)) warnings.push(WARNINGS.lcopCoversSocialEconomy);
  if (deemed) warnings.push(WARNINGS.lcopDeemedServices);
  if (below) {
    warnings.push(WARNINGS.lcopBelowThreshold, WARNINGS.lcopReservedPublicCall);
  } else {
    if (input.amountCad < ceta.amountCad && lookupDate >= BILL_12_FROM) warnings.push(WARNINGS.lcopDirectiveNotInForce);
    if (input.supplierStatus !== "for_profit") warnings.push(WARNINGS.lcopRegulatoryCases);
  }

  return {
    routes: below ? belowThreshold(b, input, threshold, extra) : atOrAboveThreshold(b, ctx, threshold, ceta, extra),
    amounts: {
      preTaxCad: input.amountCad,
      comparedCad: input.amountCad,
      netTaxRate: null,
      basis: "pre_tax",
      explanation: l(
        "Pour un organisme public, le montant estimé avant taxes, options comprises, est comparé aux seuils, qui sont eux aussi avant taxes (LCOP, art. 10).",
        "For a public body, the estimated pre-tax amount, options included, is compared with the thresholds, which are also pre-tax (LCOP s. 10).",
      ),
      sources: [],
    },
    thresholdsUsed: (below ? [threshold] : [threshold, ceta]).map((e) => toThresholdUsed(e, lookupDate, "lcop")),
    warnings,
    belowPublicThreshold: below,
  };
}
