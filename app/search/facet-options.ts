import { topK } from "~/lib/top-k";
import type { Facet } from "./types";

export type FacetOption = { value: string; label: string; count: number; checked: boolean };

/**
 * One facet as the search page shows it: the first options, then a fold of the others; a
 * long facet (the 121 categories) sends only its first options and says how many it left
 * out, so the page stays light until the buyer asks for the whole list.
 */
export type FacetView = {
  facet: Facet;
  shown: FacetOption[];
  folded: FacetOption[];
  /** Options not sent (a long facet, not expanded): the page links to the full list. */
  left: number;
};

/** Options shown before the fold. */
export const FACET_VISIBLE = 8;
/** Past this many options, a facet is long: the rest waits for `expand`. */
export const FACET_LONG = 8;

/** Regions and workforce bands read best in their own order; the others by how many match. */
const BY_CODE: ReadonlySet<Facet> = new Set(["serves", "region", "workforce"]);

// `localeCompare(…, locale)` builds a collator on every call: keep one per locale.
const collators = new Map<string, Intl.Collator>();
function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  return collator;
}

export function buildFacetView({
  facet,
  counts,
  chosen,
  labelOf,
  expanded,
  locale,
}: {
  facet: Facet;
  counts: Readonly<Record<string, number>>;
  chosen: readonly string[];
  labelOf: (value: string) => string;
  expanded: boolean;
  locale: string;
}): FacetView {
  const checked = new Set(chosen);
  const values = [...new Set([...Object.keys(counts), ...chosen])];
  // Names are looked up (and compared) only for the values that need them: a long facet
  // shows 8 of its 121 categories.
  const labels = new Map<string, string>();
  const label = (value: string) => {
    let name = labels.get(value);
    if (name === undefined) labels.set(value, (name = labelOf(value)));
    return name;
  };
  const byCode = BY_CODE.has(facet);
  const collator = collatorFor(locale);
  const count = (value: string) => counts[value] ?? 0;
  const order = (a: string, b: string) =>
    Number(checked.has(b)) - Number(checked.has(a)) ||
    (byCode ? Number(a > b) - Number(a < b) : count(b) - count(a) || collator.compare(label(a), label(b)));
  const option = (value: string): FacetOption => ({
    value,
    label: label(value),
    count: count(value),
    checked: checked.has(value),
  });
  // Checked options sort first, so they are always among those shown.
  const visible = Math.max(FACET_VISIBLE, checked.size);
  if (!expanded && values.length > FACET_LONG) {
    // A long facet sends its first options only: no need to order the rest.
    return { facet, shown: topK(values, visible, order).map(option), folded: [], left: values.length - visible };
  }
  const options = values.sort(order).map(option);
  // The buyer asked for the whole list: no fold.
  if (expanded) return { facet, shown: options, folded: [], left: 0 };
  return { facet, shown: options.slice(0, visible), folded: options.slice(visible), left: 0 };
}
