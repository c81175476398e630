import { describe, expect, it } from "vitest";
import { cleanCell, normalizeRow, publicNameFrom } from "~/domain/import/row-schema";

const NEQ = "1144718310";

const req = (over: Record<string, string> = {}) => ({
  neq: NEQ,
  name: "Coopérative de solidarité Test",
  legal_form_code: "COP",
  legal_form_label: "Coopérative",
  municipality: "Shawinigan",
  mcode: "36033",
  region_code: "04",
  fsa: "G9T",
  activity_description: "Services de traiteur",
  ...over,
});

const maillage = (over: Record<string, string> = {}) => ({
  neq: "1144 718 310",
  nom: "Traiteur Solidaire",
  statut_juridique: "OBNL",
  municipalite: "Trois-Rivières",
  code_municipalite: "37067",
  courriel: "Info@Traiteur.example",
  telephone: "819 555-0123",
  site_web: "traiteur.example",
  description: "Repas",
  categories: "traiteur-evenementiel | boites-a-lunch",
  ...over,
});

describe("normalizeRow — REQ extract", () => {
  it("maps COP to cooperative, APE to obnl, the activity to the description", () => {
    expect(normalizeRow("req", req())).toEqual({
      ok: true,
      row: {
        neq: NEQ,
        legalName: "Coopérative de solidarité Test",
        publicName: "Coopérative de solidarité Test",
        legalStatus: "cooperative",
        descriptionFr: "Services de traiteur",
      },
    });
    expect(normalizeRow("req", req({ legal_form_code: "APE" }))).toMatchObject({
      ok: true,
      row: { legalStatus: "obnl" },
    });
  });

  it("files Desjardins caisses as financial cooperatives", () => {
    const row = normalizeRow("req", req({ name: "CAISSE DESJARDINS DE TROIS-RIVIÈRES" }));
    expect(row).toMatchObject({ ok: true, row: { legalStatus: "financial_cooperative" } });
  });

  it("reads REQ's '-' as no description and folds spaces", () => {
    const row = normalizeRow("req", req({ activity_description: "-", name: "  Club\u00a0 de   soccer " }));
    expect(row).toMatchObject({ ok: true, row: { descriptionFr: undefined, legalName: "Club de soccer" } });
  });

  it("lists every problem of a row, not only the first", () => {
    const row = normalizeRow("req", req({ neq: "1144718311", name: "", legal_form_code: "ASS" }));
    expect(row).toEqual({
      ok: false,
      problems: ["invalidNeq:1144718311", "missingName", "unsupportedLegalForm:ASS"],
    });
    expect(normalizeRow("req", req({ neq: "" }))).toEqual({ ok: false, problems: ["missingNeq"] });
  });

  it("refuses names and descriptions over the limits", () => {
    expect(normalizeRow("req", req({ name: "x".repeat(201) }))).toEqual({ ok: false, problems: ["nameTooLong:201"] });
    expect(normalizeRow("req", req({ activity_description: "x".repeat(4001) }))).toEqual({
      ok: false,
      problems: ["descriptionTooLong:4001"],
    });
  });
});

describe("normalizeRow — Maillage template", () => {
  it("normalizes the NEQ, the contacts and the categories", () => {
    expect(normalizeRow("maillage", maillage())).toEqual({
      ok: true,
      row: {
        neq: NEQ,
        legalName: "Traiteur Solidaire",
        publicName: "Traiteur Solidaire",
        legalStatus: "obnl",
        descriptionFr: "Repas",
        email: "info@traiteur.example",
        phone: "819 555-0123",
        website: "https://traiteur.example",
        categories: ["traiteur-evenementiel", "boites-a-lunch"],
      },
    });
  });

  it("accepts French and English legal-status words without accents or case", () => {
    const words: [string, string][] = [
      ["coopérative", "cooperative"],
      ["Cooperative financiere", "financial_cooperative"],
      ["Mutuelle", "mutual"],
      ["organisme à but non lucratif", "obnl"],
      ["non-profit", "obnl"],
    ];
    for (const [word, status] of words)
      expect(normalizeRow("maillage", maillage({ statut_juridique: word }))).toMatchObject({
        row: { legalStatus: status },
      });
  });

  it("reports invalid email, phone, website and unknown categories", () => {
    const row = normalizeRow(
      "maillage",
      maillage({ courriel: "info@", telephone: "555", site_web: "http://", categories: "traiteur-evenementiel|pizza" }),
    );
    expect(row).toEqual({
      ok: false,
      problems: ["invalidEmail:info@", "invalidPhone:555", "invalidUrl:http://", "unknownCategory:pizza"],
    });
  });

  it("leaves empty contact cells empty", () => {
    const row = normalizeRow("maillage", maillage({ courriel: "", telephone: "", site_web: "", categories: "" }));
    expect(row).toMatchObject({
      ok: true,
      row: { email: undefined, phone: undefined, website: undefined, categories: undefined },
    });
  });
});

describe("helpers", () => {
  it("shortens long names at a word for the public name", () => {
    const long = "ASSOCIATION DES PARENTS ET AMIS DES PERSONNES ".repeat(4).trim();
    const name = publicNameFrom(long);
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith("…")).toBe(true);
    expect(long.startsWith(name.slice(0, -1))).toBe(true);
    expect(publicNameFrom("Court")).toBe("Court");
  });

  it("cleanCell", () => {
    expect(cleanCell(undefined)).toBe("");
    expect(cleanCell(" -- ")).toBe("");
    expect(cleanCell("a \n b")).toBe("a b");
  });
});
