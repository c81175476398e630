import { describe, expect, it } from "vitest";
import { detectFormat, FORMAT_COLUMNS, normalizeColumnName } from "~/domain/import/formats";

describe("detectFormat", () => {
  it("recognizes the REQ open-data header", () => {
    const result = detectFormat([...FORMAT_COLUMNS.req]);
    expect(result).toMatchObject({ ok: true, format: "req", ignored: [] });
    expect(result.ok && result.columns.mcode).toBe(5);
  });

  it("recognizes the Maillage template with accents, capitals and spaces, in any order", () => {
    const result = detectFormat(["Nom", "NEQ", "Statut juridique", "Municipalité", "Courriel", "Site Web", "Notes"]);
    expect(result).toMatchObject({ ok: true, format: "maillage", ignored: ["Notes"] });
    expect(result.ok && result.columns).toMatchObject({
      nom: 0,
      neq: 1,
      statut_juridique: 2,
      municipalite: 3,
      site_web: 5,
    });
  });

  it("accepts either the municipality code or its name", () => {
    expect(detectFormat(["neq", "name", "legal_form_code", "municipality"])).toMatchObject({ ok: true, format: "req" });
    expect(detectFormat(["neq", "nom", "statut_juridique", "code_municipalite"])).toMatchObject({ ok: true });
  });

  it("lists what is missing for each format when the header matches none", () => {
    const result = detectFormat(["numero", "raison sociale", "ville"]);
    expect(result).toEqual({
      ok: false,
      error: "unknownHeader",
      missing: {
        req: ["neq", "name", "legal_form_code", "mcode | municipality"],
        maillage: ["neq", "nom", "statut_juridique", "code_municipalite | municipalite"],
      },
    });
  });

  it("refuses a column named twice", () => {
    expect(detectFormat(["neq", "nom", "NEQ"])).toEqual({ ok: false, error: "duplicateColumn", column: "NEQ" });
  });

  it("normalizes column names", () => {
    expect(normalizeColumnName("\uFEFF Code municipalité ")).toBe("code_municipalite");
    expect(normalizeColumnName("Site-Web")).toBe("site_web");
  });
});
