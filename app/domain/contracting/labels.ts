// Bilingual labels for the wizard (/procedure) and any UI listing the module's choices.
import { l } from "./text";
import type {
  Buyer,
  ContractNature,
  Localized,
  Regime,
  RouteId,
  Section13Case,
  SupplierStatus,
  TriState,
  Verdict,
} from "./types";
import { BUYERS, CONTRACT_NATURES, SECTION_13_CASES, SUPPLIER_STATUSES } from "./types";

export interface Option<Id extends string> {
  id: Id;
  label: Localized;
  hint: Localized;
}

const BUYER_TEXT: Record<Buyer, [Localized, Localized]> = {
  ministry: [
    l("Ministère ou organisme gouvernemental", "Ministry or government body"),
    l(
      "Soumis à la Loi sur les contrats des organismes publics (LCOP).",
      "Subject to the Act respecting contracting by public bodies (LCOP).",
    ),
  ],
  health_network: [
    l("Établissement du réseau de la santé et des services sociaux", "Health and social services institution"),
    l("Soumis à la LCOP.", "Subject to the LCOP."),
  ],
  education_network: [
    l("Centre de services scolaire, cégep ou université", "School service centre, CEGEP or university"),
    l("Soumis à la LCOP.", "Subject to the LCOP."),
  ],
  municipality: [
    l("Municipalité ou organisme municipal", "Municipality or municipal body"),
    l(
      "Soumis à la Loi sur les cités et villes ou au Code municipal.",
      "Subject to the Cities and Towns Act or the Municipal Code.",
    ),
  ],
};

const STATUS_TEXT: Record<SupplierStatus, [Localized, Localized]> = {
  cooperative: [
    l("Coopérative", "Cooperative"),
    l(
      "Coopérative qui peut verser des ristournes à ses membres.",
      "Cooperative that may pay patronage refunds to its members.",
    ),
  ],
  nonprofit_cooperative: [
    l("Coopérative de solidarité sans ristourne", "Non-distributing solidarity cooperative"),
    l(
      "Ses statuts interdisent les ristournes et l'intérêt sur les parts privilégiées.",
      "Its articles forbid patronage refunds and interest on preferred shares.",
    ),
  ],
  mutual: [l("Mutuelle", "Mutual"), l("Par exemple une mutuelle d'assurance.", "For example a mutual insurer.")],
  obnl: [
    l("Organisme à but non lucratif (OBNL)", "Non-profit organization (NPO)"),
    l(
      "Personne morale sans but lucratif (partie III de la Loi sur les compagnies, par exemple).",
      "Non-profit legal person (e.g. Part III of the Companies Act).",
    ),
  ],
  community_org: [
    l("Organisme communautaire", "Community organization"),
    l("Traité comme un OBNL s'il est constitué en personne morale.", "Treated as a non-profit if it is incorporated."),
  ],
  for_profit: [
    l("Entreprise à but lucratif", "For-profit business"),
    l(
      "Société par actions, société de personnes ou entreprise individuelle.",
      "Corporation, partnership or sole proprietorship.",
    ),
  ],
};

const NATURE_TEXT: Record<ContractNature, [Localized, Localized]> = {
  supply: [
    l("Approvisionnement (biens)", "Supply (goods)"),
    l("Achat ou location de biens meubles.", "Purchase or lease of movable property."),
  ],
  services: [
    l("Services", "Services"),
    l("Services, sauf ceux liés aux matières résiduelles.", "Services other than residual-materials management."),
  ],
  construction: [
    l("Travaux de construction", "Construction work"),
    l("Travaux visés par la Loi sur le bâtiment.", "Work covered by the Building Act."),
  ],
  residual_materials_services: [
    l("Services de matières résiduelles", "Residual-materials services"),
    l(
      "Collecte, transport, transbordement, recyclage ou récupération de matières résiduelles.",
      "Collection, transport, transfer, recycling or recovery of residual materials.",
    ),
  ],
  insurance: [l("Assurance", "Insurance"), l("Contrat d'assurance de dommages.", "Damage insurance contract.")],
};

function options<Id extends string>(ids: readonly Id[], text: Record<Id, [Localized, Localized]>): Option<Id>[] {
  return ids.map((id) => ({ id, label: text[id][0], hint: text[id][1] }));
}

export const BUYER_OPTIONS = options(BUYERS, BUYER_TEXT);
export const SUPPLIER_STATUS_OPTIONS = options(SUPPLIER_STATUSES, STATUS_TEXT);
export const CONTRACT_NATURE_OPTIONS = options(CONTRACT_NATURES, NATURE_TEXT);

export function regimeOf(buyer: Buyer): Regime {
  return buyer === "municipality" ? "municipal" : "lcop";
}

export const ROUTE_LABELS: Record<RouteId, Localized> = {
  direct_award: l("Attribution de gré à gré", "Direct award"),
  invitation_tender: l("Appel d'offres sur invitation", "Invitation to tender"),
  reserved_tender: l("Mise en concurrence réservée", "Reserved competition"),
  open_public_tender: l("Appel d'offres public", "Open public tender"),
};

export const VERDICT_LABELS: Record<Verdict, Localized> = {
  allowed: l("Permis", "Allowed"),
  conditional: l("Permis sous condition", "Allowed under a condition"),
  not_allowed: l("Non permis", "Not allowed"),
};

export const TRI_STATE_LABELS: Record<TriState, Localized> = {
  yes: l("Oui", "Yes"),
  no: l("Non", "No"),
  unknown: l("Je ne sais pas", "I don't know"),
};

export const SECTION_13_CASE_LABELS: Record<Section13Case, Localized> = {
  emergency: l(
    "Urgence menaçant la sécurité des personnes ou des biens (art. 13, 1°)",
    "Emergency threatening the safety of persons or property (s. 13(1))",
  ),
  sole_source: l("Un seul contractant possible (art. 13, 2°)", "Only one possible contractor (s. 13(2))"),
  confidential: l("Question confidentielle ou protégée (art. 13, 3°)", "Confidential or protected matter (s. 13(3))"),
  public_interest: l(
    "Appel d'offres public contraire à l'intérêt public (art. 13, 4°)",
    "Public tender not in the public interest (s. 13(4))",
  ),
  regulation: l(
    "Cas prévu par règlement du gouvernement (art. 13, 5°)",
    "Case set by government regulation (s. 13(5))",
  ),
};
export const SECTION_13_CASE_OPTIONS = SECTION_13_CASES.map((id) => ({ id, label: SECTION_13_CASE_LABELS[id] }));

/** The optional facts, as the wizard asks them. Each defaults to "unknown". */
export const FACT_QUESTIONS = {
  rgcAllowsDirectAward: l(
    "Votre règlement de gestion contractuelle permet-il le gré à gré de 25 000 $ jusqu'au seuil d'appel d'offres public?",
    "Does your contract-management by-law allow direct award from $25,000 up to the public tender threshold?",
  ),
  solidarityCoopDesignated: l(
    "La coopérative de solidarité est-elle désignée par le ministre des Affaires municipales?",
    "Is the solidarity cooperative designated by the Minister of Municipal Affairs?",
  ),
  listedService: l(
    "Le service figure-t-il parmi les services énumérés (messagerie, poste, services informatiques, etc.) de l'exception pour les OBNL?",
    "Is the service one of the listed services (courier, mail, computer services, etc.) of the non-profit exception?",
  ),
  isFinancialAid: l(
    "S'agit-il d'une aide financière (subvention) plutôt que d'un contrat d'achat?",
    "Is this financial aid (a grant) rather than a procurement contract?",
  ),
  lcopSection13Exception: l(
    "Une exception de l'article 13 de la LCOP s'applique-t-elle?",
    "Does an exception of LCOP s. 13 apply?",
  ),
} as const;
