// Municipal bodies (LCV / Code municipal): research note §3 and the decision procedure of §6.
// The "dépense" compared with the thresholds includes net taxes (§1, §8 item 4).
import { anyOf, CONDITIONS } from "./conditions";
import type { RegimeContext, RegimeResult } from "./evaluate-lcop";
import type { ProvisionKey } from "./legal-references";
import type { ThresholdFacts } from "./messages";
import { COMMON } from "./messages";
import { MUNI, type MunicipalAmounts } from "./messages-municipal";
import { municipalExemption, type Exemption } from "./municipal-exemption";
import { netTaxRateOn, withNetTaxes } from "./net-tax";
import type { RouteBuilder } from "./route-builder";
import { routeBuilder } from "./route-builder";
import { fill, l, money, percent } from "./text";
import { findThreshold, toThresholdUsed, type ThresholdEntry } from "./thresholds";
import type { AnswerWarning, ContractingInput, Localized, RouteAnswer } from "./types";
import { WARNINGS } from "./warnings";

const facts = (e: ThresholdEntry): ThresholdFacts => ({
  amount: e.amountCad,
  from: e.effectiveFrom,
  to: e.effectiveTo,
});
const why = (e: Exemption): Localized[] => (e.reason ? [e.reason] : []);

function belowFloor(b: RouteBuilder, input: ContractingInput, a: MunicipalAmounts): RouteAnswer[] {
  const r = MUNI.belowFloor(a);
  return [
    b.allowed("direct_award", [r], ["muni.invitation", "muni.rgc"]),
    b.allowed("invitation_tender", [r, MUNI.invitationBelowFloor], ["muni.invitation"]),
    b.allowed("reserved_tender", [r, MUNI.reservedBelowFloor(input.supplierStatus)], ["muni.invitation"]),
    b.allowed("open_public_tender", [COMMON.openAlwaysAllowed], ["muni.public_tender"]),
  ];
}

function invitationBand(
  b: RouteBuilder,
  input: ContractingInput,
  a: MunicipalAmounts,
  t: ThresholdEntry,
  ex: Exemption,
): RouteAnswer[] {
  const r = MUNI.invitationBand(a, facts(t));
  const rgc: ProvisionKey[] = ["muni.invitation", "muni.rgc", ...ex.provisions];
  let direct: RouteAnswer;
  if (ex.kind === "exempt") direct = b.allowed("direct_award", [r, ex.reason, MUNI.anyProcess], rgc);
  else if (input.rgcAllowsDirectAward === "yes") direct = b.allowed("direct_award", [r, MUNI.rgcYes], rgc);
  else if (ex.kind === "conditional") {
    const condition =
      input.rgcAllowsDirectAward === "no" ? ex.condition : anyOf(ex.condition, CONDITIONS.rgcAllowsDirectAward);
    const rgcReason = input.rgcAllowsDirectAward === "no" ? [] : [MUNI.rgcUnknown];
    direct = b.conditional("direct_award", [condition], [r, ex.reason, ...rgcReason], rgc);
  } else if (input.rgcAllowsDirectAward === "no") {
    direct = b.notAllowed("direct_award", [r, MUNI.rgcNo, ...why(ex)], rgc);
  } else {
    direct = b.conditional("direct_award", [CONDITIONS.rgcAllowsDirectAward], [r, MUNI.rgcUnknown, ...why(ex)], rgc);
  }
  const reserved =
    ex.kind === "exempt"
      ? b.allowed("reserved_tender", [r, ex.reason, MUNI.anyProcess], ex.provisions)
      : b.conditional(
          "reserved_tender",
          [CONDITIONS.rgcAllowsLimitedInvitation, CONDITIONS.enoughEligibleSuppliers],
          [r, MUNI.reservedInvitation(input.supplierStatus), MUNI.invitationRule],
          ["muni.invitation", "muni.rgc"],
        );
  return [
    direct,
    b.allowed("invitation_tender", [r, MUNI.invitationRule], ["muni.invitation", "muni.rgc"]),
    reserved,
    b.allowed("open_public_tender", [COMMON.openAlwaysAllowed, r], ["muni.public_tender"]),
  ];
}

function publicBand(b: RouteBuilder, a: MunicipalAmounts, t: ThresholdEntry, ex: Exemption): RouteAnswer[] {
  const r = MUNI.publicBand(a, facts(t));
  const base: ProvisionKey[] = ["muni.public_tender", "muni.threshold_regulation", ...ex.provisions];
  const others = (["direct_award", "invitation_tender", "reserved_tender"] as const).map((id) => {
    if (ex.kind === "exempt") return b.allowed(id, [r, ex.reason, MUNI.anyProcess], base);
    if (ex.kind === "conditional") return b.conditional(id, [ex.condition], [r, ex.reason, MUNI.anyProcess], base);
    const rule = id === "reserved_tender" ? MUNI.reservedPublic : MUNI.notBelowThreshold;
    return b.notAllowed(id, [r, rule, ...why(ex)], base);
  });
  return [
    ...others,
    b.allowed("open_public_tender", [COMMON.openAlwaysAllowed, r], ["muni.public_tender", "muni.threshold_regulation"]),
  ];
}

function municipalWarnings(
  input: ContractingInput,
  band: "floor" | "invitation" | "public",
  ex: Exemption,
  comparedCad: number,
  ceta: number,
): AnswerWarning[] {
  const out: AnswerWarning[] = [WARNINGS.netTaxBasis, WARNINGS.lcom];
  const { supplierStatus: status, contractNature: nature } = input;
  if (status === "community_org") out.push(WARNINGS.communityOrgIncorporated);
  if (band !== "public") out.push(WARNINGS.bill67);
  if (band === "invitation") out.push(WARNINGS.rgcWording);
  const nonprofit = status === "obnl" || status === "community_org";
  if (nonprofit && nature === "services" && comparedCad >= ceta) out.push(WARNINGS.listedServices);
  if (status === "mutual" && nature === "insurance") out.push(WARNINGS.mutualInsurance);
  if (status === "nonprofit_cooperative" && nature === "residual_materials_services") out.push(WARNINGS.coopResidual);
  if (status === "nonprofit_cooperative" && ex.kind !== "none") out.push(WARNINGS.designatedCoopSubject);
  if (!["no", "unknown"].includes(input.lcopSection13Exception)) out.push(WARNINGS.s13Municipal);
  return out;
}

export function evaluateMunicipal(ctx: RegimeContext): RegimeResult {
  const { input, lookupDate } = ctx;
  const b = routeBuilder(lookupDate);
  const tax = netTaxRateOn(lookupDate);
  const amounts: MunicipalAmounts = { preTax: input.amountCad, compared: withNetTaxes(input.amountCad, tax.rate) };
  const floor = findThreshold("invitation_floor", "municipal", "any", lookupDate);
  const threshold = findThreshold("public_tender", "municipal", "any", lookupDate);
  const ceta = findThreshold("ceta_goods_services", "all", "any", lookupDate);
  const ex = municipalExemption(input, amounts.compared, ceta.amountCad);
  const band =
    amounts.compared < floor.amountCad ? "floor" : amounts.compared < threshold.amountCad ? "invitation" : "public";

  const routes =
    band === "floor"
      ? belowFloor(b, input, amounts)
      : band === "invitation"
        ? invitationBand(b, input, amounts, threshold, ex)
        : publicBand(b, amounts, threshold, ex);

  const cetaMatters = ["obnl", "community_org"].includes(input.supplierStatus) && input.contractNature === "services";
  return {
    routes,
    amounts: {
      preTaxCad: amounts.preTax,
      comparedCad: amounts.compared,
      netTaxRate: tax.rate,
      basis: "net_taxes_included",
      explanation: fill(
        l(
          "Pour un organisme municipal, la dépense comparée aux seuils inclut les taxes nettes : {preTax} avant taxes × (1 + {rate}) = {compared}. {why}",
          "For a municipal body, the expenditure compared with the thresholds includes net taxes: {preTax} before taxes × (1 + {rate}) = {compared}. {why}",
        ),
        {
          preTax: money(amounts.preTax),
          rate: percent(tax.rate),
          compared: money(amounts.compared),
          why: tax.explanation,
        },
      ),
      sources: tax.sources,
    },
    thresholdsUsed: [floor, threshold, ...(cetaMatters ? [ceta] : [])].map((e) =>
      toThresholdUsed(e, lookupDate, "municipal"),
    ),
    warnings: municipalWarnings(input, band, ex, amounts.compared, ceta.amountCad),
    belowPublicThreshold: band !== "public",
  };
}
