import { describe, expect, it } from "vitest";
import { makeSnippet } from "~/search/snippet";
import { countBits, forEachBit, newBitset, setBit } from "~/search/sqlite/bitset";
import { FacetIndex } from "~/search/sqlite/facet-index";
import { buildClauses, toMatchExpression } from "~/search/sqlite/fts-query";
import { topK } from "~/lib/top-k";
import { allowedTypos, typoCandidates } from "~/search/sqlite/typo";
import { editDistanceWithin, foldText, queryTokens } from "~/search/text";
import { FACETS, type Facet } from "~/search/types";

describe("query text", () => {
  it("folds accents and case and drops stop words", () => {
    expect(foldText("Économie SOCIALE")).toBe("economie sociale");
    expect(queryTokens("L'entretien des parcs et jardins")).toEqual(["entretien", "parcs", "jardins"]);
  });

  it("expands a synonym phrase into its whole group, longest phrase first", () => {
    const clauses = buildClauses("service alimentaire Trois-Rivières");
    expect(clauses).toHaveLength(3);
    expect(clauses[0]!.alternatives).toContainEqual(["traiteur"]);
    expect(clauses[0]!.userTokens).toEqual(["service", "alimentaire"]);
    expect(clauses[1]!.alternatives).toEqual([["trois"]]);
  });

  it("builds an FTS5 expression with prefix phrases, quoting embedded quotes", () => {
    expect(toMatchExpression(buildClauses("recycl"))).toBe('"recycl" *');
    expect(toMatchExpression(buildClauses('ab"cd'))).toBe('"ab" * AND "cd" *');
    const withFix = toMatchExpression(buildClauses("traiteir"), new Map([[0, [["traiteur"]]]]));
    expect(withFix).toBe('("traiteir" * OR "traiteur" *)');
  });
});

describe("typo tolerance", () => {
  it("allows one typo from 5 letters and two from 9", () => {
    expect([allowedTypos("abcd"), allowedTypos("abcde"), allowedTypos("abcdefghi")]).toEqual([0, 1, 2]);
    expect(editDistanceWithin("traiteir", "traiteur", 1)).toBe(true);
    expect(editDistanceWithin("trateir", "traiteur", 1)).toBe(false);
  });

  it("proposes the most frequent indexed terms within the allowed distance", () => {
    const vocabulary = new Map([
      ["traiteur", 50],
      ["traiteurs", 5],
      ["traitement", 40],
      ["recyclage", 30],
    ]);
    expect(typoCandidates("traiteir", vocabulary)).toEqual(["traiteur"]);
    expect(typoCandidates("recylcage", vocabulary)).toEqual(["recyclage"]);
    expect(typoCandidates("tra", vocabulary)).toEqual([]);
  });
});

describe("snippets", () => {
  it("marks whole phrases and prefixes, never single words of a phrase", () => {
    const parts = makeSnippet("Repas chauds, service inclus. Un service alimentaire complet.", [
      ["service", "alimentaire"],
      ["repa"],
    ])!;
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["Repas", "service alimentaire"]);
    expect(makeSnippet("Rien ici", [["traiteur"]])).toBeUndefined();
  });

  it("cuts long texts around the first match, with an ellipsis on each side that has more", () => {
    const words = Array.from({ length: 60 }, (_, i) => `mot${i}`);
    words[30] = "Récupération";
    const parts = makeSnippet(`${words.join(" ")}.`, [["recuperation"]])!;
    const text = parts.map((p) => p.text).join("");
    expect(text).toBe(`…mot26 mot27 mot28 mot29 Récupération ${words.slice(31, 42).join(" ")}…`);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["Récupération"]);
    // At the end of the text, the closing punctuation stays and no ellipsis follows.
    const tail = makeSnippet("Un deux trois traiteur.", [["traiteur"]])!;
    expect(tail.map((p) => p.text).join("")).toBe("Un deux trois traiteur.");
  });

  it("gives what reading every word would give, on varied texts", () => {
    // The plain reading: tokenize all, mark every phrase, cut 16 words from 4 before the first mark.
    const reference = (text: string, phrases: string[][]) => {
      const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        folded: m[0]
          .normalize("NFD")
          .replace(/\p{M}+/gu, "")
          .toLowerCase(),
        match: false,
      }));
      words.forEach((_, i) => {
        for (const phrase of phrases) {
          const ok = phrase.every((t, k) => {
            const w = words[i + k];
            return w !== undefined && (k === phrase.length - 1 ? w.folded.startsWith(t) : w.folded === t);
          });
          if (ok) phrase.forEach((_, k) => (words[i + k]!.match = true));
        }
      });
      const first = words.findIndex((w) => w.match);
      if (first === -1) return undefined;
      const from = Math.max(0, first - 4);
      const to = Math.min(words.length, from + 16);
      return {
        marked: words
          .slice(from, to)
          .filter((w) => w.match)
          .map((w) => text.slice(w.start, w.end)),
        text:
          (from > 0 ? "…" : "") +
          text.slice(from === 0 ? 0 : words[from]!.start, to === words.length ? text.length : words[to - 1]!.end) +
          (to < words.length ? "…" : ""),
      };
    };
    // Words that hold a query word inside them ("partraiteur"), Latin letters beyond French
    // ("Ĳssel", "İle"), and words beyond it that take the slower reading: "Phở" (its "ở" folds
    // to "o" but lies past the letters the quick search knows), "日本", "ﬁn".
    const vocabulary = [
      "Service",
      "alimentaire",
      "traiteur",
      "Économie",
      "sociale",
      "repas",
      "l'été",
      "Œuvre",
      "42",
      "partraiteur",
      "Ĳssel",
      "İle",
      "— ",
      "日本",
      "ﬁn",
      "Phở",
    ];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const phrases = [
      ["service", "alimentaire"],
      ["econ"],
      ["repas"],
      ["oeuvre"],
      ["l", "ete"],
      ["traiteur"],
      ["ile"],
      ["ĳssel"],
      ["fin"],
      ["pho"],
    ];
    for (let n = 0; n < 600; n++) {
      const length = Math.floor(random() * 120);
      const words = Array.from({ length }, () => vocabulary[Math.floor(random() * vocabulary.length)]!);
      // Without the words beyond Latin half the time, so most texts take the quicker reading.
      const latin = random() < 0.5 ? words.filter((w) => !["日本", "ﬁn", "Phở"].includes(w)) : words;
      const text = latin.join(random() < 0.5 ? " " : ", ");
      const chosen = phrases.filter(() => random() < 0.4);
      if (chosen.length === 0) continue;
      const parts = makeSnippet(text, chosen);
      const expected = reference(text, chosen);
      expect(
        parts && {
          marked: parts.filter((p) => p.match).flatMap((p) => p.text.split(/[\s,]+/)),
          text: parts.map((p) => p.text).join(""),
        },
      ).toEqual(expected && { marked: expected.marked.flatMap((t) => t.split(/[\s,]+/)), text: expected.text });
    }
  });

  it("keeps HTML-looking text as text", () => {
    const parts = makeSnippet("<b>Traiteur</b> & cie", [["traiteur"]])!;
    expect(parts.map((p) => p.text).join("")).toBe("<b>Traiteur</b> & cie");
  });
});

describe("bitsets and top-k", () => {
  it("counts and iterates set positions in order", () => {
    const bits = newBitset(100);
    for (const p of [3, 31, 32, 99]) setBit(bits, p);
    const seen: number[] = [];
    forEachBit(bits, (p) => seen.push(p));
    expect(seen).toEqual([3, 31, 32, 99]);
    expect(countBits(bits)).toBe(4);
  });

  it("returns the k smallest in order, as a full sort would", () => {
    const items = Array.from({ length: 500 }, (_, i) => (i * 7919) % 1009);
    expect(topK(items, 10, (a, b) => a - b)).toEqual([...items].sort((a, b) => a - b).slice(0, 10));
    expect(topK(items, 0, (a, b) => a - b)).toEqual([]);
  });
});

describe("facet index counts", () => {
  // Deterministic documents: each holds one region, one or two statuses and zero to three categories.
  let seed = 11;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
  const regions = ["01", "04", "06", "11"];
  const statuses = ["cooperative", "obnl", "mutual"];
  const categoryCodes = Array.from({ length: 30 }, (_, i) => `c${i}`);
  const docs = Array.from({ length: 3000 }, (_, i) => ({
    id: i + 1,
    slug: `e-${i + 1}`,
    name: `E ${i + 1}`,
    lat: null,
    lon: null,
    card: null,
    facets: {
      ...Object.fromEntries(FACETS.map((f) => [f, [] as string[]])),
      region: [pick(regions)],
      status: random() < 0.2 ? [pick(statuses), pick(statuses)] : [pick(statuses)],
      category: Array.from({ length: Math.floor(random() * 4) }, () => pick(categoryCodes)),
    } as Record<Facet, string[]>,
  }));
  const index = new FacetIndex();
  docs.forEach((d) => index.upsert(d));
  index.remove(17); // a hole: a removed document is counted nowhere
  const alive = docs.filter((d) => d.id !== 17);

  const expected = (ids: Set<number>, facet: "region" | "status" | "category") => {
    const counts: Record<string, number> = {};
    for (const d of alive) {
      if (!ids.has(d.id)) continue;
      for (const v of new Set(d.facets[facet])) counts[v] = (counts[v] ?? 0) + 1;
    }
    return counts;
  };
  const setOf = (ids: Set<number>) => {
    const bits = newBitset(index.positionCapacity);
    for (const id of ids) {
      const pos = index.position(id);
      if (pos !== undefined) setBit(bits, pos);
    }
    return bits;
  };

  it("equal a plain count over the documents, for broad and narrow sets alike", () => {
    // From every document (the intersection way) down to a handful (the document walk).
    for (const share of [1, 0.5, 0.05, 0.002]) {
      const ids = new Set(alive.filter(() => random() < share).map((d) => d.id));
      const counts = index.countFacets(setOf(ids), new Set(["region", "status", "category"] as const));
      for (const facet of ["region", "status", "category"] as const) {
        expect(counts.get(facet), `${facet} at ${share}`).toEqual(expected(ids, facet));
      }
    }
    expect(index.countFacets(newBitset(index.positionCapacity), new Set(["region"] as const)).get("region")).toEqual(
      {},
    );
  });
});
