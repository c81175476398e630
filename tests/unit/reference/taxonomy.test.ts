import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { categories, categoryGroups } from "../../../db/reference/taxonomy";
import { labels } from "../../../db/reference/labels";
import { socialPurposes } from "../../../db/reference/social-purposes";

const KEBAB_ASCII = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function readCsv(relativePath: string): Array<Record<string, string>> {
  const file = fileURLToPath(new URL(relativePath, import.meta.url));
  return parse(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true });
}

const naicsRows = readCsv("../../../db/reference/naics_canada_2022_sectors_subsectors.csv");
const unspscRows = readCsv("../../../db/reference/unspsc_codes.csv");
const naicsLevelByCode = new Map(naicsRows.map((r) => [r.code, r.level]));
const unspscLevelByCode = new Map(unspscRows.map((r) => [r.code, r.level]));

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const v of values) (seen.has(v) ? dups : seen).add(v);
  return [...dups];
}

function expectBilingualText(value: { fr: string; en: string }, where: string) {
  for (const lang of ["fr", "en"] as const) {
    const text = value[lang];
    expect(text.trim(), `${where} (${lang}) is empty`).not.toBe("");
    expect(text, `${where} (${lang}) has stray whitespace`).toBe(text.trim());
    expect(text, `${where} (${lang}) has a double space`).not.toMatch(/ {2}/);
  }
}

describe("reference CSVs used by the taxonomy", () => {
  it("parse into the expected code sets", () => {
    expect(naicsLevelByCode.size).toBeGreaterThan(100);
    expect(naicsLevelByCode.get("722")).toBe("subsector");
    expect(unspscLevelByCode.size).toBeGreaterThan(500);
    expect(unspscLevelByCode.get("90100000")).toBe("family");
  });
});

describe("category groups", () => {
  it("has between 12 and 18 groups", () => {
    expect(categoryGroups.length).toBeGreaterThanOrEqual(12);
    expect(categoryGroups.length).toBeLessThanOrEqual(18);
  });

  it("has bilingual names and descriptions", () => {
    for (const g of categoryGroups) {
      expectBilingualText(g.name, `group ${g.code} name`);
      expectBilingualText(g.description, `group ${g.code} description`);
      expect(g.name.fr, `group ${g.code}: fr and en names are identical`).not.toBe(g.name.en);
      expect(g.description.fr).not.toBe(g.description.en);
    }
  });

  it("has at least 3 categories in every group", () => {
    for (const g of categoryGroups) {
      const count = categories.filter((c) => c.groupCode === g.code).length;
      expect(count, `group ${g.code} has ${count} categories`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("categories", () => {
  it("has between 80 and 150 categories", () => {
    expect(categories.length).toBeGreaterThanOrEqual(80);
    expect(categories.length).toBeLessThanOrEqual(150);
  });

  it("uses kebab-case ASCII codes, unique across groups and categories", () => {
    const codes = [...categoryGroups.map((g) => g.code), ...categories.map((c) => c.code)];
    for (const code of codes) expect(code, `code "${code}"`).toMatch(KEBAB_ASCII);
    expect(duplicates(codes)).toEqual([]);
  });

  it("points every category at an existing group", () => {
    const groupCodes = new Set(categoryGroups.map((g) => g.code));
    const orphans = categories.filter((c) => !groupCodes.has(c.groupCode)).map((c) => c.code);
    expect(orphans).toEqual([]);
  });

  it("has non-empty bilingual names, unique per language", () => {
    for (const c of categories) expectBilingualText(c.name, `category ${c.code} name`);
    expect(duplicates(categories.map((c) => c.name.fr.toLowerCase()))).toEqual([]);
    expect(duplicates(categories.map((c) => c.name.en.toLowerCase()))).toEqual([]);
  });

  it("actually translates names (at most 5% identical in fr and en)", () => {
    const identical = categories.filter((c) => c.name.fr === c.name.en).map((c) => c.code);
    expect(identical.length).toBeLessThanOrEqual(Math.floor(categories.length * 0.05));
  });

  it("has 2 to 6 distinct, non-empty keywords per language", () => {
    for (const c of categories) {
      for (const lang of ["fr", "en"] as const) {
        const kw = c.keywords[lang];
        expect(kw.length, `${c.code} keywords.${lang}`).toBeGreaterThanOrEqual(2);
        expect(kw.length, `${c.code} keywords.${lang}`).toBeLessThanOrEqual(6);
        for (const k of kw) expect(k.trim(), `${c.code} keyword`).not.toBe("");
        expect(duplicates(kw.map((k) => k.toLowerCase())), `${c.code} keywords.${lang}`).toEqual([]);
      }
    }
  });

  it("uses 1 to 3 NAICS sector/subsector codes that exist in the NAICS CSV", () => {
    for (const c of categories) {
      expect(c.naics.length, `${c.code} naics`).toBeGreaterThanOrEqual(1);
      expect(c.naics.length, `${c.code} naics`).toBeLessThanOrEqual(3);
      expect(duplicates(c.naics), `${c.code} naics`).toEqual([]);
      for (const code of c.naics) {
        expect(naicsLevelByCode.get(code), `${c.code}: NAICS ${code}`).toMatch(/^(sector|subsector)$/);
      }
    }
  });

  it("uses 1 to 3 UNSPSC segment/family codes that exist in unspsc_codes.csv", () => {
    for (const c of categories) {
      expect(c.unspsc.length, `${c.code} unspsc`).toBeGreaterThanOrEqual(1);
      expect(c.unspsc.length, `${c.code} unspsc`).toBeLessThanOrEqual(3);
      expect(duplicates(c.unspsc), `${c.code} unspsc`).toEqual([]);
      for (const code of c.unspsc) {
        expect(code, `${c.code}: UNSPSC ${code}`).toMatch(/^\d{4}0000$/);
        expect(unspscLevelByCode.get(code), `${c.code}: UNSPSC ${code}`).toMatch(/^(segment|family)$/);
      }
    }
  });
});

describe("labels and social purposes", () => {
  const lists = [
    { name: "labels", items: labels, min: 10, max: 16 },
    { name: "social purposes", items: socialPurposes, min: 10, max: 14 },
  ];

  for (const { name, items, min, max } of lists) {
    it(`${name}: ${min}–${max} entries with unique kebab-case codes`, () => {
      expect(items.length).toBeGreaterThanOrEqual(min);
      expect(items.length).toBeLessThanOrEqual(max);
      for (const item of items) expect(item.code).toMatch(KEBAB_ASCII);
      expect(duplicates(items.map((i) => i.code))).toEqual([]);
    });

    it(`${name}: non-empty bilingual names, unique per language`, () => {
      for (const item of items) expectBilingualText(item.name, `${name} ${item.code}`);
      expect(duplicates(items.map((i) => i.name.fr))).toEqual([]);
      expect(duplicates(items.map((i) => i.name.en))).toEqual([]);
    });
  }
});
