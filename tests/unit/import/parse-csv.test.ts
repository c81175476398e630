import { describe, expect, it } from "vitest";
import { detectDelimiter, MAX_IMPORT_ROWS, parseCsv } from "~/domain/import/parse-csv";

describe("detectDelimiter", () => {
  it("picks the separator of the header row, ignoring quoted ones", () => {
    expect(detectDelimiter("neq,nom,municipalite\n")).toBe(",");
    expect(detectDelimiter("neq;nom;municipalite\r\n1;a,b;c")).toBe(";");
    expect(detectDelimiter('"a;b;c",d\n')).toBe(",");
    expect(detectDelimiter("neq\tnom\n")).toBe("\t");
    expect(detectDelimiter("neq\n")).toBe(",");
  });
});

describe("parseCsv", () => {
  it("gives each row the line it starts on (the header is line 1)", () => {
    const result = parseCsv('neq,nom\n1,A\n\n2,"B\nsuite"\n3,C');
    expect(result).toMatchObject({ ok: true, delimiter: ",", header: ["neq", "nom"] });
    if (!result.ok) return;
    expect(result.records).toEqual([
      { line: 2, values: ["1", "A"] },
      { line: 4, values: ["2", "B\nsuite"] },
      { line: 6, values: ["3", "C"] },
    ]);
  });

  it("reads semicolons and CRLF (Excel in French)", () => {
    const result = parseCsv("neq;nom\r\n1;Coopérative l'Éveil\r\n");
    expect(result).toMatchObject({
      ok: true,
      delimiter: ";",
      records: [{ line: 2, values: ["1", "Coopérative l'Éveil"] }],
    });
  });

  it("keeps rows of a different width for the row check, and drops rows of empty cells", () => {
    const result = parseCsv("a,b,c\n1,2\n1,2,3,4\n,,\n");
    expect(result.ok && result.records.map((r) => r.values.length)).toEqual([2, 4]);
  });

  it("refuses a header without rows", () => {
    expect(parseCsv("neq,nom\n")).toEqual({ ok: false, error: "noRows" });
    expect(parseCsv("neq,nom\n,\n")).toEqual({ ok: false, error: "noRows" });
  });

  it("refuses an unclosed quote with its line", () => {
    expect(parseCsv('neq,nom\n1,A\n2,"B\n3,C\n')).toMatchObject({ ok: false, error: "malformed" });
  });

  it("refuses more rows than the limit", () => {
    const text = "neq\n" + "1\n".repeat(MAX_IMPORT_ROWS + 1);
    expect(parseCsv(text)).toEqual({ ok: false, error: "tooManyRows", max: MAX_IMPORT_ROWS });
  });
});
