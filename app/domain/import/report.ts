import { stringify } from "csv-stringify/sync";
import type { ImportFileInfo, PendingImportRow } from "#db/schema/curation";
import type { RejectedRow } from "./check-rows";
import { normalizeColumnName } from "./formats";

/**
 * A spreadsheet runs a cell that starts like a formula ("=HYPERLINK(…)"): such cells get a
 * leading apostrophe (OWASP's advice for CSV injection). A lone "-" (REQ's "none") stays.
 */
export function safeCell(value: string): string {
  return /^[=+@\t\r]|^-[^\s-]/.test(value) ? `'${value}` : value;
}

/**
 * The rejected rows as a CSV the hub opens in a spreadsheet, fixes and uploads again: the
 * line number, the row's own columns unchanged, then the problems. Same delimiter as the
 * uploaded file, UTF-8 with a byte-order mark so Excel shows the accents.
 */
export function rejectedRowsCsv(options: {
  header: string[];
  rows: RejectedRow[];
  delimiter: string;
  lineLabel: string;
  problemsLabel: string;
  describe: (problem: string) => string;
}): string {
  const columns = options.header.map((h, i) => h.trim() || `col${i + 1}`);
  const extra = [...new Set(options.rows.flatMap((r) => Object.keys(r.row)))].filter((k) => !columns.includes(k));
  const all = [...columns, ...extra];
  const records = options.rows.map((r) => [
    String(r.line),
    ...all.map((c) => safeCell(r.row[c] ?? "")),
    safeCell(r.problems.map(options.describe).join(" ; ")),
  ]);
  return stringify([[options.lineLabel, ...all, options.problemsLabel], ...records], {
    delimiter: options.delimiter,
    bom: true,
    record_delimiter: "windows",
  });
}

/**
 * A valid row refused only at import time (its NEQ was taken meanwhile) has no raw cells left:
 * its normalized values go back under the file's columns so the report reads the same.
 */
export function pendingRowAsFile(info: ImportFileInfo, row: PendingImportRow): Record<string, string> {
  const values: Record<string, string | undefined> =
    info.format === "req"
      ? { neq: row.neq, name: row.legalName, mcode: row.municipalityCode, activity_description: row.descriptionFr }
      : {
          neq: row.neq,
          nom: row.legalName,
          statut_juridique: row.legalStatus,
          code_municipalite: row.municipalityCode,
          courriel: row.email,
          telephone: row.phone,
          site_web: row.website,
          description: row.descriptionFr,
          categories: row.categories?.join("|"),
        };
  return Object.fromEntries(
    info.header.map((h, i) => [h.trim() || `col${i + 1}`, values[normalizeColumnName(h)] ?? ""]),
  );
}
