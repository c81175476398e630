// Warnings specific to municipal bodies (LCV / CM), including the research note's §8
// uncertainties that touch municipal answers.
import { l } from "./text";
import type { AnswerWarning, Localized, WarningKind } from "./types";

function w(id: string, kind: WarningKind, text: Localized, researchItem?: number): AnswerWarning {
  return researchItem === undefined ? { id, kind, text } : { id, kind, text, researchItem };
}

export const MUNICIPAL_WARNINGS = {
  splittingMunicipal: w(
    "no_splitting",
    "rule",
    l(
      "Il est interdit de diviser un contrat en plusieurs contrats en semblable matière pour rester sous un seuil, sauf pour des motifs de saine administration à justifier (LCV 573.3.0.3, CM 938.0.3).",
      "Dividing a contract into several contracts of the same kind to stay under a threshold is forbidden, unless justified by sound administration (LCV 573.3.0.3, CM 938.0.3).",
    ),
  ),
  ownPolicyMunicipal: w(
    "own_policy_may_be_stricter",
    "rule",
    l(
      "Votre règlement de gestion contractuelle (LCV 573.3.1.2, CM 938.1.2) et vos politiques peuvent être plus stricts que la loi : ils s'appliquent en plus de cette réponse.",
      "Your contract-management by-law (LCV 573.3.1.2, CM 938.1.2) and policies may be stricter than the law: they apply on top of this answer.",
    ),
  ),
  communityOrgIncorporated: w(
    "community_org_assumed_incorporated",
    "notice",
    l(
      "Le module traite l'organisme communautaire comme un organisme à but non lucratif en supposant qu'il est constitué en personne morale ; un groupe non constitué ne peut pas contracter de la façon habituelle.",
      "The module treats the community organization as a non-profit body assuming it is incorporated; an unincorporated group cannot contract in the usual way.",
    ),
  ),
  netTaxBasis: w(
    "municipal_net_tax_basis",
    "uncertainty",
    l(
      "La comparaison avec les seuils municipaux se fait sur la dépense taxes nettes incluses (4,9875 %), selon la doctrine et un jugement de première instance ; le taux de remboursement de la TVQ n'a pas été revérifié.",
      "Municipal thresholds are compared with the expenditure including net taxes (4.9875%), following legal commentary and one trial decision; the QST refund rate was not re-verified.",
    ),
    4,
  ),
  listedServices: w(
    "municipal_listed_services_incomplete",
    "uncertainty",
    l(
      "La liste complète des services énumérés au paragraphe 2.3° (LCV 573.3, CM 938) n'a pas pu être lue ; la liste parallèle connue comprend la messagerie et la poste, la télécopie, les services immobiliers, informatiques, d'entretien d'équipement de bureau et de conseil en gestion.",
      "The full list of services in paragraph 2.3 (LCV 573.3, CM 938) could not be read; the known parallel list includes courier and mail, fax, real estate, computer, office-equipment maintenance and management consulting services.",
    ),
    7,
  ),
  rgcWording: w(
    "municipal_rgc_wording",
    "uncertainty",
    l(
      "La portée actuelle de LCV 573.3.1.2 et CM 938.1.2 (règles propres de 25 000 $ jusqu'au seuil) n'est confirmée que par des sources municipales secondaires.",
      "The current scope of LCV 573.3.1.2 and CM 938.1.2 (own rules from $25,000 up to the threshold) is confirmed by secondary municipal sources only.",
    ),
    8,
  ),
  bill67: w(
    "municipal_quebec_preference_measures",
    "uncertainty",
    l(
      "Les règlements de gestion contractuelle devaient contenir, pendant trois ans à partir du 25 juin 2021, des mesures favorisant les biens et services québécois (projet de loi 67) ; leur prolongation après juin 2024 n'a pas été confirmée.",
      "Whether the Québec-preference measures that contract-management by-laws had to contain for three years from June 25, 2021 (Bill 67) were extended is not confirmed.",
    ),
    9,
  ),
  lcom: w(
    "municipal_lcom_renumbering",
    "uncertainty",
    l(
      "La Loi sur les contrats des organismes municipaux (projet de loi 79, sanctionné le 25 mars 2025) regroupera ces règles à une date fixée par le gouvernement, non connue ici : les numéros d'articles et certaines règles pourraient changer.",
      "The Act respecting contracting by municipal bodies (Bill 79, assented March 25, 2025) will regroup these rules on a date the government sets, not known here: article numbers and some rules may change.",
    ),
    10,
  ),
  mutualInsurance: w(
    "municipal_mutual_insurance_regime",
    "uncertainty",
    l(
      "Des régimes particuliers existent pour les mutuelles de municipalités (LCV 465.1 et suiv., par exemple la Mutuelle des municipalités du Québec) ; leur interaction avec l'article 573 n'a pas été vérifiée. Tout mode autre que l'appel d'offres public est incertain ici.",
      "Special regimes exist for mutuals of municipalities (LCV 465.1 ff., e.g. the Mutuelle des municipalités du Québec); how they interact with s. 573 was not checked. Any route other than the open public tender is uncertain here.",
    ),
    11,
  ),
  coopResidual: w(
    "municipal_coop_residual_materials",
    "uncertainty",
    l(
      "Le paragraphe 2.2° vise « la fourniture de services » sans reprendre l'exclusion des matières résiduelles du paragraphe 2.1° dans la version anglaise consultée ; la version française n'a pas été vue.",
      "Paragraph 2.2 covers “the supply of services” without repeating the residual-materials exclusion of paragraph 2.1 in the English text seen; the French text was not seen.",
    ),
    7,
  ),
  designatedCoopSubject: w(
    "designated_coop_subject_to_rules",
    "notice",
    l(
      "Une coopérative désignée par le ministre devient elle-même assujettie aux règles contractuelles municipales (LCV 573.3.5).",
      "A cooperative designated by the Minister itself becomes subject to the municipal contracting rules (LCV 573.3.5).",
    ),
  ),
  s13Municipal: w(
    "lcop_s13_not_municipal",
    "notice",
    l(
      "L'article 13 de la LCOP ne s'applique pas aux organismes municipaux. Leurs exceptions propres (force majeure, LCV 573.2, CM 937 ; autres cas de LCV 573.3, CM 938) ne sont pas évaluées ici, sauf celles liées au statut du fournisseur.",
      "LCOP s. 13 does not apply to municipal bodies. Their own exceptions (force majeure, LCV 573.2, CM 937; other cases of LCV 573.3, CM 938) are not evaluated here, except those tied to the supplier's status.",
    ),
  ),
};
