// Lookup of the dated thresholds (thresholds-data.ts) and their presentation in answers.
import { referencesFor, type ProvisionKey } from "./legal-references";
import { l } from "./text";
import type { ThresholdEntry, ThresholdNature, ThresholdScope } from "./thresholds-data";
import { THRESHOLDS } from "./thresholds-data";
import type { Localized, Regime, ThresholdKind, ThresholdUsed } from "./types";

export { THRESHOLDS, type ThresholdEntry, type ThresholdNature, type ThresholdScope } from "./thresholds-data";

export function findThreshold(
  kind: ThresholdKind,
  scope: ThresholdScope,
  nature: ThresholdNature,
  date: string,
): ThresholdEntry {
  const found = THRESHOLDS.find(
    (e) =>
      e.kind === kind &&
      e.scope === scope &&
      e.nature === nature &&
      e.effectiveFrom <= date &&
      (e.effectiveTo === null || date <= e.effectiveTo),
  );
  // Unreachable for validated input: dates are clamped to DATA_COVERAGE before lookup.
  if (!found) throw new Error(`No ${kind}/${scope}/${nature} threshold in force on ${date}`);
  return found;
}

const KIND_LABELS: Record<ThresholdKind, Localized> = {
  public_tender: l("Seuil d'appel d'offres public", "Public tender threshold"),
  invitation_floor: l("Seuil de l'appel d'offres sur invitation", "Invitation tender floor"),
  ceta_goods_services: l("Seuil de l'AECG (biens et services)", "CETA threshold (goods and services)"),
  ceta_construction: l("Seuil de l'AECG (travaux de construction)", "CETA threshold (construction)"),
};
const SCOPE_LABELS: Record<ThresholdScope, Localized | null> = {
  lcop_ministry: l("ministères et organismes", "ministries and government bodies"),
  lcop_network: l("réseaux de la santé et de l'éducation", "health and education networks"),
  municipal: l("organismes municipaux", "municipal bodies"),
  all: null, // CETA rows apply to every buyer; the kind label already says what they are.
};
const NATURE_LABELS: Record<ThresholdNature, Localized | null> = {
  supply: l("approvisionnement", "supply"),
  services: l("services", "services"),
  construction: l("travaux de construction", "construction"),
  any: null,
};

export function thresholdLabel(e: ThresholdEntry): Localized {
  const parts = [KIND_LABELS[e.kind], SCOPE_LABELS[e.scope], NATURE_LABELS[e.nature]].filter(
    (p): p is Localized => p !== null,
  );
  const [head, ...rest] = parts as [Localized, ...Localized[]];
  if (rest.length === 0) return head;
  return {
    fr: `${head.fr} (${rest.map((p) => p.fr).join(", ")})`,
    en: `${head.en} (${rest.map((p) => p.en).join(", ")})`,
  };
}

// The CETA threshold matters to LCOP s. 14.1 (reservation) and to the municipal ceiling of
// LCV 573(2.1) / 573.3(2.3) (non-profit listed services).
const CETA_PROVISIONS: Record<Regime, ProvisionKey[]> = {
  lcop: ["lcop.reservation"],
  municipal: ["muni.ceta_ceiling", "muni.obnl_listed_services"],
};

export function toThresholdUsed(e: ThresholdEntry, date: string, regime: Regime): ThresholdUsed {
  const provisions = e.scope === "all" ? CETA_PROVISIONS[regime] : e.provisions;
  return {
    id: e.id,
    kind: e.kind,
    amountCad: e.amountCad,
    label: thresholdLabel(e),
    effectiveFrom: e.effectiveFrom,
    effectiveTo: e.effectiveTo,
    legalReferences: referencesFor(provisions, date),
    sourceUrl: e.sourceUrl,
    confidence: e.confidence,
    confidenceNote: e.confidenceNote,
    ...(e.researchItem === undefined ? {} : { researchItem: e.researchItem }),
  };
}
