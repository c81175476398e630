import { createInstance } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { describeReason, type ReasonNames, type Translate } from "~/domain/opportunities/reason-text";
import { i18nConfig } from "~/i18n";

const names: ReasonNames = {
  region: (c) => ({ "04": "Mauricie" })[c] ?? c,
  category: (c) => ({ "traiteur-evenementiel": "Traiteur pour événements" })[c] ?? c,
  group: (c) => ({ alimentation: "Alimentation et services de traiteur" })[c] ?? c,
};
const t = {} as Record<"fr" | "en", Translate>;

beforeAll(async () => {
  for (const lng of ["fr", "en"] as const) {
    const i18n = createInstance();
    await i18n.init({ ...i18nConfig, lng });
    t[lng] = i18n.getFixedT(lng, "opportunities") as unknown as Translate;
  }
});

const say = (lng: "fr" | "en", code: string, detail: Record<string, string | number> = {}) =>
  describeReason(t[lng], { code, points: 10, detail }, names);

describe("match reasons in words", () => {
  it("in French", () => {
    expect(say("fr", "serves_region", { region: "04" })).toBe("Dessert la région Mauricie");
    expect(say("fr", "serves_province")).toBe("Dessert tout le Québec");
    expect(say("fr", "located_in_region", { region: "04" })).toBe("Située dans la région Mauricie");
    expect(say("fr", "nearby", { km: 23 })).toBe("Située à 23 km du lieu de livraison");
    expect(say("fr", "exact_category", { category: "traiteur-evenementiel", count: 1 })).toBe(
      "Catégorie exacte : Traiteur pour événements",
    );
    expect(say("fr", "exact_category", { category: "traiteur-evenementiel", count: 3 })).toBe(
      "Catégorie exacte : Traiteur pour événements (et 2 autres)",
    );
    expect(say("fr", "same_group", { group: "alimentation" })).toBe(
      "Même famille de produits : Alimentation et services de traiteur",
    );
    expect(say("fr", "offering_words", { words: "buffet, réception", count: 2 })).toBe(
      "Offre correspondante : buffet, réception",
    );
    expect(say("fr", "size_fits", { band: "10_49" })).toBe("Taille adaptée au montant (10 à 49 employés)");
    expect(say("fr", "verified")).toBe("Vérifiée par le pôle régional");
    expect(say("fr", "simpler_route", { status: "obnl", route: "direct_award" })).toBe(
      "Statut (OBNL) qui permet une voie plus simple (gré à gré) pour ce montant",
    );
    expect(say("fr", "simpler_route", { status: "cooperative", route: "" })).toBe(
      "Statut (coopérative) qui permet une voie plus simple pour ce montant",
    );
  });

  it("in English", () => {
    expect(say("en", "serves_region", { region: "04" })).toBe("Serves the Mauricie region");
    expect(say("en", "nearby", { km: 5 })).toBe("Located 5 km from the delivery place");
    expect(say("en", "exact_category", { category: "traiteur-evenementiel", count: 2 })).toBe(
      "Exact category: Traiteur pour événements (and 1 other)",
    );
    expect(say("en", "simpler_route", { status: "mutual", route: "invitation_tender" })).toBe(
      "Its status (mutual) allows a simpler route (invitation to tender) for this amount",
    );
  });

  it("an unknown code is shown as is rather than dropped", () => {
    expect(say("fr", "mystery")).toBe("mystery");
  });
});
