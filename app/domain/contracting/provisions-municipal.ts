// Municipal provisions (LCV, c. C-19; CM, c. C-27.1; C-19, r. 5), by key (research note §3).
// When the LCOM comes into force, give each current version an `effectiveTo` and add a version
// with the LCOM article from that date: the answers switch numbering on their own.
import { muni, ref, since, START, URLS, type DatedProvision } from "./laws";
import { l } from "./text";

export const MUNICIPAL_PROVISIONS = {
  "muni.public_tender": since(
    START,
    muni(
      "573 al. 1",
      "935 al. 1",
      l(
        "Demande de soumissions publique à partir du seuil décrété par le ministre",
        "Public call for tenders from the threshold set by the Minister",
      ),
      "http://legisquebec.gouv.qc.ca/en/version/cs/C-19?code=se:573&history=20240325",
    ),
  ),
  "muni.invitation": since(
    START,
    muni(
      "573.1",
      "936",
      l(
        "Demande de soumissions par voie d'invitation écrite auprès d'au moins deux fournisseurs, à partir de 25 000 $",
        "Written invitation to at least two suppliers, from $25,000",
      ),
      "https://www.legisquebec.gouv.qc.ca/fr/version/lc/c-19?code=se:573_1&historique=20240325",
    ),
  ),
  "muni.rgc": since(
    START,
    muni(
      "573.3.1.2",
      "938.1.2",
      l(
        "Règlement de gestion contractuelle : règles propres pour les contrats de 25 000 $ à moins du seuil",
        "Contract-management by-law: own rules for contracts from $25,000 to below the threshold",
      ),
      "https://fqm.ca/enjeux-fqm/le-reglement-sur-la-gestion-contractuelle",
      "https://fqm.ca/enjeux-fqm/le-reglement-sur-la-gestion-contractuelle",
    ),
  ),
  "muni.splitting": since(
    START,
    muni(
      "573.3.0.3",
      "938.0.3",
      l(
        "Interdiction de diviser un contrat en semblable matière, sauf motifs de saine administration",
        "No dividing a contract into several of the same kind, unless justified by sound administration",
      ),
      "https://admq.qc.ca/?p=29533",
      "https://admq.qc.ca/?p=29533",
    ),
  ),
  "muni.obnl_exception": since(
    START,
    muni(
      "573.3 al. 1 (2.1°)",
      "938 al. 1 (2.1°)",
      l(
        "Exception : contrat d'assurance ou de services avec un organisme à but non lucratif (sauf matières résiduelles)",
        "Exception: insurance or services contract with a non-profit body (residual materials excepted)",
      ),
      URLS.lcv573_3,
      URLS.cm938,
    ),
  ),
  "muni.obnl_listed_services": since(
    START,
    muni(
      "573.3 al. 1 (2.3°)",
      "938 al. 1 (2.3°)",
      l(
        "Services énumérés avec un OBNL : exception seulement sous le plafond de l'AECG",
        "Listed services with a non-profit: exception only below the CETA ceiling",
      ),
      URLS.lcv573_3,
      URLS.cm938,
    ),
  ),
  "muni.coop_exception": since(START, [
    ...muni(
      "573.3 al. 1 (2.2°)",
      "938 al. 1 (2.2°)",
      l(
        "Exception : services avec une coopérative de solidarité sans ristourne désignée par le ministre",
        "Exception: services with a non-distributing solidarity cooperative designated by the Minister",
      ),
      URLS.lcv573_3,
      URLS.cm938,
    ),
    ref(
      "LCV",
      "573.3.5 al. 1 (5°)",
      l("Désignation de la coopérative par le ministre", "Designation of the cooperative by the Minister"),
      "http://legisquebec.gouv.qc.ca/en/version/cs/C-19?code=se:573_3_5&history=20240325",
    ),
  ]),
  "muni.threshold_regulation": since(START, [
    ref(
      "C-19, r. 5",
      "1",
      l("Seuil d'appel d'offres public des organismes municipaux", "Public tender threshold of municipal bodies"),
      "https://legisquebec.gouv.qc.ca/en/version/cr/C-19,%20r.%205%20?code=se%3A1&history=20241216",
    ),
  ]),
  "muni.ceta_ceiling": since(START, [
    ref(
      "C-19, r. 5",
      "3",
      l(
        "Plafond permettant de limiter le territoire (seuil de l'AECG) pour les services",
        "Ceiling allowing the territory to be limited (CETA threshold) for services",
      ),
      "https://legisquebec.gouv.qc.ca/fr/version/rc/C-19,%20r.%205%20?code=se%3A3&historique=20241205",
    ),
  ]),
  "muni.force_majeure": since(START, muni("573.2", "937", l("Cas de force majeure", "Force majeure"))),
  "muni.mutual_insurance": since(START, [
    ref(
      "LCV",
      "465.1 et suiv.",
      l("Mutuelles de municipalités (assurance)", "Mutuals of municipalities (insurance)"),
      URLS.lcv,
    ),
  ]),
  "muni.lcom": since("2025-03-25", [
    ref(
      "LCOM",
      "—",
      l(
        "Nouvelle loi regroupant les règles contractuelles municipales ; entrée en vigueur à une date fixée par le gouvernement",
        "New Act regrouping municipal contracting rules; in force on a date set by the government",
      ),
      "https://fqm.ca/chronique-sam/5-nouveautes-suivant-ladoption-du-pl79",
    ),
  ]),
} satisfies Record<string, DatedProvision[]>;
