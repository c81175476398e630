import { categories } from "#db/reference/taxonomy";
import { queryTokens } from "~/search/text";

type Indexed = { code: string; groupCode: string; terms: string[][] };

// Each category's name and keywords as folded word sequences, built once.
const INDEX: Indexed[] = categories.map((c) => ({
  code: c.code,
  groupCode: c.groupCode,
  terms: [c.name.fr, c.name.en, ...c.keywords.fr, ...c.keywords.en].map(queryTokens).filter((t) => t.length > 0),
}));

/** Equal, or a plural/feminine of the other ("traiteurs", "municipales"): at most two letters more. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.length - short.length <= 2 && long.startsWith(short);
}

function containsPhrase(words: string[], phrase: string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) {
      const w = words[i + k]!;
      const p = phrase[k]!;
      if (!sameWord(w, p)) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * Categories a need's text points to, best first: a buyer who skips the category picker still
 * gets matches. Multi-word keywords weigh more than single words.
 */
export function suggestCategories(text: string, limit = 3): { code: string; groupCode: string; score: number }[] {
  const words = queryTokens(text);
  if (words.length === 0) return [];
  return INDEX.map((c) => ({
    code: c.code,
    groupCode: c.groupCode,
    score: c.terms.reduce((sum, phrase) => sum + (containsPhrase(words, phrase) ? phrase.length : 0), 0),
  }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
    .slice(0, limit);
}
