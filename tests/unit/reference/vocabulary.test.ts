import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { categories, categoryGroups } from "../../../db/reference/taxonomy";
import { socialPurposes } from "../../../db/reference/social-purposes";
import {
  descriptionTemplates,
  frenchContractions,
  inventedWords,
  missionTemplatesByPurpose,
  namePatternsByStatus,
  natureNouns,
  offeringsByCategory,
  streetNames,
  templatePlaceholders,
  tradeNounsByGroup,
  type Bilingual,
} from "../../../db/seed/vocabulary";

function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? "").sort();
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const v of values) (seen.has(v) ? dups : seen).add(v);
  return [...dups];
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
}

function applyFrenchContractions(text: string): string {
  return frenchContractions.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), text);
}

function expectSamePlaceholders(t: Bilingual, allowed: readonly string[], where: string) {
  const fr = placeholdersIn(t.fr);
  const en = placeholdersIn(t.en);
  expect(uniqueSorted(fr), `${where}: fr and en use different placeholders`).toEqual(uniqueSorted(en));
  for (const p of fr) expect(allowed, `${where}: unknown placeholder {${p}}`).toContain(p);
}

function expectFrenchColonSpacing(t: Bilingual, where: string) {
  // Quebec French: non-breaking space before a colon; English: none.
  expect(t.fr, `${where}: fr colon must be preceded by a non-breaking space`).not.toMatch(/(^|[^\u00a0]):/);
  expect(t.en, `${where}: en colon must not be preceded by a space`).not.toMatch(/[\s\u00a0]:/);
}

describe("offerings by category", () => {
  const categoryCodes = categories.map((c) => c.code);

  it("covers exactly the taxonomy's category codes", () => {
    expect(Object.keys(offeringsByCategory).sort()).toEqual([...categoryCodes].sort());
  });

  it("has 2 to 4 offerings per category, with distinct names", () => {
    for (const code of categoryCodes) {
      const offerings = offeringsByCategory[code as keyof typeof offeringsByCategory];
      expect(offerings.length, code).toBeGreaterThanOrEqual(2);
      expect(offerings.length, code).toBeLessThanOrEqual(4);
      expect(duplicates(offerings.map((o) => o.name.fr)), code).toEqual([]);
      expect(duplicates(offerings.map((o) => o.name.en)), code).toEqual([]);
    }
  });

  it("has non-empty, translated names and descriptions", () => {
    for (const [code, offerings] of Object.entries(offeringsByCategory)) {
      for (const o of offerings) {
        for (const field of [o.name, o.description]) {
          expect(field.fr.trim(), code).not.toBe("");
          expect(field.en.trim(), code).not.toBe("");
        }
        expect(o.description.fr, `${code}: untranslated description`).not.toBe(o.description.en);
        expect(placeholdersIn(o.name.fr + o.description.fr + o.name.en + o.description.en)).toEqual([]);
      }
    }
  });

  it("gives every category at least one priced offering, and every price range is valid", () => {
    for (const [code, offerings] of Object.entries(offeringsByCategory)) {
      expect(
        offerings.some((o) => o.priceRange),
        `${code} has no priced offering`,
      ).toBe(true);
      for (const o of offerings) {
        if (!o.priceRange) continue;
        const [min, max] = o.priceRange;
        expect(Number.isFinite(min) && Number.isFinite(max), `${code}: ${o.name.en}`).toBe(true);
        expect(min, `${code}: ${o.name.en} min`).toBeGreaterThan(0);
        expect(min, `${code}: ${o.name.en} min > max`).toBeLessThanOrEqual(max);
        expect(o.unit, `${code}: ${o.name.en} has a price but no unit`).toBeDefined();
      }
    }
  });
});

describe("fictitious name building blocks", () => {
  it("has at least 30 distinct invented words, each a single capitalized word", () => {
    expect(inventedWords.length).toBeGreaterThanOrEqual(30);
    expect(duplicates(inventedWords.map(fold))).toEqual([]);
    for (const w of inventedWords) expect(w).toMatch(/^\p{Lu}\p{Ll}{3,}$/u);
  });

  it("never uses a word that appears in a Quebec municipality name", () => {
    const file = fileURLToPath(new URL("../../../db/reference/qc_municipalities.csv", import.meta.url));
    const rows: Array<Record<string, string>> = parse(readFileSync(file, "utf8"), { columns: true });
    const municipalityWords = new Set(rows.flatMap((r) => fold(r.name ?? "").split(/[^a-z]+/)));
    const clashes = inventedWords.filter((w) => municipalityWords.has(fold(w)));
    expect(clashes).toEqual([]);
  });

  it("has distinct nature nouns with both forms", () => {
    expect(natureNouns.length).toBeGreaterThanOrEqual(20);
    expect(duplicates(natureNouns.map((n) => n.of))).toEqual([]);
    for (const n of natureNouns) {
      expect(n.the).toMatch(/^(Le |La |Les |L')\p{Lu}/u);
      expect(n.of).toMatch(/^(du |de la |des |de l')\p{Lu}/u);
    }
  });

  it("has at least 3 trade nouns for every taxonomy group", () => {
    expect(Object.keys(tradeNounsByGroup).sort()).toEqual(categoryGroups.map((g) => g.code).sort());
    for (const [group, nouns] of Object.entries(tradeNounsByGroup)) {
      expect(nouns.length, group).toBeGreaterThanOrEqual(3);
      for (const n of nouns) expect(n.trim(), group).not.toBe("");
      expect(duplicates(nouns), group).toEqual([]);
    }
  });

  it("has name patterns that always include an invented word and only known placeholders", () => {
    const allowed = ["word", "trade", "ofNoun", "place"];
    for (const [status, patterns] of Object.entries(namePatternsByStatus)) {
      expect(patterns.length, status).toBeGreaterThanOrEqual(4);
      expect(duplicates(patterns), status).toEqual([]);
      for (const p of patterns) {
        expect(p, `${status}: "${p}" lacks {word}`).toContain("{word}");
        for (const ph of placeholdersIn(p)) expect(allowed, `${status}: "${p}"`).toContain(ph);
        if (p.includes("{place}")) expect(p, `${status}: "${p}"`).toMatch(/ – \{place\}$/);
      }
    }
  });

  it("produces names with no leftover placeholders", () => {
    const firstNoun = natureNouns[0];
    const values = {
      word: inventedWords[0] ?? "",
      trade: tradeNounsByGroup.alimentation[0] ?? "",
      ofNoun: firstNoun?.of ?? "",
      place: "Rivière-du-Loup",
    };
    for (const patterns of Object.values(namePatternsByStatus)) {
      for (const p of patterns) {
        const name = fill(p, values);
        expect(name).not.toMatch(/[{}]/);
        expect(name).toContain(values.word);
      }
    }
  });
});

describe("mission templates", () => {
  it("covers exactly the social-purpose codes, with at least 2 templates each", () => {
    expect(Object.keys(missionTemplatesByPurpose).sort()).toEqual(socialPurposes.map((p) => p.code).sort());
    for (const [purpose, templates] of Object.entries(missionTemplatesByPurpose)) {
      expect(templates.length, purpose).toBeGreaterThanOrEqual(2);
      expect(duplicates(templates.map((t) => t.fr)), purpose).toEqual([]);
    }
  });

  it("uses the same, allowed placeholders in French and English", () => {
    for (const [purpose, templates] of Object.entries(missionTemplatesByPurpose)) {
      templates.forEach((t, i) => {
        expectSamePlaceholders(t, ["name", "municipality", "region"], `${purpose}[${i}]`);
        expectFrenchColonSpacing(t, `${purpose}[${i}]`);
        expect(t.fr).not.toBe(t.en);
      });
    }
  });
});

describe("description templates", () => {
  it("has 8 to 12 distinct templates", () => {
    expect(descriptionTemplates.length).toBeGreaterThanOrEqual(8);
    expect(descriptionTemplates.length).toBeLessThanOrEqual(12);
    expect(duplicates(descriptionTemplates.map((t) => t.fr))).toEqual([]);
    expect(duplicates(descriptionTemplates.map((t) => t.en))).toEqual([]);
  });

  it("always mentions the name and the offerings, with matching fr/en placeholders", () => {
    const allowed = ["name", "municipality", "region", "offerings", "year"];
    descriptionTemplates.forEach((t, i) => {
      expectSamePlaceholders(t, allowed, `description[${i}]`);
      expectFrenchColonSpacing(t, `description[${i}]`);
      for (const lang of ["fr", "en"] as const) {
        expect(t[lang], `description[${i}].${lang}`).toContain("{name}");
        expect(t[lang], `description[${i}].${lang}`).toContain("{offerings}");
      }
    });
  });

  it("only uses placeholders declared in templatePlaceholders", () => {
    const all = [
      ...descriptionTemplates.flatMap((t) => [t.fr, t.en]),
      ...Object.values(missionTemplatesByPurpose).flatMap((ts) => ts.flatMap((t) => [t.fr, t.en])),
      ...Object.values(namePatternsByStatus).flat(),
    ];
    const used = uniqueSorted(all.flatMap(placeholdersIn));
    for (const p of used) expect(templatePlaceholders as readonly string[]).toContain(p);
  });
});

describe("French contractions", () => {
  it.each([
    ["active à Les Escoumins depuis", "active aux Escoumins depuis"],
    ["à partir de Les Îles-de-la-Madeleine (", "à partir des Îles-de-la-Madeleine ("],
    ["la communauté de Le Bic.", "la communauté du Bic."],
    ["emplois durables à Le Gardeur.", "emplois durables au Gardeur."],
    ["la communauté de Alma.", "la communauté d'Alma."],
    ["à partir de Îles-", "à partir d'Îles-"],
    ["active à La Tuque depuis", "active à La Tuque depuis"],
    ["la communauté de L'Assomption.", "la communauté de L'Assomption."],
    ["la communauté de Rimouski.", "la communauté de Rimouski."],
  ])("%s → %s", (input, expected) => {
    expect(applyFrenchContractions(input)).toBe(expected);
  });

  it("yields grammatical text when filling every description template", () => {
    for (const t of descriptionTemplates) {
      const text = applyFrenchContractions(
        fill(t.fr, {
          name: "Coop Verdanel",
          municipality: "Les Coteaux",
          region: "Montérégie",
          offerings: "Boîtes à lunch santé, Pause-café complète",
          year: "2009",
        }),
      );
      expect(text).not.toMatch(/[{}]/);
      expect(text).not.toMatch(/\b(à|de) Les\b/);
    }
  });
});

describe("street names", () => {
  it("has about 40 distinct Quebec street-name patterns", () => {
    expect(streetNames.length).toBeGreaterThanOrEqual(35);
    expect(streetNames.length).toBeLessThanOrEqual(50);
    expect(duplicates(streetNames)).toEqual([]);
    for (const s of streetNames) {
      expect(s).toMatch(/^(rue|avenue|boulevard|chemin|rang|route|montée) \S/);
      expect(s).not.toMatch(/[{}]/);
    }
  });
});
