// Public API of the contracting-route module (issue 4). Plain TypeScript: no Remix, React or
// database imports, so the wizard, the HTTP API and the batch CLI can all share it.
export {
  evaluateContractingRoutes,
  tryEvaluateContractingRoutes,
  todayInQuebec,
  InvalidContractingInputError,
  type EvaluateOptions,
  type EvaluationResult,
} from "./evaluate";
export {
  contractingInputSchema,
  parseContractingInput,
  problemsFromZodError,
  isIsoDate,
  type ContractingInputRaw,
  type ParseResult,
} from "./input-schema";
export {
  BUYER_OPTIONS,
  SUPPLIER_STATUS_OPTIONS,
  CONTRACT_NATURE_OPTIONS,
  ROUTE_LABELS,
  VERDICT_LABELS,
  TRI_STATE_LABELS,
  SECTION_13_CASE_LABELS,
  SECTION_13_CASE_OPTIONS,
  FACT_QUESTIONS,
  regimeOf,
  type Option,
} from "./labels";
export { LAWS, PROVISIONS, referencesOn, type ProvisionKey } from "./legal-references";
export { THRESHOLDS, findThreshold, type ThresholdEntry } from "./thresholds";
export { MUNICIPAL_NET_TAX_RATES, netTaxRateOn, withNetTaxes } from "./net-tax";
export { CONDITIONS } from "./conditions";
export { DATA_COVERAGE, RULES_VERSION } from "./rules-version";
export * from "./types";
