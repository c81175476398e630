import { describe, expect, it } from "vitest";
import { SHORTLIST_COLUMNS, shortlistCsvRecords, type ShortlistCsvRow } from "~/domain/needs/shortlist-csv";

const row = (over: Partial<ShortlistCsvRow> = {}): ShortlistCsvRow => ({
  name: "Coop Alpha",
  neq: "1162950712",
  legalStatus: "cooperative",
  municipality: "Trois-Rivières",
  region: "Mauricie",
  email: "info@alpha.example",
  phone: "819 555-0101",
  website: "https://alpha.example",
  score: 91,
  interest: "interested",
  message: "Avec plaisir.",
  ...over,
});

const words = {
  headers: Object.fromEntries(SHORTLIST_COLUMNS.map((c) => [c, c.toUpperCase()])) as Record<
    (typeof SHORTLIST_COLUMNS)[number],
    string
  >,
  legalStatus: (s: string) => `status:${s}`,
  answer: (i: ShortlistCsvRow["interest"]) => `answer:${i ?? "none"}`,
};

describe("the shortlist CSV records", () => {
  it("has the invitation list's columns in order, then one row per enterprise", () => {
    expect(shortlistCsvRecords([row()], words)).toEqual([
      [
        "NAME",
        "NEQ",
        "LEGALSTATUS",
        "MUNICIPALITY",
        "REGION",
        "EMAIL",
        "PHONE",
        "WEBSITE",
        "SCORE",
        "ANSWER",
        "MESSAGE",
      ],
      [
        "Coop Alpha",
        "1162950712",
        "status:cooperative",
        "Trois-Rivières",
        "Mauricie",
        "info@alpha.example",
        "819 555-0101",
        "https://alpha.example",
        "91",
        "answer:interested",
        "Avec plaisir.",
      ],
    ]);
  });

  it("leaves missing values empty", () => {
    const [, r] = shortlistCsvRecords(
      [row({ neq: null, email: null, phone: null, website: null, score: null, interest: null, message: null })],
      words,
    );
    expect(r).toEqual([
      "Coop Alpha",
      "",
      "status:cooperative",
      "Trois-Rivières",
      "Mauricie",
      "",
      "",
      "",
      "",
      "answer:none",
      "",
    ]);
  });

  it("neutralizes cells a spreadsheet would run as formulas", () => {
    const [, r] = shortlistCsvRecords(
      [row({ name: '=HYPERLINK("http://x")', message: "@SUM(A1)", phone: "+1 819" })],
      words,
    );
    expect(r![0]).toBe('\'=HYPERLINK("http://x")');
    expect(r![10]).toBe("'@SUM(A1)");
    expect(r![6]).toBe("'+1 819");
  });
});
