// Legal references are dated data: code names a provision by key, the provision tables say
// which article(s) carry it on a given date. When the Loi sur les contrats des organismes
// municipaux (LCOM, Bill 79, assented 2025-03-25) comes into force, its numbering is added to
// provisions-municipal.ts — a data change, not a code change (research note §3.5).
import type { DatedProvision } from "./laws";
import { LCOP_PROVISIONS } from "./provisions-lcop";
import { MUNICIPAL_PROVISIONS } from "./provisions-municipal";
import type { LegalReference } from "./types";

export { BILL_12_IN_FORCE, LAWS, type LawCode } from "./laws";

export const PROVISIONS = { ...LCOP_PROVISIONS, ...MUNICIPAL_PROVISIONS };

export type ProvisionKey = keyof typeof PROVISIONS;

/** The references that carry `key` on `date` (the earliest version if `date` precedes them all). */
export function referencesOn(key: ProvisionKey, date: string): LegalReference[] {
  const versions: DatedProvision[] = PROVISIONS[key];
  const inForce = versions.find((v) => v.effectiveFrom <= date && (v.effectiveTo === null || date <= v.effectiveTo));
  return (inForce ?? versions[0])?.references ?? [];
}

export function referencesFor(keys: ProvisionKey[], date: string): LegalReference[] {
  return keys.flatMap((k) => referencesOn(k, date));
}
