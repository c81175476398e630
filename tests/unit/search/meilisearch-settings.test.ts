import { describe, expect, it } from "vitest";
import { buildSettings, buildSynonyms, INDEX_UID, MAX_VALUES_PER_FACET } from "~/search/meilisearch/settings";
import { STOP_WORDS, SYNONYM_GROUPS } from "~/search/synonyms";
import { FACETS } from "~/search/types";

const settings = buildSettings();

describe("Meilisearch index settings", () => {
  it("names the enterprises index", () => {
    expect(INDEX_UID).toBe("enterprises");
  });

  it("ranks searchable attributes name, legal name, offerings, categories, description", () => {
    expect(settings.searchableAttributes).toEqual(["name", "legalName", "offerings", "categories", "description"]);
  });

  it("makes every facet and _geo filterable, and the folded name and _geo sortable", () => {
    for (const facet of FACETS) expect(settings.filterableAttributes).toContain(facet);
    expect(settings.filterableAttributes).toContain("_geo");
    expect(settings.sortableAttributes).toEqual(["sortName", "_geo"]);
  });

  it("returns enough facet values for every municipality and pages deep enough for the whole directory", () => {
    expect(MAX_VALUES_PER_FACET).toBeGreaterThanOrEqual(1300);
    expect(settings.faceting?.maxValuesPerFacet).toBe(MAX_VALUES_PER_FACET);
    expect(settings.pagination?.maxTotalHits).toBeGreaterThanOrEqual(100_000);
  });

  it("tolerates one typo from 5 letters and two from 9", () => {
    expect(settings.typoTolerance).toMatchObject({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
  });

  it("keeps Meilisearch's built-in ranking rules in their default order, with sort first", () => {
    expect(settings.rankingRules).toEqual(["sort", "words", "typo", "proximity", "attribute", "exactness"]);
  });

  it("uses the reviewed stop words", () => {
    expect(new Set(settings.stopWords)).toEqual(new Set(STOP_WORDS));
  });

  it("declares the searchable text French (with English alongside)", () => {
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: ["name", "legalName", "offerings", "categories", "description"], locales: ["fra", "eng"] },
    ]);
  });
});

describe("Meilisearch synonyms", () => {
  const synonyms = buildSynonyms();

  it("maps every member of every group to all the others, lower-cased", () => {
    for (const group of SYNONYM_GROUPS) {
      for (const term of group) {
        const key = term.toLowerCase();
        const others = group.map((t) => t.toLowerCase()).filter((t) => t !== key);
        expect(synonyms[key], key).toEqual(expect.arrayContaining(others));
        expect(synonyms[key], key).not.toContain(key);
      }
    }
  });

  it("is symmetric: if a lists b, b lists a", () => {
    for (const [term, others] of Object.entries(synonyms)) {
      for (const other of others) expect(synonyms[other], `${other} → ${term}`).toContain(term);
    }
  });

  it("has only lower-case keys and values", () => {
    for (const [term, others] of Object.entries(synonyms)) {
      expect(term).toBe(term.toLowerCase());
      for (const other of others) expect(other).toBe(other.toLowerCase());
    }
  });

  it("merges a term that appears in two groups instead of losing one", () => {
    expect(
      buildSynonyms([
        ["A", "b"],
        ["a", "c"],
      ]),
    ).toEqual({ a: ["b", "c"], b: ["a"], c: ["a"] });
  });

  it("is what the settings carry (traiteur ↔ service alimentaire, récupération ↔ recyclage)", () => {
    expect(settings.synonyms).toEqual(synonyms);
    expect(synonyms["traiteur"]).toContain("service alimentaire");
    expect(synonyms["service alimentaire"]).toContain("traiteur");
    expect(synonyms["récupération"]).toContain("recyclage");
    expect(synonyms["information technology"]).toContain("informatique");
    // "it" would match the English pronoun: never a synonym.
    expect(synonyms["it"]).toBeUndefined();
  });
});
