/**
 * The two files a hub can import, recognized by their header row:
 * - the REQ open-data extract (Registraire des entreprises, as in `req_social_economy_mauricie_2025.csv`);
 * - the Maillage template (`/pole/import/modele.csv`), for the hubs' own lists with contacts.
 * Column names are compared without case, accents or spacing ("Code municipalité" =
 * "code_municipalite"); columns in any order; other columns are ignored (and listed).
 */
export type ImportFormat = "req" | "maillage";

export const FORMAT_COLUMNS = {
  req: [
    "neq",
    "name",
    "legal_form_code",
    "legal_form_label",
    "municipality",
    "mcode",
    "region_code",
    "fsa",
    "activity_description",
  ],
  maillage: [
    "neq",
    "nom",
    "statut_juridique",
    "municipalite",
    "code_municipalite",
    "courriel",
    "telephone",
    "site_web",
    "description",
    "categories",
  ],
} as const satisfies Record<ImportFormat, readonly string[]>;

/** Each inner list: at least one of these columns must be present. */
const REQUIRED: Record<ImportFormat, string[][]> = {
  req: [["neq"], ["name"], ["legal_form_code"], ["mcode", "municipality"]],
  maillage: [["neq"], ["nom"], ["statut_juridique"], ["code_municipalite", "municipalite"]],
};

export function normalizeColumnName(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, "_");
}

export type HeaderResult =
  | {
      ok: true;
      format: ImportFormat;
      /** Canonical column → its index in the file. */
      columns: Record<string, number>;
      ignored: string[];
    }
  | { ok: false; error: "unknownHeader"; missing: Record<ImportFormat, string[]> }
  | { ok: false; error: "duplicateColumn"; column: string };

export function detectFormat(header: string[]): HeaderResult {
  const names = header.map(normalizeColumnName);
  const seen = new Set<string>();
  for (const [i, n] of names.entries()) {
    if (n && seen.has(n)) return { ok: false, error: "duplicateColumn", column: header[i]!.trim() };
    seen.add(n);
  }
  const missing = {} as Record<ImportFormat, string[]>;
  for (const format of ["req", "maillage"] as const) {
    missing[format] = REQUIRED[format].filter((any) => !any.some((c) => seen.has(c))).map((any) => any.join(" | "));
  }
  // The template shares only "neq" with the REQ extract, so at most one format can match.
  const format = (["req", "maillage"] as const).find((f) => missing[f].length === 0);
  if (!format) return { ok: false, error: "unknownHeader", missing };
  const known = new Set<string>(FORMAT_COLUMNS[format]);
  const columns: Record<string, number> = {};
  const ignored: string[] = [];
  names.forEach((n, i) => {
    if (known.has(n)) columns[n] = i;
    else if (n) ignored.push(header[i]!.trim());
  });
  return { ok: true, format, columns, ignored };
}
