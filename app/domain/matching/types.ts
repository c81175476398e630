import type { Buyer, ContractNature } from "../contracting";

/** What matching needs to know about a buyer's need. */
export type MatchNeed = {
  buyer: Buyer;
  contractNature: ContractNature;
  /** Estimated amount before taxes (or the middle of the band), if known. */
  amountCad?: number;
  /** ISO date the contracting rules are evaluated at. */
  date: string;
  categories: string[];
  /** Groups of the chosen categories (the domain fills them in from the taxonomy). */
  groups: string[];
  deliveryRegions: string[];
  /** A delivery municipality, when the need names one: enables "nearby" and distances. */
  deliveryPoint?: { lat: number; lon: number };
  /** Folded words of the title and description (stop words removed). */
  words: string[];
};

/** What matching needs to know about a published enterprise. */
export type MatchCandidate = {
  id: number;
  name: string;
  servesProvince: boolean;
  servesRegions: readonly string[];
  regionCode: string;
  lat: number | null;
  lon: number | null;
  categories: readonly string[];
  groups: readonly string[];
  /** Folded words of its offerings (names and descriptions). */
  offeringWords: ReadonlySet<string>;
  workforceBand: "1_4" | "5_9" | "10_49" | "50_99" | "100_plus" | null;
  verified: boolean;
  /** The supplier status as the contracting rules know it. */
  supplierStatus: "cooperative" | "nonprofit_cooperative" | "mutual" | "obnl" | "community_org" | "for_profit";
};

export type ReasonCode =
  | "serves_region"
  | "serves_province"
  | "located_in_region"
  | "nearby"
  | "exact_category"
  | "same_group"
  | "offering_words"
  | "size_fits"
  | "verified"
  | "simpler_route";

export type Reason = { code: ReasonCode; points: number; detail: Record<string, string | number> };

export type Match = { candidateId: number; name: string; score: number; reasons: Reason[]; distanceKm?: number };
