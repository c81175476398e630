// Laws, URLs and constructors for dated legal references. The provision tables live in
// provisions-lcop.ts and provisions-municipal.ts; legal-references.ts resolves them by date.
import { DATA_COVERAGE } from "./rules-version";
import { l } from "./text";
import type { LegalReference, Localized } from "./types";

export const LAWS = {
  LCOP: l(
    "Loi sur les contrats des organismes publics (RLRQ, c. C-65.1)",
    "Act respecting contracting by public bodies (CQLR, c. C-65.1)",
  ),
  "C-65.1, r. 4": l(
    "Règlement sur certains contrats de services des organismes publics",
    "Regulation respecting service contracts of public bodies",
  ),
  LCV: l("Loi sur les cités et villes (RLRQ, c. C-19)", "Cities and Towns Act (CQLR, c. C-19)"),
  CM: l("Code municipal du Québec (RLRQ, c. C-27.1)", "Municipal Code of Québec (CQLR, c. C-27.1)"),
  "C-19, r. 5": l(
    "Règlement décrétant les seuils, plafonds et délais applicables à l'adjudication de certains contrats municipaux",
    "Regulation ordering the applicable thresholds, ceilings and time periods when awarding certain municipal contracts",
  ),
  LCOM: l(
    "Loi sur les contrats des organismes municipaux (projet de loi 79, 2025)",
    "Act respecting contracting by municipal bodies (Bill 79, 2025)",
  ),
} as const satisfies Record<string, Localized>;
export type LawCode = keyof typeof LAWS;

export const START = DATA_COVERAGE.from;
/** Bill 12 (S.Q. 2022, c. 18): LCOP ss. 14.1–14.11 in force (research note §2.3, [med]). */
export const BILL_12_IN_FORCE = "2022-12-02";

export const URLS = {
  lcop: "https://www.legisquebec.gouv.qc.ca/fr/document/lc/C-65.1",
  lcv: "https://www.legisquebec.gouv.qc.ca/fr/document/lc/C-19",
  cm: "https://www.legisquebec.gouv.qc.ca/fr/document/lc/C-27.1",
  lcv573_3: "https://legisquebec.gouv.qc.ca/en/version/cs/C-19?code=se%3A573_3&history=20241120",
  cm938: "http://www.legisquebec.gouv.qc.ca/en/version/cs/C-27.1?code=se:938&history=20240416",
};

export interface DatedProvision {
  /** First date this numbering applies for this module: the data start unless a later change is known. */
  effectiveFrom: string;
  effectiveTo: string | null;
  references: LegalReference[];
}

export function ref(law: LawCode, article: string, label: Localized, url: string): LegalReference {
  return { law, article, label, url };
}

/** Same subject in the Cities and Towns Act and the Municipal Code (same rules, different numbers). */
export function muni(lcv: string, cm: string, label: Localized, lcvUrl = URLS.lcv, cmUrl = URLS.cm) {
  return [ref("LCV", lcv, label, lcvUrl), ref("CM", cm, label, cmUrl)];
}

/** A provision with a single numbering so far; add a version to renumber it from a date. */
export function since(effectiveFrom: string, references: LegalReference[]): DatedProvision[] {
  return [{ effectiveFrom, effectiveTo: null, references }];
}
