import type { PendingImportRow } from "#db/schema/curation";
import { isValidNeq, normalizeNeq } from "../neq";
import type { HeaderResult } from "./formats";
import { resolveMunicipality, type MunicipalityIndex } from "./municipalities";
import type { CsvRecord } from "./parse-csv";
import { problem } from "./problems";
import { cleanCell, municipalityInput, normalizeRow } from "./row-schema";

export type RejectedRow = { line: number; row: Record<string, string>; problems: string[] };
/** A row that passed every check that needs no listing: what the preview then plans. */
export type CheckedRow = Omit<PendingImportRow, "action" | "changedFields">;

/** The row as the file had it, keyed by the file's own column names (for the report). */
export function originalRow(header: string[], values: string[]): Record<string, string> {
  const row: Record<string, string> = {};
  const width = Math.max(header.length, values.length);
  for (let i = 0; i < width; i++) row[header[i]?.trim() || `col${i + 1}`] = values[i] ?? "";
  return row;
}

/**
 * Every check of a row that needs only the file and the reference geography: column count,
 * the row schema, the municipality within the import's regions, and NEQs repeated in the file
 * (the first occurrence is kept, later ones point to it).
 */
export function checkRows(
  header: string[],
  detected: Extract<HeaderResult, { ok: true }>,
  records: CsvRecord[],
  municipalities: MunicipalityIndex,
  regionCodes: ReadonlySet<string>,
): { valid: CheckedRow[]; rejected: RejectedRow[] } {
  const valid: CheckedRow[] = [];
  const rejected: RejectedRow[] = [];
  const firstLineOfNeq = new Map<string, number>();
  for (const { line, values } of records) {
    const row = originalRow(header, values);
    // A missing trailing cell is an empty cell; extra non-empty cells mean shifted columns.
    if (values.slice(header.length).some((v) => v.trim() !== "")) {
      rejected.push({ line, row, problems: [problem("columnCount", `${values.length}/${header.length}`)] });
      continue;
    }
    const record: Record<string, string> = {};
    for (const [column, index] of Object.entries(detected.columns)) record[column] = values[index] ?? "";
    const checked = normalizeRow(detected.format, record);
    const where = resolveMunicipality(municipalities, municipalityInput(detected.format, record), regionCodes);
    const problems = checked.ok ? [] : [...checked.problems];
    if (!where.ok) problems.push(where.problem);
    const neq = normalizeNeq(cleanCell(record.neq));
    if (isValidNeq(neq)) {
      const first = firstLineOfNeq.get(neq);
      if (first !== undefined) problems.push(problem("duplicateNeq", first));
      else firstLineOfNeq.set(neq, line);
    }
    if (problems.length > 0 || !checked.ok || !where.ok) {
      rejected.push({ line, row, problems });
      continue;
    }
    valid.push({ line, ...checked.row, municipalityCode: where.municipality.code });
  }
  return { valid, rejected };
}
