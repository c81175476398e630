import type { SnippetPart } from "./types";
import { foldText } from "./text";

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ASCII_WORD = /^[A-Za-z0-9]+$/;

type Word = { start: number; end: number; folded: string; match: boolean };

/** Most words are plain ASCII: lower-casing them is enough, Unicode folding is for the rest. */
const fold = (word: string) => (ASCII_WORD.test(word) ? word.toLowerCase() : foldText(word));

/** Words kept before the first match. */
const LEAD_WORDS = 4;

/**
 * A character beyond Latin letters (with their precomposed accents) and general punctuation.
 * Within those, each character folds to one, so a text can be searched for a folded token by
 * a pattern that accepts every letter folding to each of the token's letters (below), with no
 * folded copy of the text.
 */
const BEYOND_LATIN = /[^\t\n\r\u0020-\u024f\u2000-\u206f]/;
const LETTER_FORMS: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  for (let code = 0; code <= 0x24f; code++) {
    const char = String.fromCharCode(code);
    const folded = foldText(char);
    if (folded.length === 1 && WORD_CHAR.test(char)) forms.set(folded, (forms.get(folded) ?? "") + char);
  }
  return forms;
})();

/**
 * Each Latin character folded on its own. Within Latin text, folding is per character (no
 * combining marks to reorder, no context-dependent case), so a word folds by table instead
 * of by Unicode normalization, which costs more than the rest of reading a word.
 */
const FOLDED_LATIN: readonly string[] = Array.from({ length: 0x250 }, (_, code) => foldText(String.fromCharCode(code)));
const foldLatin = (word: string) => {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  let folded = "";
  for (let i = 0; i < word.length; i++) folded += FOLDED_LATIN[word.charCodeAt(i)]!;
  return folded;
};

/** Not preceded by a letter or digit: a token starts a word. */
const LOOKBEHIND = "(?<![\\p{L}\\p{N}])";

const tokenPatterns = new Map<string, RegExp>();
/** A folded token at the start of a word of a Latin text, in any case and accents ("econ" finds "Économie"). */
function tokenPattern(token: string): RegExp {
  let pattern = tokenPatterns.get(token);
  if (!pattern) {
    // Query tokens come from users: keep a bounded set, it is rebuilt cheaply.
    if (tokenPatterns.size >= 1_000) tokenPatterns.clear();
    const body = [...token]
      .map((char) => {
        const forms = LETTER_FORMS.get(char);
        return forms ? `[${forms}]` : char.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
      })
      .join("");
    pattern = new RegExp(`${LOOKBEHIND}${body}`, "u");
    tokenPatterns.set(token, pattern);
  }
  return pattern;
}

/**
 * A short excerpt of `text` around the first words that match the query, as text runs;
 * undefined when nothing matches. `phrases` are folded word sequences; a phrase matches
 * only as a whole, and its last word as a prefix ("recycl" marks "recyclage"). Words are
 * read only where the excerpt needs them: offerings texts can be long, and a page makes 20.
 */
export function makeSnippet(text: string, phrases: string[][], maxWords = 16): SnippetPart[] | undefined {
  if (!text || phrases.length === 0) return undefined;
  // Most texts of a page hold no phrase at all (the match was in the name or a category):
  // they are ruled out before any word is read.
  let begin = 0;
  const latin = !BEYOND_LATIN.test(text);
  if (latin) {
    // Every word of some phrase starts a word somewhere; reading starts a few words before
    // the earliest place such a phrase could begin, not at the top of the text.
    let first = -1;
    for (const phrase of phrases) {
      if (phrase.length === 0) continue;
      const at = text.search(tokenPattern(phrase[0]!));
      if (at === -1 || (first !== -1 && at >= first)) continue;
      if (phrase.slice(1).every((token) => tokenPattern(token).test(text))) first = at;
    }
    if (first === -1) return undefined;
    begin = leadStart(text, first);
  } else {
    const folded = foldText(text);
    if (!phrases.some((phrase) => phrase.every((token) => folded.includes(token)))) return undefined;
  }
  const wordPattern = new RegExp(WORD.source, "gu");
  wordPattern.lastIndex = begin;
  const words: Word[] = [];
  let exhausted = false;
  const readUpTo = (count: number) => {
    while (!exhausted && words.length < count) {
      const next = wordPattern.exec(text);
      if (!next) exhausted = true;
      else {
        const start = next.index;
        const end = start + next[0].length;
        words.push({ start, end, folded: latin ? foldLatin(next[0]) : fold(next[0]), match: false });
      }
    }
  };
  const matchesAt = (i: number, phrase: string[]) =>
    phrase.every((token, k) => {
      const w = words[i + k];
      return w !== undefined && (k === phrase.length - 1 ? w.folded.startsWith(token) : w.folded === token);
    });

  const longest = Math.max(...phrases.map((p) => p.length));
  let from = -1;
  let to = Number.POSITIVE_INFINITY;
  for (let i = 0; i < to; i++) {
    readUpTo(i + longest);
    if (i >= words.length) break;
    for (const phrase of phrases) {
      if (matchesAt(i, phrase)) for (let k = 0; k < phrase.length; k++) words[i + k]!.match = true;
    }
    if (from === -1 && words[i]!.match) {
      from = Math.max(0, i - LEAD_WORDS);
      to = from + maxWords;
    }
  }
  if (from === -1) return undefined;
  readUpTo(to + 1); // one word past the excerpt tells whether text follows it
  to = Math.min(words.length, to);

  const parts: SnippetPart[] = [];
  // Reading began past the first word only when more words precede (see `leadStart`).
  const atTop = begin === 0 && from === 0;
  if (!atTop) parts.push({ text: "…", match: false });
  let cursor = atTop ? 0 : words[from]!.start;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (!w.match) continue;
    if (w.start > cursor) parts.push({ text: text.slice(cursor, w.start), match: false });
    parts.push({ text: text.slice(w.start, w.end), match: true });
    cursor = w.end;
  }
  const endAt = to === words.length ? text.length : words[to - 1]!.end;
  if (endAt > cursor) parts.push({ text: text.slice(cursor, endAt), match: false });
  if (to < words.length) parts.push({ text: "…", match: false });
  return mergeAdjacent(parts);
}

/**
 * Where to start reading words so that the excerpt keeps its lead: the start of the word
 * `LEAD_WORDS` words before `at`, or the top of the text when no word precedes that one
 * (so the excerpt then starts at the top, as reading every word would).
 */
function leadStart(text: string, at: number): number {
  let starts = 0;
  let lead = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (WORD_CHAR.test(text[i]!) && (i === 0 || !WORD_CHAR.test(text[i - 1]!))) {
      starts++;
      if (starts === LEAD_WORDS) lead = i;
      if (starts > LEAD_WORDS) return lead;
    }
  }
  return 0;
}

/** "service" + " " + "alimentaire" marked separately read as one highlight. */
function mergeAdjacent(parts: SnippetPart[]): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const prev = out[out.length - 1];
    const next = parts[i + 1];
    if (!p.match && prev?.match && next?.match && /^\s+$/.test(p.text)) {
      prev.text += p.text + next.text;
      i++;
    } else if (p.match && prev?.match) {
      prev.text += p.text;
    } else {
      out.push({ ...p });
    }
  }
  return out;
}
