import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import type { ReasonCode } from "~/domain/matching";
import { reasonWords, wordsAsWritten, type ReasonLookups } from "~/domain/needs/reason-words";
import { resources } from "~/locales";

const names: ReasonLookups = {
  regionName: (code) => ({ "04": "Mauricie", "05": "Estrie" })[code] ?? code,
  categoryName: (code) => (code === "traiteur-evenementiel" ? "Traiteur pour événements" : code),
  groupName: (code) => (code === "alimentation" ? "Alimentation" : code),
  workforceBandName: (band) => (band === "10_49" ? "10 à 49 personnes" : band),
  statusName: (status) => (status === "obnl" ? "OBNL" : status),
  simplerRouteName: (status) => (status === "obnl" ? "gré à gré" : undefined),
};

async function translator(lng: "fr" | "en") {
  const i18n = createInstance();
  await i18n.init({ lng, resources, ns: ["needs"], defaultNS: "needs", interpolation: { escapeValue: false } });
  const t = i18n.t as unknown as (key: string, vars: object) => string;
  return (w: ReturnType<typeof reasonWords>) => t(w.key, w.vars);
}

const ALL: { code: ReasonCode; detail: Record<string, string | number> }[] = [
  { code: "serves_region", detail: { region: "04" } },
  { code: "serves_province", detail: {} },
  { code: "located_in_region", detail: { region: "05" } },
  { code: "nearby", detail: { km: 23 } },
  { code: "exact_category", detail: { category: "traiteur-evenementiel", count: 1 } },
  { code: "exact_category", detail: { category: "traiteur-evenementiel", count: 3 } },
  { code: "same_group", detail: { group: "alimentation" } },
  { code: "offering_words", detail: { words: "buffet, reception", count: 2 } },
  { code: "size_fits", detail: { band: "10_49" } },
  { code: "verified", detail: {} },
  { code: "simpler_route", detail: { status: "obnl" } },
  { code: "simpler_route", detail: { status: "cooperative" } },
];

describe("matching reasons in words", () => {
  it("says each reason in French", async () => {
    const t = await translator("fr");
    expect(ALL.map((r) => t(reasonWords(r, names)))).toEqual([
      "Dessert la région Mauricie",
      "Dessert tout le Québec",
      "Située dans la région Estrie",
      "Située à 23 km du lieu de livraison",
      "Catégorie exacte : Traiteur pour événements",
      "Catégories exactes : Traiteur pour événements et 2 autres",
      "Même groupe de catégories : Alimentation",
      "Offre correspondante : buffet, reception",
      "Taille adaptée au montant (10 à 49 personnes)",
      "Vérifiée par le pôle",
      "Statut (OBNL) qui permet une voie plus simple (gré à gré) pour ce montant",
      "Statut (cooperative) qui permet une voie plus simple pour ce montant",
    ]);
  });

  it("says each reason in English, with no code or placeholder left", async () => {
    const t = await translator("en");
    for (const r of ALL) {
      const text = t(reasonWords(r, names));
      expect(text).not.toMatch(/\{\{|reasons\.|_/);
    }
    expect(t(reasonWords(ALL[3]!, names))).toBe("Located 23 km from the place of delivery");
  });

  it("shows the offering words as the buyer wrote them", async () => {
    const t = await translator("fr");
    const withSpelling = { ...names, wordAsWritten: wordsAsWritten("Réception : Buffet froid et boîtes à lunch") };
    expect(
      t(reasonWords({ code: "offering_words", detail: { words: "buffet, reception, boites" } }, withSpelling)),
    ).toBe("Offre correspondante : buffet, réception, boîtes");
  });

  it("falls back to a sentence for a reason it does not know", async () => {
    const t = await translator("fr");
    expect(t(reasonWords({ code: "future_reason" as ReasonCode, detail: {} }, names))).toBe(
      "Autre critère de jumelage",
    );
  });
});
