// LCOP s. 13 exceptions: never applied by default (research note §1, §2.4). When the buyer says
// one applies, the answer shows it as its own route with the conditions that justify it.
import { CONDITIONS } from "./conditions";
import { SECTION_13_CASE_LABELS } from "./labels";
import { referencesFor, type ProvisionKey } from "./legal-references";
import { fill, l, lowerFirst } from "./text";
import type { Condition, ContractingInput, ExceptionRoute, Localized, Section13Case } from "./types";

const CASE_CONDITIONS: Record<Section13Case, Condition[]> = {
  emergency: [CONDITIONS.s13Emergency],
  sole_source: [CONDITIONS.s13SoleSource],
  confidential: [CONDITIONS.s13Confidential, CONDITIONS.s13ChiefExecutive],
  public_interest: [CONDITIONS.s13PublicInterest, CONDITIONS.s13ChiefExecutive, CONDITIONS.s13Notice15Days],
  regulation: [CONDITIONS.s13Regulation],
};

const CASE_PROVISIONS: Record<Section13Case, ProvisionKey[]> = {
  emergency: ["lcop.exceptions"],
  sole_source: ["lcop.exceptions"],
  confidential: ["lcop.exceptions"],
  public_interest: ["lcop.exceptions", "lcop.public_interest_notice"],
  regulation: ["lcop.exceptions", "lcop.services_reg_42_2"],
};

const TEXT = {
  declared: l(
    "Vous indiquez qu'une exception de l'article 13 de la LCOP s'applique : {case}. Le contrat peut alors être conclu de gré à gré malgré le seuil, si les conditions ci-dessous sont remplies et documentées au dossier.",
    "You state that an exception of LCOP s. 13 applies: {case}. The contract may then be entered into by mutual agreement despite the threshold, if the conditions below are met and documented in the file.",
  ),
  unspecified: l(
    "Vous indiquez qu'une exception de l'article 13 de la LCOP s'applique, sans préciser laquelle. Les cinq cas sont : urgence (1°), fournisseur unique (2°), question confidentielle ou protégée (3°), intérêt public (4°) et cas prévus par règlement (5°). Les cas 3° et 4° exigent l'autorisation du dirigeant de l'organisme, et le cas 4° un avis d'intention de 15 jours dans le SEAO (art. 13.1).",
    "You state that an exception of LCOP s. 13 applies, without saying which. The five cases are: emergency (1), sole source (2), confidential or protected matter (3), public interest (4) and cases set by regulation (5). Cases 3 and 4 require the chief executive's authorization, and case 4 a 15-day notice of intention on SEAO (s. 13.1).",
  ),
  notNeeded: l(
    "Le montant étant sous le seuil d'appel d'offres public, le gré à gré est déjà permis sans recourir à cette exception.",
    "As the amount is below the public tender threshold, direct award is already allowed without this exception.",
  ),
  burden: l(
    "C'est à l'organisme de démontrer que les conditions sont remplies ; le module ne les vérifie pas.",
    "The body must show that the conditions are met; the module does not check them.",
  ),
};

const lowerCase = (t: Localized): Localized => ({ fr: lowerFirst(t.fr), en: lowerFirst(t.en) });

export function section13Route(
  input: ContractingInput,
  date: string,
  belowPublicThreshold: boolean,
): ExceptionRoute | null {
  const declared = input.lcopSection13Exception;
  if (declared === "no" || declared === "unknown") return null;
  const reasons: Localized[] =
    declared === "yes"
      ? [TEXT.unspecified]
      : [fill(TEXT.declared, { case: lowerCase(SECTION_13_CASE_LABELS[declared]) })];
  if (belowPublicThreshold) reasons.push(TEXT.notNeeded);
  reasons.push(TEXT.burden);
  return {
    id: "lcop_s13_exception",
    case: declared,
    verdict: "conditional",
    conditions: declared === "yes" ? [CONDITIONS.s13CaseIdentified] : CASE_CONDITIONS[declared],
    reasons,
    legalReferences: referencesFor(
      declared === "yes" ? ["lcop.exceptions", "lcop.public_interest_notice"] : CASE_PROVISIONS[declared],
      date,
    ),
  };
}
