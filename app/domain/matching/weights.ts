/**
 * Points per reason. Geography and category carry most of the score because a supplier that
 * cannot deliver, or does not sell the thing, is no match at all; the rest orders the good ones.
 */
export const WEIGHTS = {
  servesRegion: 30,
  servesProvince: 22,
  locatedInRegion: 8,
  nearbyMax: 20,
  exactCategory: 35,
  sameGroup: 14,
  offeringWordsMax: 20,
  sizeFits: 8,
  verified: 6,
  simplerRoute: 10,
} as const;

/** Beyond this, an enterprise that does not serve the region is not "nearby". */
export const NEARBY_KM = 75;

/** Largest contract a workforce band usually takes on (pre-tax CAD); beyond, size does not fit. */
export const BAND_CAPACITY_CAD: Record<"1_4" | "5_9" | "10_49" | "50_99" | "100_plus", number> = {
  "1_4": 50_000,
  "5_9": 150_000,
  "10_49": 1_000_000,
  "50_99": 5_000_000,
  "100_plus": Number.POSITIVE_INFINITY,
};
