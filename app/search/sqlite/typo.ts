import { editDistanceWithin } from "../text";

/** Words of 5+ letters tolerate one typo, 9+ two (as Meilisearch's defaults do). */
export function allowedTypos(token: string): number {
  return token.length >= 9 ? 2 : token.length >= 5 ? 1 : 0;
}

/**
 * Indexed terms within the allowed edit distance of a query token, most frequent first.
 * `vocabulary` maps each indexed (folded) term to its document count.
 */
export function typoCandidates(token: string, vocabulary: Map<string, number>, max = 5): string[] {
  const typos = allowedTypos(token);
  if (typos === 0) return [];
  const found: [string, number][] = [];
  for (const [term, docs] of vocabulary) {
    if (term === token || Math.abs(term.length - token.length) > typos) continue;
    if (editDistanceWithin(token, term, typos)) found.push([term, docs]);
  }
  return found
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([term]) => term);
}
