// Exceptions to the municipal tendering rules that turn on the supplier's legal status:
// LCV 573.3 para. 1 (2.1)–(2.3) and CM 938 para. 1 (2.1)–(2.3), as amended by Bill 155
// (S.Q. 2018, c. 8). Research note §3.3: since 2018, insurance and services only.
import { CONDITIONS } from "./conditions";
import type { ProvisionKey } from "./legal-references";
import { fill, l, money } from "./text";
import type { Condition, ContractingInput, Localized } from "./types";

export type Exemption =
  | { kind: "exempt"; reason: Localized; provisions: ProvisionKey[] }
  | { kind: "conditional"; condition: Condition; reason: Localized; provisions: ProvisionKey[] }
  | { kind: "none"; reason: Localized | null; provisions: ProvisionKey[] };

const OBNL: ProvisionKey[] = ["muni.obnl_exception"];
const LISTED: ProvisionKey[] = ["muni.obnl_exception", "muni.obnl_listed_services", "muni.ceta_ceiling"];
const COOP: ProvisionKey[] = ["muni.coop_exception"];

const TEXT = {
  insurance: l(
    "Un contrat d'assurance conclu avec un organisme à but non lucratif est soustrait aux règles d'appel d'offres, quel que soit le montant (LCV 573.3, al. 1, par. 2.1° ; CM 938, al. 1, par. 2.1°).",
    "An insurance contract with a non-profit body is exempt from the tendering rules, whatever the amount (LCV 573.3 para. 1(2.1); CM 938 para. 1(2.1)).",
  ),
  servicesBelowCeiling: l(
    "Un contrat de services conclu avec un organisme à but non lucratif dont la dépense est inférieure au plafond de l'AECG ({ceta}) est soustrait aux règles d'appel d'offres, que le service soit énuméré ou non (par. 2.1° et 2.3°).",
    "A services contract with a non-profit body whose expenditure is below the CETA ceiling ({ceta}) is exempt from the tendering rules, whether the service is listed or not (paras. 2.1 and 2.3).",
  ),
  servicesNotListed: l(
    "Le service n'étant pas un service énuméré au paragraphe 2.3°, le contrat de services avec un organisme à but non lucratif est soustrait aux règles d'appel d'offres à tout montant (par. 2.1°).",
    "As the service is not listed in paragraph 2.3, the services contract with a non-profit body is exempt from the tendering rules at any amount (para. 2.1).",
  ),
  servicesListed: l(
    "Le service étant énuméré au paragraphe 2.3°, l'exception pour les organismes à but non lucratif ne vaut que sous le plafond de l'AECG ({ceta}) : les règles ordinaires s'appliquent.",
    "As the service is listed in paragraph 2.3, the non-profit exception only applies below the CETA ceiling ({ceta}): the ordinary rules apply.",
  ),
  servicesUnknown: l(
    "À partir du plafond de l'AECG ({ceta}), un contrat de services avec un organisme à but non lucratif n'est soustrait aux règles d'appel d'offres que si le service n'est pas énuméré au paragraphe 2.3°.",
    "From the CETA ceiling ({ceta}), a services contract with a non-profit body is exempt from the tendering rules only if the service is not listed in paragraph 2.3.",
  ),
  residual: l(
    "Les services de collecte, de transport, de transbordement, de recyclage ou de récupération de matières résiduelles sont exclus de l'exception pour les organismes à but non lucratif (par. 2.1°) : les règles ordinaires s'appliquent.",
    "Services for the collection, transport, transfer, recycling or recovery of residual materials are excluded from the non-profit exception (para. 2.1): the ordinary rules apply.",
  ),
  supply: l(
    "Depuis 2018, l'exception pour les organismes à but non lucratif ne vise plus que l'assurance et les services : un contrat d'approvisionnement suit les règles ordinaires (contrairement à ce qu'indiquait le guide de 2011).",
    "Since 2018 the non-profit exception only covers insurance and services: a supply contract follows the ordinary rules (unlike what the 2011 guide said).",
  ),
  construction: l(
    "Les contrats de travaux de construction ne sont jamais soustraits aux règles d'appel d'offres en raison du statut à but non lucratif du fournisseur.",
    "Construction contracts are never exempt from the tendering rules because of the supplier's non-profit status.",
  ),
  coopDesignated: l(
    "Un contrat de services avec une coopérative de solidarité dont les statuts interdisent les ristournes et l'intérêt sur les parts privilégiées, et qui est désignée par le ministre, est soustrait aux règles d'appel d'offres (LCV 573.3, al. 1, par. 2.2° ; CM 938, al. 1, par. 2.2°).",
    "A services contract with a solidarity cooperative whose articles forbid patronage refunds and interest on preferred shares, and which the Minister has designated, is exempt from the tendering rules (LCV 573.3 para. 1(2.2); CM 938 para. 1(2.2)).",
  ),
  coopNotDesignated: l(
    "Vous indiquez que la coopérative n'est pas désignée par le ministre : l'exception du paragraphe 2.2° ne s'applique pas et les règles ordinaires s'appliquent.",
    "You state that the cooperative is not designated by the Minister: the paragraph 2.2 exception does not apply and the ordinary rules apply.",
  ),
  coopUnknown: l(
    "Une coopérative de solidarité sans ristourne n'est soustraite aux règles d'appel d'offres, pour des services, que si le ministre l'a désignée (par. 2.2°).",
    "A non-distributing solidarity cooperative is exempt from the tendering rules, for services, only if the Minister has designated it (para. 2.2).",
  ),
  coopServicesOnly: l(
    "L'exception pour les coopératives de solidarité désignées (par. 2.2°) ne vise que les contrats de services : les règles ordinaires s'appliquent.",
    "The exception for designated solidarity cooperatives (para. 2.2) only covers services contracts: the ordinary rules apply.",
  ),
  coopOrdinary: l(
    "Une coopérative ordinaire suit les règles ordinaires ; seule une coopérative de solidarité sans ristourne désignée par le ministre bénéficie d'une exception pour les services (par. 2.2°).",
    "An ordinary cooperative follows the ordinary rules; only a non-distributing solidarity cooperative designated by the Minister has an exception for services (para. 2.2).",
  ),
};

type ExemptionFacts = Pick<
  ContractingInput,
  "supplierStatus" | "contractNature" | "listedService" | "solidarityCoopDesignated"
>;

export function municipalExemption(input: ExemptionFacts, comparedCad: number, cetaCeiling: number): Exemption {
  const ceta = { ceta: money(cetaCeiling) };
  const nature = input.contractNature;
  const isServices = nature === "services" || nature === "residual_materials_services";

  // An (incorporated) community organization is a non-profit body; see the warning.
  if (input.supplierStatus === "obnl" || input.supplierStatus === "community_org") {
    if (nature === "insurance") return { kind: "exempt", reason: TEXT.insurance, provisions: OBNL };
    if (nature === "residual_materials_services") return { kind: "none", reason: TEXT.residual, provisions: OBNL };
    if (nature === "supply") return { kind: "none", reason: TEXT.supply, provisions: OBNL };
    if (nature === "construction") return { kind: "none", reason: TEXT.construction, provisions: OBNL };
    if (comparedCad < cetaCeiling) {
      return { kind: "exempt", reason: fill(TEXT.servicesBelowCeiling, ceta), provisions: LISTED };
    }
    if (input.listedService === "no") return { kind: "exempt", reason: TEXT.servicesNotListed, provisions: LISTED };
    if (input.listedService === "yes") {
      return { kind: "none", reason: fill(TEXT.servicesListed, ceta), provisions: LISTED };
    }
    return {
      kind: "conditional",
      condition: CONDITIONS.serviceNotListed,
      reason: fill(TEXT.servicesUnknown, ceta),
      provisions: LISTED,
    };
  }

  if (input.supplierStatus === "nonprofit_cooperative") {
    // (2.2) says "supply of services" without the residual-materials carve-out of (2.1).
    if (!isServices) return { kind: "none", reason: TEXT.coopServicesOnly, provisions: COOP };
    if (input.solidarityCoopDesignated === "yes")
      return { kind: "exempt", reason: TEXT.coopDesignated, provisions: COOP };
    if (input.solidarityCoopDesignated === "no")
      return { kind: "none", reason: TEXT.coopNotDesignated, provisions: COOP };
    return { kind: "conditional", condition: CONDITIONS.coopDesignated, reason: TEXT.coopUnknown, provisions: COOP };
  }

  if (input.supplierStatus === "cooperative" && isServices) {
    return { kind: "none", reason: TEXT.coopOrdinary, provisions: COOP };
  }
  return { kind: "none", reason: null, provisions: [] };
}
