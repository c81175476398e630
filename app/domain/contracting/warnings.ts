// Warnings: rules that always matter, and the uncertainties of the research note (§8) that
// touch a given answer — the module says so instead of guessing.
import { DATA_COVERAGE } from "./rules-version";
import { fill, l, longDate, lowerFirst, money } from "./text";
import type { AnswerWarning, Localized, ThresholdUsed, WarningKind } from "./types";
import { MUNICIPAL_WARNINGS } from "./warnings-municipal";

function w(id: string, kind: WarningKind, text: Localized, researchItem?: number): AnswerWarning {
  return researchItem === undefined ? { id, kind, text } : { id, kind, text, researchItem };
}

export const WARNINGS = {
  splittingLcop: w(
    "no_splitting",
    "rule",
    l(
      "Il est interdit de scinder ou de répartir ses besoins, ou de modifier un contrat, dans le but d'éluder l'appel d'offres public (LCOP, art. 12). Estimez la valeur totale du besoin, options et renouvellements compris.",
      "Splitting or dividing requirements, or amending a contract, to avoid a public call for tenders is forbidden (LCOP s. 12). Estimate the total value of the need, options and renewals included.",
    ),
  ),
  ownPolicyLcop: w(
    "own_policy_may_be_stricter",
    "rule",
    l(
      "Les directives du Conseil du trésor et les règles internes de votre organisme peuvent être plus strictes que la loi : elles s'appliquent en plus de cette réponse.",
      "Treasury Board directives and your body's internal rules may be stricter than the Act: they apply on top of this answer.",
    ),
  ),
  lcopCoversSocialEconomy: w(
    "lcop_covers_social_economy",
    "notice",
    l(
      "Depuis 2012 (L.Q. 2012, c. 25), la LCOP s'applique aux contrats avec les OBNL, les coopératives et les mutuelles comme avec toute entreprise : le gré à gré « avec un OBNL » du guide de 2011 n'existe plus en tant que tel.",
      "Since 2012 (S.Q. 2012, c. 25) the LCOP applies to contracts with non-profits, cooperatives and mutuals as with any business: the 2011 guide's “direct award to a non-profit” no longer exists as such.",
    ),
  ),
  lcopDeemedServices: w(
    "lcop_deemed_services",
    "notice",
    l(
      "L'assurance de dommages et les contrats d'entreprise autres que de construction (dont les services de matières résiduelles) sont réputés des contrats de services : le seuil des services s'applique (LCOP, art. 3).",
      "Damage insurance and contracts of enterprise other than construction (residual-materials services included) are deemed service contracts: the services threshold applies (LCOP s. 3).",
    ),
  ),
  lcopBelowThreshold: w(
    "lcop_below_threshold_obligations",
    "uncertainty",
    l(
      "Sous le seuil, l'article 14 de la LCOP modifié en 2022 (achat québécois, justification) et la directive du Conseil du trésor sur la gestion des contrats peuvent imposer des exigences (autorisations, rotation, cibles d'achat québécois) dont le texte actuel n'a pas été consulté.",
      "Below the threshold, LCOP s. 14 as amended in 2022 (Québec purchasing, justification) and the Treasury Board directive on contract management may impose requirements (authorizations, rotation, Québec-purchase targets) whose current text was not seen.",
    ),
    6,
  ),
  lcopReservedPublicCall: w(
    "lcop_reserved_public_call_unsettled",
    "uncertainty",
    l(
      "Qu'un organisme public puisse lancer un appel d'offres public réservé aux OBNL ou aux coopératives sous le seuil sans directive prise en vertu de l'article 14.4 est une zone grise : le module ne l'affirme pas.",
      "Whether a public body may run a public call reserved to non-profits or cooperatives below the threshold without a s. 14.4 directive is a grey zone: the module does not assert it.",
    ),
    13,
  ),
  lcopDirectiveNotInForce: w(
    "lcop_s14_4_not_in_force",
    "uncertainty",
    l(
      "L'article 14.4 de la LCOP (directive de réservation aux petites entreprises et aux entreprises d'économie sociale) était indiqué « non en vigueur » en novembre 2024 ; aucune directive n'a été trouvée. Vérifiez auprès du Secrétariat du Conseil du trésor.",
      "LCOP s. 14.4 (directive reserving calls to small and social economy enterprises) was marked “not in force” in November 2024; no directive was found. Check with the Treasury Board Secretariat.",
    ),
    6,
  ),
  lcopRegulatoryCases: w(
    "lcop_regulatory_cases_not_reviewed",
    "uncertainty",
    l(
      "D'autres cas réglementaires de gré à gré (comme l'article 42.2 du Règlement sur certains contrats de services) peuvent viser des OBNL ; leur liste n'a pas été entièrement revue et aucun n'est appliqué par défaut.",
      "Other regulatory direct-award cases (such as s. 42.2 of the Regulation respecting service contracts) may cover non-profits; their list was not fully reviewed and none is applied by default.",
    ),
    12,
  ),
  financialAidUnknown: w(
    "financial_aid_or_contract",
    "notice",
    l(
      "Cette réponse suppose un contrat d'achat. S'il s'agit plutôt d'une aide financière (subvention à un organisme), les modes de passation ne s'appliquent pas.",
      "This answer assumes a procurement contract. If it is financial aid instead (a grant to an organization), contracting routes do not apply.",
    ),
  ),
  ...MUNICIPAL_WARNINGS,
};

export function dateAfterCoverage(date: string): AnswerWarning {
  const last = longDate(DATA_COVERAGE.to);
  const d = longDate(date);
  return w(
    "date_after_known_periods",
    "uncertainty",
    l(
      `La date du ${d.fr} est postérieure à la dernière période connue (jusqu'au ${last.fr}) : les seuils de cette période sont utilisés, mais de nouveaux seuils s'appliquent probablement. Vérifiez-les avant de vous fier à cette réponse.`,
      `The date ${d.en} is after the last known period (up to ${last.en}): that period's thresholds are used, but new thresholds probably apply. Check them before relying on this answer.`,
    ),
    1,
  );
}

const lowerFirstLocalized = (t: Localized): Localized => ({ fr: lowerFirst(t.fr), en: lowerFirst(t.en) });

/** One warning per threshold used whose amount or in-force date the research could not confirm. */
export function thresholdWarnings(used: ThresholdUsed[]): AnswerWarning[] {
  return used.flatMap((t) => {
    if (t.confidenceNote === null) return [];
    const text = fill(l("{label} de {amount} : {note}", "{label} of {amount}: {note}"), {
      label: t.label,
      amount: money(t.amountCad),
      note: lowerFirstLocalized(t.confidenceNote),
    });
    const kind = t.researchItem === undefined ? "notice" : "uncertainty";
    return [w(`threshold_unconfirmed:${t.id}`, kind, text, t.researchItem)];
  });
}
