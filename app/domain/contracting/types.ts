// Public types of the contracting-route module. The answer is returned as-is by
// POST /api/v1/contracting-route and by `npm run route`, so it must stay JSON-serializable.

export const BUYERS = ["ministry", "health_network", "education_network", "municipality"] as const;
export type Buyer = (typeof BUYERS)[number];

export const SUPPLIER_STATUSES = [
  "cooperative",
  "nonprofit_cooperative",
  "mutual",
  "obnl",
  "community_org",
  "for_profit",
] as const;
export type SupplierStatus = (typeof SUPPLIER_STATUSES)[number];

export const CONTRACT_NATURES = [
  "supply",
  "services",
  "construction",
  "residual_materials_services",
  "insurance",
] as const;
export type ContractNature = (typeof CONTRACT_NATURES)[number];

export const ROUTE_IDS = ["direct_award", "invitation_tender", "reserved_tender", "open_public_tender"] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

export const VERDICTS = ["allowed", "conditional", "not_allowed"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const TRI_STATES = ["yes", "no", "unknown"] as const;
export type TriState = (typeof TRI_STATES)[number];

/** The five cases of LCOP s. 13, or "yes" when the buyer has not said which one. */
export const SECTION_13_CASES = ["emergency", "sole_source", "confidential", "public_interest", "regulation"] as const;
export type Section13Case = (typeof SECTION_13_CASES)[number];
export type Section13Answer = TriState | Section13Case;

export type Regime = "lcop" | "municipal";
export type Confidence = "high" | "med-high" | "med" | "low";

export interface Localized {
  fr: string;
  en: string;
}

/** Input after validation and defaults (see input-schema.ts for the accepted raw shape). */
export interface ContractingInput {
  buyer: Buyer;
  supplierStatus: SupplierStatus;
  contractNature: ContractNature;
  /** Estimated amount before taxes, options and renewals included (LCOP s. 10 para. 1(1)). */
  amountCad: number;
  /** ISO date (YYYY-MM-DD) of the call or of the contract; omitted = today in Québec. */
  date?: string | undefined;
  rgcAllowsDirectAward: TriState;
  solidarityCoopDesignated: TriState;
  listedService: TriState;
  isFinancialAid: TriState;
  lcopSection13Exception: Section13Answer;
}

/** The input echoed in the answer, with the date resolved. */
export type ResolvedInput = Omit<ContractingInput, "date"> & { date: string };

export interface LegalReference {
  law: string;
  article: string;
  label: Localized;
  url: string;
}

export interface Condition {
  /** Stable id. All conditions of a route must hold; an alternative is one condition "a_or_b". */
  id: string;
  text: Localized;
}

export interface RouteAnswer {
  id: RouteId;
  verdict: Verdict;
  conditions: Condition[];
  reasons: Localized[];
  legalReferences: LegalReference[];
}

export interface ExceptionRoute {
  id: "lcop_s13_exception";
  case: Section13Answer;
  verdict: "conditional";
  conditions: Condition[];
  reasons: Localized[];
  legalReferences: LegalReference[];
}

export interface Amounts {
  preTaxCad: number;
  comparedCad: number;
  netTaxRate: number | null;
  basis: "net_taxes_included" | "pre_tax";
  explanation: Localized;
  sources: { label: Localized; url: string }[];
}

export type ThresholdKind = "public_tender" | "invitation_floor" | "ceta_goods_services" | "ceta_construction";

export interface ThresholdUsed {
  id: string;
  kind: ThresholdKind;
  amountCad: number;
  label: Localized;
  effectiveFrom: string;
  effectiveTo: string | null;
  legalReferences: LegalReference[];
  sourceUrl: string;
  confidence: Confidence;
  confidenceNote: Localized | null;
  /** Item of §8 (uncertainties) of the research note, when the amount or date is unconfirmed. */
  researchItem?: number;
}

export type WarningKind = "rule" | "uncertainty" | "notice";

export interface AnswerWarning {
  id: string;
  kind: WarningKind;
  text: Localized;
  /** Item number in §8 ("uncertainties") of the legal research note, when it comes from there. */
  researchItem?: number;
}

export interface ContractingAnswer {
  rulesVersion: string;
  date: string;
  regime: Regime;
  input: ResolvedInput;
  isProcurement: boolean;
  procurementNote: Localized | null;
  routes: RouteAnswer[];
  allowedRoutes: RouteId[];
  exceptionRoutes: ExceptionRoute[];
  amounts: Amounts;
  thresholdsUsed: ThresholdUsed[];
  warnings: AnswerWarning[];
}

export interface Problem {
  /** Name of the input parameter ("amountCad"), or "" for the whole input. */
  path: string;
  message: Localized;
}
