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
  const options = [...new Set([...Object.keys(counts), ...chosen])].map((value) => ({
    value,
    label: labelOf(value),
    count: counts[value] ?? 0,
    checked: checked.has(value),
  }));
  const byCode = BY_CODE.has(facet);
  const collator = collatorFor(locale);
  options.sort(
    (a, b) =>
      Number(b.checked) - Number(a.checked) ||
      (byCode
        ? Number(a.value > b.value) - Number(a.value < b.value)
        : b.count - a.count || collator.compare(a.label, b.label)),
  );
  // The buyer asked for the whole list: no fold.
  if (expanded) return { facet, shown: options, folded: [], left: 0 };
  // Checked options sort first, so they are always among those shown.
  const shown = options.slice(0, Math.max(FACET_VISIBLE, checked.size));
  const rest = options.slice(shown.length);
  if (options.length <= FACET_LONG) return { facet, shown, folded: rest, left: 0 };
  return { facet, shown, folded: [], left: rest.length };
}
