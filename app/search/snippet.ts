import type { SnippetPart } from "./types";
import { foldText } from "./text";

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A short excerpt of `text` around the first words that match the query, as text runs;
 * undefined when nothing matches. `phrases` are folded word sequences; a phrase matches
 * only as a whole, and its last word as a prefix ("recycl" marks "recyclage").
 */
export function makeSnippet(text: string, phrases: string[][], maxWords = 16): SnippetPart[] | undefined {
  if (!text || phrases.length === 0) return undefined;
  const words = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    folded: foldText(m[0]),
    match: false,
  }));
  for (let i = 0; i < words.length; i++) {
    for (const phrase of phrases) {
      const ok = phrase.every((token, k) => {
        const w = words[i + k];
        return w !== undefined && (k === phrase.length - 1 ? w.folded.startsWith(token) : w.folded === token);
      });
      if (ok) for (let k = 0; k < phrase.length; k++) words[i + k]!.match = true;
    }
  }
  const first = words.findIndex((w) => w.match);
  if (first === -1) return undefined;
  const from = Math.max(0, first - 4);
  const to = Math.min(words.length, from + maxWords);
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
