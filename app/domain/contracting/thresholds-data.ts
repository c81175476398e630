// Thresholds are dated data (research note §5). A new period is a few new rows here; the
// continuity test in tests/unit/contracting checks that the periods leave no gap or overlap.
import type { ProvisionKey } from "./legal-references";
import { l } from "./text";
import type { Confidence, Localized, ThresholdKind } from "./types";

export type ThresholdScope = "lcop_ministry" | "lcop_network" | "municipal" | "all";
export type ThresholdNature = "supply" | "services" | "construction" | "any";

export interface ThresholdEntry {
  id: string;
  kind: ThresholdKind;
  scope: ThresholdScope;
  nature: ThresholdNature;
  amountCad: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  provisions: ProvisionKey[];
  sourceUrl: string;
  confidence: Confidence;
  confidenceNote: Localized | null;
  /** Item of §8 (uncertainties) of the research note. */
  researchItem?: number;
}

interface Period {
  from: string;
  to: string | null;
  key: string;
}
const P2022: Period = { from: "2022-01-01", to: "2023-12-31", key: "2022" };
const P2024: Period = { from: "2024-01-01", to: "2025-12-31", key: "2024" };
const P2026: Period = { from: "2026-01-01", to: "2027-12-31", key: "2026" };
// Municipal switch of 2022-10-07 (M.O. 2022-08-22); the 2020 amount's start predates the data.
const M2020: Period = { from: "2022-01-01", to: "2022-10-06", key: "2020" };
const M2022: Period = { from: "2022-10-07", to: "2023-12-31", key: "2022" };
// LCV 573.1 / CM 936: a statutory amount, no end date.
const STATUTORY: Period = { from: "2022-01-01", to: null, key: "statutory" };

const SRC = {
  edilex2022:
    "https://edilexpert.edilex.com/2022/01/18/augmentation-des-seuils-dapplication-des-accords-de-liberalisation-des-marches-publics",
  tbs2023:
    "https://www.canada.ca/en/treasury-board-secretariat/services/policy-notice/contracting-policy-notice-2023-6-trade-agreements.html",
  tbs2025: "https://www.canada.ca/en/treasury-board-secretariat/services/policy-notice/2025-8.html",
  sct2018:
    "https://www.tresor.gouv.qc.ca/faire-affaire-avec-letat/publications/info-marches-publics/bulletins/volume-20-numero-1-janvier-2018/",
  mamh2022: "https://www.mamh.gouv.qc.ca/publications/bulletin-muni-express/2022/n-1-13-janvier-2022/",
  fqm2022:
    "https://fqm.ca/gestion-contractuelle/nouveau-seuil-en-gestion-contractuelle-pour-les-municipalites-et-nouveautes-en-matiere-daccords-de-liberalisation-des-marches-publics/",
  mamh2023:
    "https://www.quebec.ca/gouvernement/ministere/affaires-municipales/publications/bulletin-muni-express/2023/n-9-14-decembre-2023",
  muniCeta2022: "https://legisquebec.gouv.qc.ca/fr/version/rc/C-19,%20r.%205%20?code=se%3A3&historique=20241205",
  muni573_1: "https://www.legisquebec.gouv.qc.ca/fr/version/lc/c-19?code=se:573_1&historique=20240325",
};

const NOTE = {
  inferred: l(
    "Montant déduit des avis fédéraux sur l'Accord de libre-échange canadien (ALEC) ; aucune source québécoise (SCT, MAMH) consultée ne le confirme. Vérifiez le tableau « Seuils des accords » du Secrétariat du Conseil du trésor.",
    "Amount inferred from the federal notices on the Canadian Free Trade Agreement (CFTA); no Québec source (SCT, MAMH) seen confirms it. Check the Treasury Board Secretariat “Seuils des accords” table.",
  ),
  aqnb: l(
    "Engagement de 100 000 $ de l'accord Québec–Nouveau-Brunswick, non indexé ; confirmé pour 2008–2020 seulement.",
    "$100,000 commitment of the Québec–New Brunswick agreement, not indexed; confirmed for 2008–2020 only.",
  ),
  cetaConverted: l(
    "Conversion approximative de 200 000 DTS (AECG) ; non vérifiée dans une source québécoise.",
    "Approximate conversion of 200,000 SDR (CETA); not verified in a Québec source.",
  ),
  cetaConstruction: l(
    "Conversion de 5 000 000 DTS (AECG) tirée des avis fédéraux.",
    "Conversion of 5,000,000 SDR (CETA) from the federal notices.",
  ),
  muni2020: l(
    "Seuil en vigueur depuis 2020 (date exacte non confirmée) ; les données du module commencent le 1er janvier 2022.",
    "Threshold in force since 2020 (exact date not confirmed); the module's data start on January 1, 2022.",
  ),
  muni2022: l(
    "Date d'entrée en vigueur du 7 octobre 2022 tirée de la FQM.",
    "In-force date of October 7, 2022 taken from the FQM.",
  ),
};

function t(
  kind: ThresholdKind,
  scope: ThresholdScope,
  nature: ThresholdNature,
  amountCad: number,
  period: Period,
  sourceUrl: string,
  confidence: Confidence,
  confidenceNote: Localized | null = null,
  researchItem?: number,
): ThresholdEntry {
  const provisions: ProvisionKey[] =
    kind === "invitation_floor"
      ? ["muni.invitation"]
      : kind === "public_tender" && scope === "municipal"
        ? ["muni.public_tender", "muni.threshold_regulation"]
        : kind === "public_tender"
          ? ["lcop.public_tender"]
          : []; // CETA rows: the citing provision depends on the regime, see CETA_PROVISIONS.
  return {
    id: `${kind}.${scope}.${nature}.${period.key}`,
    kind,
    scope,
    nature,
    amountCad,
    effectiveFrom: period.from,
    effectiveTo: period.to,
    provisions,
    sourceUrl,
    confidence,
    confidenceNote,
    ...(researchItem === undefined ? {} : { researchItem }),
  };
}

function lcopPeriod(p: Period, goods: number, servicesWorks: number, src: string, c: Confidence) {
  const note = c === "high" ? null : NOTE.inferred;
  const item = c === "high" ? undefined : 1;
  return [
    t("public_tender", "lcop_ministry", "supply", goods, p, src, c, note, item),
    t("public_tender", "lcop_ministry", "services", servicesWorks, p, src, c, note, item),
    t("public_tender", "lcop_ministry", "construction", servicesWorks, p, src, c, note, item),
    t("public_tender", "lcop_network", "supply", servicesWorks, p, src, c, note, item),
    t("public_tender", "lcop_network", "services", servicesWorks, p, src, c, note, item),
    t("public_tender", "lcop_network", "construction", 100_000, p, SRC.sct2018, "med", NOTE.aqnb, 2),
  ];
}

export const THRESHOLDS: readonly ThresholdEntry[] = [
  ...lcopPeriod(P2022, 30_300, 121_200, SRC.edilex2022, "high"),
  ...lcopPeriod(P2024, 33_400, 133_800, SRC.tbs2023, "med-high"),
  ...lcopPeriod(P2026, 34_700, 139_000, SRC.tbs2025, "med"),

  // Municipal public threshold: C-19, r. 5, s. 1; M.O. 2022-08-22 switched it on 2022-10-07.
  t("public_tender", "municipal", "any", 105_700, M2020, SRC.mamh2022, "high", NOTE.muni2020, 14),
  t("public_tender", "municipal", "any", 121_200, M2022, SRC.fqm2022, "high", NOTE.muni2022, 14),
  t("public_tender", "municipal", "any", 133_800, P2024, SRC.mamh2023, "med-high", NOTE.inferred, 1),
  t("public_tender", "municipal", "any", 139_000, P2026, SRC.tbs2025, "med", NOTE.inferred, 1),
  t("invitation_floor", "municipal", "any", 25_000, STATUTORY, SRC.muni573_1, "high"),

  // CETA sub-central thresholds: 200,000 SDR (goods and services), 5,000,000 SDR (construction).
  t("ceta_goods_services", "all", "any", 366_800, P2022, SRC.muniCeta2022, "high"),
  t("ceta_goods_services", "all", "any", 353_000, P2024, SRC.tbs2023, "low", NOTE.cetaConverted, 3),
  t("ceta_goods_services", "all", "any", 368_000, P2026, SRC.tbs2025, "low", NOTE.cetaConverted, 3),
  t("ceta_construction", "all", "any", 9_100_000, P2022, SRC.tbs2023, "med", NOTE.cetaConstruction),
  t("ceta_construction", "all", "any", 8_800_000, P2024, SRC.tbs2023, "med", NOTE.cetaConstruction, 3),
  t("ceta_construction", "all", "any", 9_200_000, P2026, SRC.tbs2025, "med", NOTE.cetaConstruction, 3),
];
