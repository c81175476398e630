/** The invitation list's columns, in order (headers are localized by the caller). */
export const SHORTLIST_COLUMNS = [
  "name",
  "neq",
  "legalStatus",
  "municipality",
  "region",
  "email",
  "phone",
  "website",
  "score",
  "answer",
  "message",
] as const;
export type ShortlistColumn = (typeof SHORTLIST_COLUMNS)[number];

export type ShortlistCsvRow = {
  name: string;
  neq: string | null;
  legalStatus: string;
  municipality: string;
  region: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  score: number | null;
  interest: "interested" | "not_interested" | null;
  message: string | null;
};

// A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection, OWASP):
// a leading apostrophe makes it text. Names and messages come from enterprises.
const neutralizeFormula = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** Header row then one row per shortlisted enterprise, every cell a string ready for the CSV writer. */
export function shortlistCsvRecords(
  rows: ShortlistCsvRow[],
  words: {
    headers: Record<ShortlistColumn, string>;
    legalStatus: (status: string) => string;
    answer: (interest: ShortlistCsvRow["interest"]) => string;
  },
): string[][] {
  return [
    SHORTLIST_COLUMNS.map((c) => words.headers[c]),
    ...rows.map((r) =>
      [
        r.name,
        r.neq ?? "",
        words.legalStatus(r.legalStatus),
        r.municipality,
        r.region,
        r.email ?? "",
        r.phone ?? "",
        r.website ?? "",
        r.score === null ? "" : String(r.score),
        words.answer(r.interest),
        r.message ?? "",
      ].map(neutralizeFormula),
    ),
  ];
}
