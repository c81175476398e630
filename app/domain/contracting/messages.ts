// Plain-language reasons shared by both regimes and those of public bodies (LCOP).
// French first; French typography is applied by l().
import { fill, inForce, l, money } from "./text";
import type { Localized, SupplierStatus } from "./types";

export interface ThresholdFacts {
  amount: number;
  from: string;
  to: string | null;
}

function thresholdValues(t: ThresholdFacts) {
  return { threshold: money(t.amount), period: inForce(t.from, t.to) };
}

/** The class a reserved competition would be limited to, for this supplier. */
export function supplierClass(status: SupplierStatus): Localized {
  switch (status) {
    case "obnl":
    case "community_org":
      return l("aux organismes à but non lucratif", "to non-profit organizations");
    case "cooperative":
    case "nonprofit_cooperative":
      return l("aux coopératives", "to cooperatives");
    case "mutual":
      return l("aux entreprises d'économie sociale", "to social economy enterprises");
    case "for_profit":
      return l(
        "à une catégorie d'entreprises dont ce fournisseur fait partie (par exemple les petites entreprises locales)",
        "to a class of businesses this supplier belongs to (e.g. small local businesses)",
      );
  }
}

export const COMMON = {
  openAlwaysAllowed: l(
    "Un appel d'offres public ouvert est toujours permis, quel que soit le montant.",
    "An open public call for tenders is always allowed, whatever the amount.",
  ),
  financialAid: l(
    "Vous indiquez qu'il s'agit d'une aide financière et non d'un contrat d'achat : les modes de passation des contrats publics ne s'appliquent pas. L'aide relève des règles du programme qui l'accorde.",
    "You state that this is financial aid, not a procurement contract: public contracting routes do not apply. The aid falls under the rules of the programme that grants it.",
  ),
  financialAidCheck: l(
    "Si l'organisme reçoit en retour des biens ou des services pour ses propres besoins, il s'agit plutôt d'un contrat : vérifiez la qualification avant de vous fier à cette réponse.",
    "If the body receives goods or services for its own needs in return, it is a contract rather than aid: check the characterization before relying on this answer.",
  ),
  notProcurementRoute: l(
    "Ce mode de passation ne s'applique pas à une aide financière.",
    "This contracting route does not apply to financial aid.",
  ),
};

export const LCOP = {
  below: (amount: number, t: ThresholdFacts) =>
    fill(
      l(
        "Le montant estimé de {amount} avant taxes, options comprises, est inférieur au seuil d'appel d'offres public de {threshold}, {period} (LCOP, art. 10).",
        "The estimated amount of {amount} before taxes, options included, is below the public tender threshold of {threshold}, {period} (LCOP s. 10).",
      ),
      { amount: money(amount), ...thresholdValues(t) },
    ),
  atOrAbove: (amount: number, t: ThresholdFacts) =>
    fill(
      l(
        "Le montant estimé de {amount} avant taxes, options comprises, est égal ou supérieur au seuil d'appel d'offres public de {threshold}, {period} : l'appel d'offres public est obligatoire (LCOP, art. 10).",
        "The estimated amount of {amount} before taxes, options included, is at or above the public tender threshold of {threshold}, {period}: a public call for tenders is required (LCOP s. 10).",
      ),
      { amount: money(amount), ...thresholdValues(t) },
    ),
  directBelow: l(
    "Sous ce seuil, la loi n'impose pas de mode de sollicitation : le gré à gré est permis, après avoir envisagé l'appel d'offres, la rotation des fournisseurs ou un appel d'offres régionalisé (art. 14).",
    "Below this threshold the Act imposes no solicitation method: direct award is allowed, after considering a call for tenders, supplier rotation or a regionalised call (s. 14).",
  ),
  invitationBelow: l(
    "Sous ce seuil, l'organisme peut inviter par écrit les fournisseurs de son choix (art. 14).",
    "Below this threshold the body may invite the suppliers of its choice in writing (s. 14).",
  ),
  reservedBelow: (status: SupplierStatus) =>
    fill(
      l(
        "Une invitation limitée {class} est un appel d'offres sur invitation que l'organisme peut choisir. Un appel d'offres public réservé, lui, n'a de fondement explicite que dans les articles 14.1 (1°) et 14.4, qui exigent une directive du Conseil du trésor ; ce point n'est pas tranché.",
        "An invitation limited {class} is an invitation to tender the body may choose. A reserved public call, however, has an explicit basis only in ss. 14.1(1) and 14.4, which require a Treasury Board directive; this point is unsettled.",
      ),
      { class: supplierClass(status) },
    ),
  openBelow: l(
    "Sous le seuil, l'organisme doit aussi envisager un appel d'offres public régionalisé (art. 10, al. 3).",
    "Below the threshold the body must also consider a regionalised public call (s. 10 para. 3).",
  ),
  directAbove: l(
    "À partir de ce seuil, le gré à gré n'est possible qu'en vertu d'une exception de l'article 13 ou d'un cas prévu par règlement ; le module ne l'applique jamais par défaut.",
    "From this threshold, direct award is possible only under an exception of s. 13 or a case set by regulation; the module never applies one by default.",
  ),
  seeException: l(
    "Vous indiquez qu'une exception de l'article 13 s'applique : voyez la voie d'exception, avec ses conditions.",
    "You state that an exception of s. 13 applies: see the exception route and its conditions.",
  ),
  invitationAbove: l(
    "Une invitation ne suffit pas : l'appel d'offres doit être public et publié dans le SEAO.",
    "An invitation is not enough: the call for tenders must be public and published on SEAO.",
  ),
  reservedDirective: (ceta: number) =>
    fill(
      l(
        "Sous le seuil de l'AECG ({ceta}), l'article 14.1 (1°) permet de réserver un appel d'offres public aux petites entreprises du Québec et du Canada, y compris les entreprises d'économie sociale, seulement si une directive du Conseil du trésor prise en vertu de l'article 14.4 le prévoit.",
        "Below the CETA threshold ({ceta}), s. 14.1(1) allows a public call reserved to small Québec and Canadian enterprises, social economy enterprises included, only if a Treasury Board directive made under s. 14.4 provides for it.",
      ),
      { ceta: money(ceta) },
    ),
  reservedNotYet: l(
    "À cette date, l'article 14.1 (projet de loi 12, L.Q. 2022, c. 18) n'était pas encore en vigueur (2 décembre 2022) : aucune réservation n'avait de fondement légal à partir du seuil.",
    "On this date s. 14.1 (Bill 12, S.Q. 2022, c. 18) was not yet in force (December 2, 2022): no reservation had a legal basis from the threshold.",
  ),
  reservedAboveCeta: (ceta: number) =>
    fill(
      l(
        "À partir du seuil de l'AECG ({ceta}), aucune réservation n'est possible : l'appel d'offres public doit être ouvert (l'art. 14.1 ne vise que les contrats sous ce seuil).",
        "From the CETA threshold ({ceta}), no reservation is possible: the public call must be open (s. 14.1 only covers contracts below it).",
      ),
      { ceta: money(ceta) },
    ),
  socialEconomyMargin: l(
    "Si le président du Conseil du trésor a désigné cette acquisition, l'appel d'offres peut accorder une marge préférentielle aux entreprises d'économie sociale (art. 14.11, 4°).",
    "If the Chair of the Treasury Board has designated this acquisition, the call may grant a preferential margin to social economy enterprises (s. 14.11(4)).",
  ),
};
