// Municipal "dépense" = pre-tax amount plus the taxes the municipality does not recover
// (research note §1 and §8 item 4): GST refunded in full, QST (9.975 %) refunded at 50 %,
// hence 4.9875 %. Dated data, so a change of refund rate is a new row, not a code change.
import { l } from "./text";
import type { Confidence, Localized } from "./types";

export interface NetTaxRate {
  rate: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  explanation: Localized;
  sources: { label: Localized; url: string }[];
  confidence: Confidence;
  researchItem: number;
}

export const MUNICIPAL_NET_TAX_RATES: readonly NetTaxRate[] = [
  {
    rate: 0.049875,
    effectiveFrom: "2022-01-01",
    effectiveTo: null,
    explanation: l(
      "La TPS est remboursée en totalité aux municipalités et la TVQ (9,975 %) l'est à 50 % : la taxe nette est donc de 4,9875 % du montant avant taxes.",
      "Municipalities recover the GST in full and 50% of the QST (9.975%): the net tax is therefore 4.9875% of the pre-tax amount.",
    ),
    sources: [
      {
        label: l(
          "Morency, « Quand les règles d'octroi de contrats publics rencontrent la fiscalité » (SAM)",
          "Morency, “Quand les règles d'octroi de contrats publics rencontrent la fiscalité” (SAM)",
        ),
        url: "https://www.sam.ca/quand-les-regles-doctroi-de-contrats-publics-rencontrent-la-fiscalite/",
      },
      {
        label: l(
          "Tremblay Bois, « Montant d'une dépense municipale : taxes nettes » (2020)",
          "Tremblay Bois, “Montant d'une dépense municipale : taxes nettes” (2020)",
        ),
        url: "https://sondage.quebecmunicipal.qc.ca/index.asp?action=details&id=113252&module=articles",
      },
    ],
    confidence: "med",
    researchItem: 4,
  },
];

export function netTaxRateOn(date: string): NetTaxRate {
  const found = MUNICIPAL_NET_TAX_RATES.find(
    (r) => r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo),
  );
  if (!found) throw new Error(`No municipal net tax rate in force on ${date}`);
  return found;
}

/** Expenditure compared with the municipal thresholds, rounded to the cent like any invoice. */
export function withNetTaxes(preTaxCad: number, rate: number): number {
  // The small epsilon keeps exact half-cents (x.xx5) from rounding down through float error.
  return Math.round(preTaxCad * (1 + rate) * 100 + 1e-6) / 100;
}
