import { FOLDED_SYNONYMS, queryTokens } from "../text";

/** One AND-ed part of a query: any of its alternative phrases may match. */
export type Clause = { alternatives: string[][]; userTokens: string[] };

/**
 * Splits a query into clauses, replacing a synonym phrase found in it ("service alimentaire")
 * by its whole group, longest phrase first.
 */
export function buildClauses(q: string): Clause[] {
  const tokens = queryTokens(q);
  const clauses: Clause[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best: { group: readonly string[][]; length: number } | undefined;
    for (const group of FOLDED_SYNONYMS) {
      for (const phrase of group) {
        if (phrase.length > (best?.length ?? 0) && phrase.every((t, k) => tokens[i + k] === t)) {
          best = { group, length: phrase.length };
        }
      }
    }
    if (best) {
      clauses.push({ alternatives: best.group.map((p) => [...p]), userTokens: tokens.slice(i, i + best.length) });
      i += best.length;
    } else {
      clauses.push({ alternatives: [[tokens[i]!]], userTokens: [tokens[i]!] });
      i++;
    }
  }
  return clauses;
}

const quote = (token: string) => `"${token.replace(/"/g, '""')}"`;

/**
 * FTS5 MATCH expression: clauses AND-ed, alternatives OR-ed, every phrase prefix-matched
 * so "recycl" finds "recyclage" while typing. `extra` adds alternatives (typo fixes) per clause.
 */
export function toMatchExpression(clauses: Clause[], extra: Map<number, string[][]> = new Map()): string {
  return clauses
    .map((clause, index) => {
      const phrases = [...clause.alternatives, ...(extra.get(index) ?? [])].map(
        (words) => `${words.map(quote).join(" ")} *`,
      );
      const unique = [...new Set(phrases)];
      return unique.length === 1 ? unique[0]! : `(${unique.join(" OR ")})`;
    })
    .join(" AND ");
}

/** A corrected word with its own synonyms, so a typo finds what the right word finds. */
export function alternativesFor(word: string): string[][] {
  return buildClauses(word)[0]?.alternatives ?? [[word]];
}
