// Plain-language reasons for municipal bodies (LCV / Code municipal). Article numbers in the
// texts follow the numbering in force; when the LCOM renumbers them, the legalReferences of
// each route (data) carry the new numbers and these sentences should be reviewed.
import type { ThresholdFacts } from "./messages";
import { supplierClass } from "./messages";
import { fill, inForce, l, money } from "./text";
import type { SupplierStatus } from "./types";

export interface MunicipalAmounts {
  compared: number;
  preTax: number;
}

const amountValues = (a: MunicipalAmounts) => ({ compared: money(a.compared), preTax: money(a.preTax) });

export const MUNI = {
  belowFloor: (a: MunicipalAmounts) =>
    fill(
      l(
        "La dépense de {compared} (taxes nettes incluses ; {preTax} avant taxes) est inférieure à 25 000 $ : la loi n'impose aucun mode de sollicitation (LCV 573.1 et CM 936, a contrario). Votre règlement de gestion contractuelle doit toutefois prévoir des mesures de rotation.",
        "The expenditure of {compared} (net taxes included; {preTax} before taxes) is below $25,000: the law imposes no solicitation method (LCV 573.1 and CM 936, a contrario). Your contract-management by-law must still provide for supplier rotation.",
      ),
      amountValues(a),
    ),
  invitationBand: (a: MunicipalAmounts, t: ThresholdFacts) =>
    fill(
      l(
        "La dépense de {compared} (taxes nettes incluses ; {preTax} avant taxes) est d'au moins 25 000 $ mais inférieure au seuil d'appel d'offres public de {threshold}, {period}.",
        "The expenditure of {compared} (net taxes included; {preTax} before taxes) is at least $25,000 but below the public tender threshold of {threshold}, {period}.",
      ),
      { ...amountValues(a), threshold: money(t.amount), period: inForce(t.from, t.to) },
    ),
  publicBand: (a: MunicipalAmounts, t: ThresholdFacts) =>
    fill(
      l(
        "La dépense de {compared} (taxes nettes incluses ; {preTax} avant taxes) est égale ou supérieure au seuil d'appel d'offres public de {threshold}, {period} : une demande de soumissions publique, publiée dans le SEAO et dans un journal, est obligatoire (LCV 573, CM 935).",
        "The expenditure of {compared} (net taxes included; {preTax} before taxes) is at or above the public tender threshold of {threshold}, {period}: a public call for tenders, published on SEAO and in a newspaper, is required (LCV 573, CM 935).",
      ),
      { ...amountValues(a), threshold: money(t.amount), period: inForce(t.from, t.to) },
    ),
  invitationRule: l(
    "L'appel d'offres sur invitation doit viser au moins deux fournisseurs, avec un délai d'au moins 8 jours (LCV 573.1, CM 936), sauf si votre règlement de gestion contractuelle prévoit d'autres règles.",
    "The invitation to tender must go to at least two suppliers, with at least 8 days to answer (LCV 573.1, CM 936), unless your contract-management by-law sets other rules.",
  ),
  invitationBelowFloor: l(
    "Une invitation écrite des fournisseurs de votre choix est permise.",
    "A written invitation to suppliers of your choice is allowed.",
  ),
  rgcYes: l(
    "Vous indiquez que votre règlement de gestion contractuelle permet le gré à gré dans cette tranche (LCV 573.3.1.2, CM 938.1.2).",
    "You state that your contract-management by-law allows direct award in this band (LCV 573.3.1.2, CM 938.1.2).",
  ),
  rgcNo: l(
    "Vous indiquez que votre règlement de gestion contractuelle ne permet pas le gré à gré dans cette tranche : l'invitation d'au moins deux fournisseurs s'impose.",
    "You state that your contract-management by-law does not allow direct award in this band: an invitation to at least two suppliers is required.",
  ),
  rgcUnknown: l(
    "Depuis 2018, le règlement de gestion contractuelle peut permettre le gré à gré de 25 000 $ jusqu'au seuil (LCV 573.3.1.2, CM 938.1.2) ; vérifiez le vôtre.",
    "Since 2018 the contract-management by-law may allow direct award from $25,000 up to the threshold (LCV 573.3.1.2, CM 938.1.2); check yours.",
  ),
  reservedBelowFloor: (s: SupplierStatus) =>
    fill(
      l(
        "Sous 25 000 $, tout mode est permis, y compris une mise en concurrence limitée {class}.",
        "Below $25,000 any process is allowed, including a competition limited {class}.",
      ),
      { class: supplierClass(s) },
    ),
  reservedInvitation: (s: SupplierStatus) =>
    fill(
      l(
        "L'invitation prévue par la loi laisse la municipalité choisir les invités : elle peut limiter l'invitation {class}, sauf si son règlement de gestion contractuelle l'interdit.",
        "The statutory invitation lets the municipality choose the invitees: it may limit the invitation {class}, unless its contract-management by-law says otherwise.",
      ),
      { class: supplierClass(s) },
    ),
  reservedPublic: l(
    "Aucune réservation n'est prévue par la loi à partir du seuil : la demande de soumissions publique doit être ouverte, et ne peut être limitée que selon le territoire (LCV 573, par. 2.1).",
    "The law provides no reservation from the threshold: the public call must be open and may only be limited by territory (LCV 573(2.1)).",
  ),
  notBelowThreshold: l(
    "À partir du seuil, le gré à gré et l'invitation ne sont permis que si le contrat est soustrait aux règles d'appel d'offres (LCV 573.3, CM 938).",
    "From the threshold, direct award and invitation are allowed only if the contract is exempt from the tendering rules (LCV 573.3, CM 938).",
  ),
  anyProcess: l(
    "Un contrat soustrait aux règles d'appel d'offres peut être attribué selon tout mode : gré à gré, invitation, appel d'offres public ou mise en concurrence réservée.",
    "A contract exempt from the tendering rules may be awarded by any process: direct award, invitation, public call or reserved competition.",
  ),
};
