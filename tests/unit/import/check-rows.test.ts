import { describe, expect, it } from "vitest";
import { checkRows } from "~/domain/import/check-rows";
import { detectFormat } from "~/domain/import/formats";
import { createMunicipalityIndex } from "~/domain/import/municipalities";
import { parseCsv } from "~/domain/import/parse-csv";

const index = createMunicipalityIndex([
  { code: "37067", name: "Trois-Rivières", regionCode: "04" },
  { code: "36033", name: "Shawinigan", regionCode: "04" },
  { code: "43027", name: "Sherbrooke", regionCode: "05" },
]);

function check(text: string, regions = ["04"]) {
  const csv = parseCsv(text);
  if (!csv.ok) throw new Error(csv.error);
  const detected = detectFormat(csv.header);
  if (!detected.ok) throw new Error(detected.error);
  return checkRows(csv.header, detected, csv.records, index, new Set(regions));
}

const HEADER = "neq;nom;statut_juridique;municipalite;courriel";

describe("checkRows", () => {
  it("keeps valid rows with their municipality code and line", () => {
    const { valid, rejected } = check(`${HEADER}\n1144718310;Coop A;COP;Trois-Rivières;a@coop.example\n`);
    expect(rejected).toEqual([]);
    expect(valid).toEqual([
      {
        line: 2,
        neq: "1144718310",
        legalName: "Coop A",
        publicName: "Coop A",
        legalStatus: "cooperative",
        municipalityCode: "37067",
        email: "a@coop.example",
        descriptionFr: undefined,
        phone: undefined,
        website: undefined,
        categories: undefined,
      },
    ]);
  });

  it("rejects later occurrences of a NEQ, pointing to the first", () => {
    const { valid, rejected } = check(
      `${HEADER}\n1144718310;Coop A;COP;Shawinigan;\n1144718310;Coop A bis;COP;Shawinigan;\n`,
    );
    expect(valid.map((r) => r.line)).toEqual([2]);
    expect(rejected).toEqual([
      {
        line: 3,
        row: {
          neq: "1144718310",
          nom: "Coop A bis",
          statut_juridique: "COP",
          municipalite: "Shawinigan",
          courriel: "",
        },
        problems: ["duplicateNeq:2"],
      },
    ]);
  });

  it("collects the row's problems and the municipality's together", () => {
    const { rejected } = check(`${HEADER}\n123;;COP;Sherbrooke;pas-un-courriel\n`);
    expect(rejected[0]!.problems).toEqual([
      "invalidNeq:123",
      "missingName",
      "invalidEmail:pas-un-courriel",
      "outsideRegions:Sherbrooke (05)",
    ]);
  });

  it("rejects shifted columns but tolerates missing trailing cells", () => {
    const { valid, rejected } = check(
      `${HEADER}\n1144718310;Coop A;COP;Shawinigan\n1180701097;B;APE;Shawinigan;x@y.example;extra\n`,
    );
    expect(valid.map((r) => r.line)).toEqual([2]);
    expect(rejected[0]).toMatchObject({ line: 3, problems: ["columnCount:6/5"] });
  });

  it("rejects every row of another region's file", () => {
    const { valid, rejected } = check(`${HEADER}\n1144718310;Coop A;COP;Shawinigan;\n`, ["05"]);
    expect(valid).toEqual([]);
    expect(rejected[0]!.problems).toEqual(["outsideRegions:Shawinigan (04)"]);
  });
});
