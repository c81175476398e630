// Named conditions under which a route is allowed. All conditions of a route must hold;
// an alternative ("a or b") is a single condition built with anyOf().
import { l, lowerFirst } from "./text";
import type { Condition, Localized } from "./types";

function condition(id: string, text: Localized): Condition {
  return { id, text };
}

export const CONDITIONS = {
  rgcAllowsDirectAward: condition(
    "rgc_allows_direct_award",
    l(
      "Si votre règlement de gestion contractuelle (RGC) permet le gré à gré pour ce montant.",
      "If your contract-management by-law allows direct award for this amount.",
    ),
  ),
  rgcAllowsLimitedInvitation: condition(
    "rgc_allows_limited_invitation",
    l(
      "Si votre règlement de gestion contractuelle ne vous oblige pas à inviter aussi d'autres fournisseurs.",
      "If your contract-management by-law does not require you to also invite other suppliers.",
    ),
  ),
  enoughEligibleSuppliers: condition(
    "enough_eligible_suppliers",
    l(
      "S'il existe assez de fournisseurs admissibles (au moins deux) pour une saine concurrence.",
      "If enough eligible suppliers (at least two) exist for healthy competition.",
    ),
  ),
  limitedInvitationOnly: condition(
    "limited_invitation_only",
    l(
      "Si la mise en concurrence réservée se fait par invitation écrite de fournisseurs choisis ; un appel d'offres public réservé exigerait une directive du Conseil du trésor (LCOP, art. 14.4).",
      "If the reserved competition is a written invitation to chosen suppliers; a reserved public call would need a Treasury Board directive (LCOP s. 14.4).",
    ),
  ),
  treasuryBoardDirective: condition(
    "treasury_board_directive_s14_4",
    l(
      "Si une directive du Conseil du trésor prise en vertu de l'article 14.4 de la LCOP vise ce contrat (cet article était indiqué « non en vigueur » dans la dernière version consultée).",
      "If a Treasury Board directive made under LCOP s. 14.4 covers this contract (that section was marked “not in force” in the last version seen).",
    ),
  ),
  coopDesignated: condition(
    "coop_designated",
    l(
      "Si la coopérative de solidarité, dont les statuts interdisent les ristournes et l'intérêt sur les parts privilégiées, est désignée par le ministre des Affaires municipales.",
      "If the solidarity cooperative, whose articles forbid patronage refunds and interest on preferred shares, is designated by the Minister of Municipal Affairs.",
    ),
  ),
  serviceNotListed: condition(
    "service_not_listed",
    l(
      "Si le service n'est pas l'un des services énumérés au paragraphe 2.3° (messagerie ou poste, services informatiques, services immobiliers, conseil en gestion, etc.).",
      "If the service is not one of the services listed in paragraph 2.3 (courier or mail, computer services, real estate services, management consulting, etc.).",
    ),
  ),

  // LCOP s. 13 and 13.1: each case has its own justification, kept in the contract file.
  s13CaseIdentified: condition(
    "s13_case_identified",
    l(
      "Si vous pouvez indiquer lequel des cinq cas de l'article 13 s'applique et le documenter au dossier.",
      "If you can state which of the five cases of s. 13 applies and document it in the file.",
    ),
  ),
  s13Emergency: condition(
    "s13_emergency_documented",
    l(
      "Si une situation d'urgence menace la sécurité des personnes ou des biens, et que cela est documenté.",
      "If an emergency threatens the safety of persons or property, and this is documented.",
    ),
  ),
  s13SoleSource: condition(
    "s13_sole_source_documented",
    l(
      "Si un seul contractant est possible (garantie, droit de propriété, droit exclusif, valeur artistique, patrimoniale ou muséologique), et que cela est documenté.",
      "If only one contractor is possible (guarantee, ownership, exclusive right, artistic, heritage or museological value), and this is documented.",
    ),
  ),
  s13Confidential: condition(
    "s13_confidential_matter",
    l(
      "Si l'objet du contrat est une question de nature confidentielle ou protégée, et que cela est documenté.",
      "If the contract concerns a confidential or protected matter, and this is documented.",
    ),
  ),
  s13PublicInterest: condition(
    "s13_public_interest_shown",
    l(
      "Si l'organisme peut démontrer qu'un appel d'offres public ne servirait pas l'intérêt public.",
      "If the body can show that a public call for tenders would not serve the public interest.",
    ),
  ),
  s13ChiefExecutive: condition(
    "s13_chief_executive_authorization",
    l(
      "Si le dirigeant de l'organisme autorise le contrat au préalable (cas 3° et 4°).",
      "If the chief executive of the body authorizes the contract beforehand (cases 3 and 4).",
    ),
  ),
  s13Notice15Days: condition(
    "s13_1_seao_notice_15_days",
    l(
      "Si un avis d'intention est publié dans le système électronique d'appel d'offres (SEAO) au moins 15 jours avant la conclusion du contrat (art. 13.1).",
      "If a notice of intention is published on the electronic tendering system (SEAO) at least 15 days before the contract is entered into (s. 13.1).",
    ),
  ),
  s13Regulation: condition(
    "s13_regulatory_case_named",
    l(
      "Si un règlement du gouvernement prévoit ce cas (par exemple l'article 42.2 du Règlement sur certains contrats de services : poursuite de services de santé ou sociaux auprès de personnes vulnérables) et que l'article est cité au dossier.",
      "If a government regulation provides for this case (e.g. s. 42.2 of the Regulation respecting service contracts: continuing health or social services to vulnerable persons) and the section is cited in the file.",
    ),
  ),
} as const satisfies Record<string, Condition>;

/** One condition that holds when either holds: "Si a, ou si b." */
export function anyOf(a: Condition, b: Condition): Condition {
  const strip = (s: string) => s.replace(/\.$/, "");
  return {
    id: `${a.id}_or_${b.id}`,
    text: {
      fr: `${strip(a.text.fr)}, ou ${lowerFirst(b.text.fr)}`,
      en: `${strip(a.text.en)}, or ${lowerFirst(b.text.en)}`,
    },
  };
}
