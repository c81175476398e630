import type { SnippetPart } from "./types";
import { foldText } from "./text";

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /^[A-Za-z0-9]+$/;

type Word = { start: number; end: number; folded: string; match: boolean };

/** Most words are plain ASCII: lower-casing them is enough, Unicode folding is for the rest. */
const fold = (word: string) => (ASCII_WORD.test(word) ? word.toLowerCase() : foldText(word));

/**
 * A short excerpt of `text` around the first words that match the query, as text runs;
 * undefined when nothing matches. `phrases` are folded word sequences; a phrase matches
 * only as a whole, and its last word as a prefix ("recycl" marks "recyclage"). Words are
 * read only as far as the excerpt needs: offerings texts can be long, and a page makes 20.
 */
export function makeSnippet(text: string, phrases: string[][], maxWords = 16): SnippetPart[] | undefined {
  if (!text || phrases.length === 0) return undefined;
  // Most texts of a page hold no phrase at all (the match was in the name or a category):
  // one folding of the whole text rules them out before any word is read.
  const folded = foldText(text);
  if (!phrases.some((phrase) => phrase.every((token) => folded.includes(token)))) return undefined;
  const longest = Math.max(...phrases.map((p) => p.length));
  const tokens = text.matchAll(WORD);
  const words: Word[] = [];
  let exhausted = false;
  const readUpTo = (count: number) => {
    while (!exhausted && words.length < count) {
      const next = tokens.next();
      if (next.done) exhausted = true;
      else
        words.push({
          start: next.value.index,
          end: next.value.index + next.value[0].length,
          folded: fold(next.value[0]),
          match: false,
        });
    }
  };
  const matchesAt = (i: number, phrase: string[]) =>
    phrase.every((token, k) => {
      const w = words[i + k];
      return w !== undefined && (k === phrase.length - 1 ? w.folded.startsWith(token) : w.folded === token);
    });

  let from = -1;
  let to = Number.POSITIVE_INFINITY;
  for (let i = 0; i < to; i++) {
    readUpTo(i + longest);
    if (i >= words.length) break;
    for (const phrase of phrases) {
      if (matchesAt(i, phrase)) for (let k = 0; k < phrase.length; k++) words[i + k]!.match = true;
    }
    if (from === -1 && words[i]!.match) {
      from = Math.max(0, i - 4);
      to = from + maxWords;
    }
  }
  if (from === -1) return undefined;
  readUpTo(to + 1); // one word past the excerpt tells whether text follows it
  to = Math.min(words.length, to);

  const parts: SnippetPart[] = [];
  if (from > 0) parts.push({ text: "…", match: false });
  let cursor = from === 0 ? 0 : words[from]!.start;
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
