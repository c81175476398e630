import type { Reason } from "~/domain/matching";
import { foldText } from "~/search/text";

/** Names the reasons refer to by code, already in the reader's language. */
export type ReasonLookups = {
  regionName: (code: string) => string;
  categoryName: (code: string) => string;
  groupName: (code: string) => string;
  workforceBandName: (band: string) => string;
  statusName: (status: string) => string;
  /** The route the status opens for this need ("gré à gré"), when known. */
  simplerRouteName: (status: string) => string | undefined;
  /** A folded word ("reception") as the buyer wrote it ("réception"); see `wordsAsWritten`. */
  wordAsWritten?: (folded: string) => string;
};

/**
 * Matching compares folded words; the buyer reads their own: maps each folded word of a text
 * back to its first spelling there (lower case, accents kept).
 */
export function wordsAsWritten(text: string): (folded: string) => string {
  const spelled = new Map<string, string>();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const key = foldText(word);
    if (!spelled.has(key)) spelled.set(key, word.toLocaleLowerCase("fr-CA"));
  }
  return (folded) => spelled.get(folded) ?? folded;
}

/** A key of the `needs` namespace and its values: one sentence per reason. */
export type ReasonWords = { key: `reasons.${string}`; vars: Record<string, string | number> };

const text = (value: string | number | undefined) => (value === undefined ? "" : String(value));

/**
 * A matching reason as the buyer reads it (« Dessert la région Mauricie », « Située à 23 km »).
 * Unknown codes (a newer matching module) fall back to a generic sentence, never to a code.
 */
export function reasonWords(reason: Pick<Reason, "code" | "detail">, names: ReasonLookups): ReasonWords {
  const d = reason.detail;
  switch (reason.code) {
    case "serves_region":
      return { key: "reasons.serves_region", vars: { region: names.regionName(text(d.region)) } };
    case "serves_province":
      return { key: "reasons.serves_province", vars: {} };
    case "located_in_region":
      return { key: "reasons.located_in_region", vars: { region: names.regionName(text(d.region)) } };
    case "nearby":
      return { key: "reasons.nearby", vars: { km: Number(d.km) } };
    case "exact_category": {
      const more = Number(d.count ?? 1) - 1;
      const category = names.categoryName(text(d.category));
      return more > 0
        ? { key: "reasons.exact_categories", vars: { category, count: more } }
        : { key: "reasons.exact_category", vars: { category } };
    }
    case "same_group":
      return { key: "reasons.same_group", vars: { group: names.groupName(text(d.group)) } };
    case "offering_words": {
      const asWritten = names.wordAsWritten ?? ((w: string) => w);
      const words = text(d.words)
        .split(",")
        .map((w) => asWritten(w.trim()))
        .filter(Boolean)
        .join(", ");
      return { key: "reasons.offering_words", vars: { words } };
    }
    case "size_fits":
      return { key: "reasons.size_fits", vars: { band: names.workforceBandName(text(d.band)) } };
    case "verified":
      return { key: "reasons.verified", vars: {} };
    case "simpler_route": {
      const status = names.statusName(text(d.status));
      const route = names.simplerRouteName(text(d.status));
      return route
        ? { key: "reasons.simpler_route", vars: { status, route } }
        : { key: "reasons.simpler_route_generic", vars: { status } };
    }
    default:
      return { key: "reasons.other", vars: {} };
  }
}
