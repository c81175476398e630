import { STOP_WORDS, SYNONYM_GROUPS } from "./synonyms";

/**
 * Lower case without accents: "Économie" → "economie". Matches FTS5's remove_diacritics, which
 * folds Latin letters: their decompositions only use the combining diacritical marks block,
 * and matching that block is several times faster than any mark (`\p{M}`) on long texts.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]+/g, "")
    .toLowerCase();
}

/** Folded words of a query, without stop words ("l'entretien des parcs" → ["entretien", "parcs"]). */
export function queryTokens(q: string): string[] {
  return (foldText(q).match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => !STOP_WORDS.has(t));
}

/** Synonym groups as folded token sequences, for matching inside a tokenized query. */
export const FOLDED_SYNONYMS: readonly (readonly string[][])[] = SYNONYM_GROUPS.map((group) =>
  group.map((phrase) => queryTokens(phrase)).filter((tokens) => tokens.length > 0),
);

/** Damerau-free Levenshtein distance, stopping early past `max`. */
export function editDistanceWithin(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    prev = row;
  }
  return prev[b.length]! <= max;
}
