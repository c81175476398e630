import { describe, expect, it } from "vitest";
import {
  createMunicipalityIndex,
  normalizeMunicipalityName,
  resolveMunicipality,
} from "~/domain/import/municipalities";

const index = createMunicipalityIndex([
  { code: "37067", name: "Trois-Rivières", regionCode: "04" },
  { code: "51015", name: "Saint-Étienne-des-Grès", regionCode: "04" },
  { code: "43027", name: "Sherbrooke", regionCode: "05" },
  { code: "01023", name: "Les Îles-de-la-Madeleine", regionCode: "11" },
  { code: "11111", name: "Sainte-Monique", regionCode: "04" },
  { code: "22222", name: "Sainte-Monique", regionCode: "04" },
  { code: "33333", name: "Saint-Lambert", regionCode: "16" },
]);
const mauricie = new Set(["04"]);

describe("resolveMunicipality", () => {
  it("finds by code, restoring the leading zero Excel drops", () => {
    expect(resolveMunicipality(index, { code: "37067", name: "" }, mauricie)).toMatchObject({
      ok: true,
      municipality: { code: "37067" },
    });
    expect(resolveMunicipality(index, { code: "1023", name: "" }, new Set(["11"]))).toMatchObject({
      ok: true,
      municipality: { code: "01023" },
    });
  });

  it("finds by name without accents, case or hyphens, with St-/Ste- abbreviations", () => {
    for (const name of ["TROIS RIVIERES", "trois-rivières", "Trois-Rivières (Ville)"])
      expect(resolveMunicipality(index, { code: "", name }, mauricie)).toMatchObject({
        ok: true,
        municipality: { code: "37067" },
      });
    expect(resolveMunicipality(index, { code: "", name: "St-Etienne-des-Gres" }, mauricie)).toMatchObject({
      ok: true,
      municipality: { code: "51015" },
    });
  });

  it("falls back on the name when the code is unknown", () => {
    expect(resolveMunicipality(index, { code: "99999", name: "Trois-Rivières" }, mauricie)).toMatchObject({ ok: true });
  });

  it("says when the municipality is in another region", () => {
    expect(resolveMunicipality(index, { code: "43027", name: "" }, mauricie)).toEqual({
      ok: false,
      problem: "outsideRegions:Sherbrooke (05)",
    });
    expect(resolveMunicipality(index, { code: "", name: "Saint-Lambert" }, mauricie)).toEqual({
      ok: false,
      problem: "outsideRegions:Saint-Lambert (16)",
    });
  });

  it("reports missing, unknown and ambiguous municipalities", () => {
    expect(resolveMunicipality(index, { code: "", name: "" }, mauricie)).toEqual({
      ok: false,
      problem: "missingMunicipality",
    });
    expect(resolveMunicipality(index, { code: "99999", name: "" }, mauricie)).toEqual({
      ok: false,
      problem: "unknownMunicipality:99999",
    });
    expect(resolveMunicipality(index, { code: "", name: "Atlantide" }, mauricie)).toEqual({
      ok: false,
      problem: "unknownMunicipality:Atlantide",
    });
    expect(resolveMunicipality(index, { code: "", name: "Ste-Monique" }, mauricie)).toEqual({
      ok: false,
      problem: "ambiguousMunicipality:11111, 22222",
    });
  });

  it("normalizeMunicipalityName", () => {
    expect(normalizeMunicipalityName("Saint-Jean-sur-Richelieu")).toBe(
      normalizeMunicipalityName("St Jean sur Richelieu"),
    );
    expect(normalizeMunicipalityName("L’Épiphanie")).toBe("l'epiphanie");
  });
});
