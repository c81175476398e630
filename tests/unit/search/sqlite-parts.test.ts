import { describe, expect, it } from "vitest";
import { makeSnippet } from "~/search/snippet";
import { countBits, forEachBit, newBitset, setBit } from "~/search/sqlite/bitset";
import { buildClauses, toMatchExpression } from "~/search/sqlite/fts-query";
import { topK } from "~/lib/top-k";
import { allowedTypos, typoCandidates } from "~/search/sqlite/typo";
import { editDistanceWithin, foldText, queryTokens } from "~/search/text";

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
