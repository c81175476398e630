// Version and coverage of the rules data. Bump RULES_VERSION whenever a threshold, a rate or a
// legal reference changes, so a saved answer ("note au dossier") says which rules produced it.
export const RULES_VERSION = "qc-contracting-2022-2027.1";

/** Legal research this data comes from (shared/legal/contracting-rules.md). */
export const RESEARCH_NOTE = "contracting-rules.md (2024–2027, updates the 2011 MAMROT guide)";

/**
 * Dates the data covers. Before `from` the module refuses to answer (no sourced thresholds);
 * after `to` it uses the last known period and warns that new thresholds may apply.
 */
export const DATA_COVERAGE = { from: "2022-01-01", to: "2027-12-31" } as const;
