import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { pendingRowAsFile, rejectedRowsCsv, safeCell } from "~/domain/import/report";
import { parseProblem, problemText } from "~/domain/import/problems";

describe("rejectedRowsCsv", () => {
  it("writes the line, the row's own columns and the problems, with a BOM and the file's delimiter", () => {
    const csv = rejectedRowsCsv({
      header: ["neq", "nom"],
      rows: [{ line: 3, row: { neq: "123", nom: "Coop; « A »" }, problems: ["invalidNeq:123", "missingName"] }],
      delimiter: ";",
      lineLabel: "ligne",
      problemsLabel: "problemes",
      describe: (p) => `[${p}]`,
    });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv.slice(1), { delimiter: ";" }) as string[][];
    expect(rows).toEqual([
      ["ligne", "neq", "nom", "problemes"],
      ["3", "123", "Coop; « A »", "[invalidNeq:123] ; [missingName]"],
    ]);
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(safeCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(safeCell("+1")).toBe("'+1");
    expect(safeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(safeCell("-")).toBe("-");
    expect(safeCell("- activités")).toBe("- activités");
    expect(safeCell("Coop")).toBe("Coop");
  });

  it("puts a normalized row back under the file's columns", () => {
    const row = pendingRowAsFile(
      { format: "req", encoding: "utf-8", delimiter: ",", header: ["neq", "name", "mcode", "fsa"], rowCount: 1 },
      {
        line: 2,
        neq: "1",
        legalName: "A",
        publicName: "A",
        legalStatus: "obnl",
        municipalityCode: "37067",
        action: "create",
      },
    );
    expect(row).toEqual({ neq: "1", name: "A", mcode: "37067", fsa: "" });
  });
});

describe("problems", () => {
  it("splits code and detail, keeping colons in the detail", () => {
    expect(parseProblem("unknownMunicipality:99999 Ville: test")).toEqual({
      code: "unknownMunicipality",
      detail: "99999 Ville: test",
    });
    expect(parseProblem("missingName")).toEqual({ code: "missingName", detail: "" });
    expect(parseProblem("texte libre")).toEqual({ code: null, detail: "texte libre" });
    expect(problemText((k, v) => `${k}|${String(v?.detail)}`, "invalidNeq:12")).toBe(
      "admin:import.problems.invalidNeq|12",
    );
  });
});
