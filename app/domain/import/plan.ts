import type { ListingStatus } from "#db/schema/enterprises";
import type { PendingImportRow } from "#db/schema/curation";
import type { ListingData } from "../listing/listing-schema";
import { problem } from "./problems";

/** What the import may change on a listing: the fields a CSV row carries. */
export const IMPORTED_FIELDS = [
  "legalName",
  "publicName",
  "legalStatus",
  "municipalityCode",
  "descriptionFr",
  "email",
  "phone",
  "website",
  "categories",
] as const;
export type ImportedField = (typeof IMPORTED_FIELDS)[number];
export type ImportedData = Partial<Pick<ListingData, ImportedField | "neq">>;

/** Fields the import only fills when the listing has nothing there (never overwritten). */
const FILLABLE: readonly ImportedField[] = ["descriptionFr", "email", "phone", "website", "categories"];

export type ExistingListing = {
  id: number;
  status: ListingStatus;
  regionCode: string;
  data: ImportedData;
};

const isEmpty = (v: unknown) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The update rule, shown on the import page:
 * - a candidate (imported, nobody has claimed or verified it) is the register's copy: every
 *   field the file gives replaces the listing's value;
 * - any other listing belongs to its members or was checked by the hub: the file only fills
 *   fields that are empty (description, contacts, categories), never names, legal status or
 *   address.
 * An empty cell never erases anything. Returns only the fields that would change, so
 * importing the same file twice changes nothing the second time.
 */
export function planUpdate(existing: Pick<ExistingListing, "status" | "data">, incoming: ImportedData): ImportedData {
  const fields = existing.status === "candidate" ? IMPORTED_FIELDS : FILLABLE;
  const changes: Record<string, unknown> = {};
  for (const field of fields) {
    const next = incoming[field];
    if (isEmpty(next)) continue;
    const current = existing.data[field];
    if (existing.status !== "candidate" && !isEmpty(current)) continue;
    if (!same(current, next)) changes[field] = next;
  }
  return changes as ImportedData;
}

export function importedData(row: PendingImportRow): ImportedData {
  const { line: _line, action: _action, changedFields: _changed, ...data } = row;
  return Object.fromEntries(Object.entries(data).filter(([, v]) => !isEmpty(v))) as ImportedData;
}

export type RowPlan =
  | { kind: "create" }
  | { kind: "update"; enterpriseId: number; changes: ImportedData; before: ImportedData }
  | { kind: "unchanged"; enterpriseId: number }
  | { kind: "rejected"; problem: string };

/** Create, update, leave alone, or refuse a valid row, given the listing that already has its NEQ. */
export function planRow(
  row: PendingImportRow,
  existing: ExistingListing | undefined,
  regionCodes: ReadonlySet<string>,
): RowPlan {
  if (!existing) return { kind: "create" };
  // A NEQ is one enterprise: another region's hub manages its listing.
  if (!regionCodes.has(existing.regionCode))
    return { kind: "rejected", problem: problem("neqInOtherRegion", existing.regionCode) };
  const changes = planUpdate(existing, importedData(row));
  return Object.keys(changes).length === 0
    ? { kind: "unchanged", enterpriseId: existing.id }
    : { kind: "update", enterpriseId: existing.id, changes, before: existing.data };
}
