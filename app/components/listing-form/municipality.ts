/**
 * Municipalities are typed (with a datalist of suggestions) rather than picked in a 1,285-line
 * select. People type a name, pick a suggestion ("Saint-Cyprien (Rivière-du-Loup)") or paste
 * a code; the same resolver runs in the browser and on the server so both agree.
 */
export type MunicipalityChoice = { code: string; name: string; label: string };

export type MunicipalityRow = {
  code: string;
  name: string;
  designation: string;
  /** The MRC (or equivalent territory), else the region: what tells homonyms apart. */
  area: string;
};

/** Resolved to this when the text names no municipality: fails the schema's 5-digit rule with "unknownMunicipality". */
export const UNKNOWN_MUNICIPALITY = "unknown";

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\s'’-]+/g, " ")
    .trim();

/** One distinct label per municipality: 59 names are shared, a few even within one MRC. */
export function municipalityChoices(rows: MunicipalityRow[]): MunicipalityChoice[] {
  const count = (key: (r: MunicipalityRow) => string) => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
    return (r: MunicipalityRow) => counts.get(key(r))!;
  };
  const sameNameAndArea = count((r) => `${r.name}|${r.area}`);
  const sameFull = count((r) => `${r.name}|${r.designation}|${r.area}`);
  return rows.map((r) => {
    let label = `${r.name} (${r.area})`;
    if (sameNameAndArea(r) > 1) label = `${r.name}, ${r.designation.toLowerCase()} (${r.area})`;
    if (sameFull(r) > 1) label = `${label} [${r.code}]`;
    return { code: r.code, name: r.name, label };
  });
}

/**
 * Text → municipality code: a known code, a label, or a name shared by no other
 * municipality (accents, case and hyphens ignored). Empty stays empty ("required");
 * anything else becomes UNKNOWN_MUNICIPALITY.
 */
export function createMunicipalityResolver(choices: MunicipalityChoice[]) {
  const codes = new Set(choices.map((c) => c.code));
  const byLabel = new Map(choices.map((c) => [fold(c.label), c.code]));
  const byName = new Map<string, string | null>();
  for (const c of choices) {
    const key = fold(c.name);
    byName.set(key, byName.has(key) ? null : c.code);
  }
  return (input: unknown): string | undefined => {
    if (typeof input !== "string" || !input.trim()) return undefined;
    const text = input.trim();
    if (codes.has(text)) return text;
    const key = fold(text);
    return byLabel.get(key) ?? byName.get(key) ?? UNKNOWN_MUNICIPALITY;
  };
}

/** The label to show for a stored code (the code itself if unknown, so nothing silently disappears). */
export function municipalityLabelOf(choices: MunicipalityChoice[]) {
  const labels = new Map(choices.map((c) => [c.code, c.label]));
  return (code: string | undefined) => (code ? (labels.get(code) ?? code) : undefined);
}
