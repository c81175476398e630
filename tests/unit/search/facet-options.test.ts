import { describe, expect, it } from "vitest";
import { buildFacetView, FACET_LONG, FACET_VISIBLE, type FacetOption } from "~/search/facet-options";
import type { Facet } from "~/search/types";

/** The plain reading: every option, sorted whole (checked first, then by code or by count and name), then cut. */
function reference(facet: Facet, counts: Record<string, number>, chosen: string[], expanded: boolean) {
  const byCode = facet === "serves" || facet === "region" || facet === "workforce";
  const collator = new Intl.Collator("fr");
  const options: FacetOption[] = [...new Set([...Object.keys(counts), ...chosen])].map((value) => ({
    value,
    label: `Nom ${value}`,
    count: counts[value] ?? 0,
    checked: chosen.includes(value),
  }));
  options.sort(
    (a, b) =>
      Number(b.checked) - Number(a.checked) ||
      (byCode ? a.value.localeCompare(b.value, "en") : b.count - a.count || collator.compare(a.label, b.label)),
  );
  if (expanded) return { shown: options, folded: [], left: 0 };
  const visible = Math.max(FACET_VISIBLE, chosen.length);
  if (options.length <= FACET_LONG)
    return { shown: options.slice(0, visible), folded: options.slice(visible), left: 0 };
  return { shown: options.slice(0, visible), folded: [], left: options.length - visible };
}

describe("facet views", () => {
  it("show what sorting every option would show, for short, long, expanded and ticked facets", () => {
    let seed = 5;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n < 400; n++) {
      const facet = (["category", "serves", "label", "workforce"] as const)[n % 4]!;
      const size = Math.floor(random() * 30);
      const counts: Record<string, number> = {};
      // Few distinct counts, so that many ties are broken by name.
      for (let i = 0; i < size; i++) counts[`v${Math.floor(random() * 40)}`] = 1 + Math.floor(random() * 4);
      const chosen = ["v1", "v7", "v33", "zz"].filter(() => random() < 0.3);
      const expanded = random() < 0.2;
      const view = buildFacetView({
        facet,
        counts,
        chosen,
        labelOf: (value) => `Nom ${value}`,
        expanded,
        locale: "fr",
      });
      expect(view).toEqual({ facet, ...reference(facet, counts, chosen, expanded) });
    }
  });

  it("names only the options it sends", () => {
    const counts = Object.fromEntries(Array.from({ length: 121 }, (_, i) => [`c${i}`, 121 - i]));
    const named: string[] = [];
    const view = buildFacetView({
      facet: "category",
      counts,
      chosen: [],
      labelOf: (value) => (named.push(value), value),
      expanded: false,
      locale: "fr",
    });
    expect(view.shown.map((o) => o.value)).toEqual(["c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7"]);
    expect(view.left).toBe(113);
    expect(new Set(named).size).toBe(8);
  });
});
