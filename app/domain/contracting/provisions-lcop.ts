// LCOP provisions (RLRQ, c. C-65.1) and its regulations, by key (research note §2).
import { BILL_12_IN_FORCE, ref, since, START, URLS, type DatedProvision } from "./laws";
import { l } from "./text";

export const LCOP_PROVISIONS = {
  "lcop.scope": since(START, [
    ref(
      "LCOP",
      "1",
      l(
        "Contrats avec toute personne morale de droit privé, dont les OBNL et les coopératives (depuis L.Q. 2012, c. 25)",
        "Contracts with any private-law legal person, non-profits and cooperatives included (since S.Q. 2012, c. 25)",
      ),
      "http://legisquebec.gouv.qc.ca/en/showversion/cs/C-65.1?code=se:1&pointInTime=20190912",
    ),
  ]),
  "lcop.deemed_services": since(START, [
    ref(
      "LCOP",
      "3",
      l(
        "Assurance de dommages et contrats d'entreprise autres que de construction réputés contrats de services",
        "Damage insurance and contracts of enterprise other than construction deemed service contracts",
      ),
      "https://legisquebec.gouv.qc.ca/en/version/cs/c-65.1?code=se%3A3&history=20250117",
    ),
  ]),
  "lcop.public_tender": since(START, [
    ref(
      "LCOP",
      "10",
      l(
        "Appel d'offres public obligatoire à partir du seuil minimal d'un accord intergouvernemental",
        "Public call for tenders required from the minimum threshold of an intergovernmental agreement",
      ),
      "http://legisquebec.gouv.qc.ca/fr/showversion/cs/C-65.1?code=se:10&pointInTime=20200522",
    ),
  ]),
  "lcop.splitting": since(START, [
    ref(
      "LCOP",
      "12",
      l(
        "Interdiction de scinder ou de répartir ses besoins pour éluder l'appel d'offres public",
        "Prohibition on splitting or dividing requirements to avoid a public call for tenders",
      ),
      URLS.lcop,
    ),
  ]),
  "lcop.exceptions": since(START, [
    ref(
      "LCOP",
      "13",
      l(
        "Contrat de gré à gré malgré le seuil : urgence, fournisseur unique, confidentialité, intérêt public, cas réglementaires",
        "Contract by mutual agreement despite the threshold: emergency, sole source, confidentiality, public interest, regulatory cases",
      ),
      URLS.lcop,
    ),
  ]),
  "lcop.public_interest_notice": since(START, [
    ref(
      "LCOP",
      "13.1",
      l(
        "Avis d'intention publié dans le SEAO au moins 15 jours avant le contrat (cas de l'intérêt public)",
        "Notice of intention on SEAO at least 15 days before the contract (public-interest case)",
      ),
      "https://legisquebec.gouv.qc.ca/en/version/cs/C-65.1?code=se%3A13_1&history=20250203",
    ),
  ]),
  "lcop.below_threshold": since(START, [
    ref(
      "LCOP",
      "14",
      l(
        "Sous le seuil : évaluer l'appel d'offres, la rotation, l'appel d'offres régionalisé",
        "Below the threshold: consider a call for tenders, rotation, a regionalised call",
      ),
      "https://www.tresor.gouv.qc.ca/faire-affaire-avec-letat/les-contrats-au-gouvernement/modes-de-sollicitation/",
    ),
  ]),
  "lcop.reservation": since(BILL_12_IN_FORCE, [
    ref(
      "LCOP",
      "14.1 al. 1 (1°)",
      l(
        "Sous le seuil de l'AECG : appel d'offres public réservé aux petites entreprises du Québec et du Canada, si une directive le prévoit",
        "Below the CETA threshold: public call reserved to small Québec and Canadian enterprises, if a directive provides for it",
      ),
      "https://legisquebec.gouv.qc.ca/fr/version/lc/C-65.1?code=se%3A14_1&historique=20241030",
    ),
    ref(
      "LCOP",
      "14.4",
      l(
        "Directive du Conseil du trésor sur la réservation, y compris aux entreprises d'économie sociale",
        "Treasury Board directive on reservation, social economy enterprises included",
      ),
      "https://legisquebec.gouv.qc.ca/en/version/cs/C-65.1?code=se%3A14_4&history=20241104",
    ),
  ]),
  "lcop.social_economy_margin": since(BILL_12_IN_FORCE, [
    ref(
      "LCOP",
      "14.11 (4°)",
      l(
        "Marge préférentielle pour les entreprises d'économie sociale sur les acquisitions désignées",
        "Preferential margin for social economy enterprises on designated acquisitions",
      ),
      "https://legisquebec.gouv.qc.ca/fr/version/lc/C-65.1?code=se%3A14_11&historique=20240930",
    ),
  ]),
  "lcop.services_reg_42_2": since(START, [
    ref(
      "C-65.1, r. 4",
      "42.2",
      l(
        "Gré à gré pour poursuivre des services de santé ou sociaux auprès de personnes vulnérables",
        "Mutual agreement to continue health or social services to vulnerable persons",
      ),
      "http://legisquebec.gouv.qc.ca/en/version/cr/C-65.1,%20r.%204?code=se:42_2&history=20211022",
    ),
  ]),
} satisfies Record<string, DatedProvision[]>;
