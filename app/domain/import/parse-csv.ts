import { parse } from "csv-parse/sync";

/** Limits that keep one preview small enough to hold in memory and in one database row. */
export const MAX_IMPORT_ROWS = 20_000;

export type CsvRecord = { line: number; values: string[] };
export type Delimiter = "," | ";" | "\t";

export type ParseResult =
  | { ok: true; delimiter: Delimiter; header: string[]; records: CsvRecord[] }
  | { ok: false; error: "malformed"; line: number }
  | { ok: false; error: "noRows" }
  | { ok: false; error: "tooManyRows"; max: number };

/** Excel in French saves with ";"; others with "," (tab for "text" exports): the header decides. */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch as Delimiter]++;
  }
  const best = (Object.keys(counts) as Delimiter[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] > 0 ? best : ",";
}

type Parsed = { record: string[]; info: { lines: number }; raw: string };

/** Reads the rows with the physical line each starts on (the header is line 1), for the report. */
export function parseCsv(text: string): ParseResult {
  const delimiter = detectDelimiter(text);
  let parsed: Parsed[];
  try {
    parsed = parse(text, {
      delimiter,
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as unknown as Parsed[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    return { ok: false, error: "malformed", line };
  }
  const records = parsed.map(({ record, info, raw }) => {
    const inner = raw.replace(/^[\r\n]+/, "").replace(/[\r\n]+$/, "");
    const newlines = inner.match(/\r\n|\r|\n/g)?.length ?? 0;
    return { line: info.lines - newlines, values: record };
  });
  const [header, ...rows] = records;
  // Spreadsheets often leave rows of empty cells at the end.
  const data = rows.filter((r) => r.values.some((v) => v.trim() !== ""));
  if (!header || data.length === 0) return { ok: false, error: "noRows" };
  if (data.length > MAX_IMPORT_ROWS) return { ok: false, error: "tooManyRows", max: MAX_IMPORT_ROWS };
  return { ok: true, delimiter, header: header.values, records: data };
}
