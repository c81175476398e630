import type { SnippetPart } from "../types";

/**
 * Highlight tags Meilisearch wraps around matched words. Control characters rather than
 * `<em>`: listing text may itself contain "<b>" or "&amp;", and those must stay plain text.
 * `stripHighlightTags` removes them from indexed text so they cannot be forged.
 */
export const HIGHLIGHT_PRE_TAG = "\u0002";
export const HIGHLIGHT_POST_TAG = "\u0003";
/** Marks text cut off by cropping. */
export const CROP_MARKER = "…";

export function stripHighlightTags(text: string): string {
  return text.replaceAll(HIGHLIGHT_PRE_TAG, "").replaceAll(HIGHLIGHT_POST_TAG, "");
}

/**
 * Turns a `_formatted` value ("Collecte et <pre>recyclage<post> du papier") into parts the UI
 * renders as text, never as HTML. Unbalanced tags degrade to plain text instead of throwing.
 */
export function parseHighlighted(formatted: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (raw: string, match: boolean) => {
    // A stray closing tag (no opening one) is dropped rather than shown.
    const text = stripHighlightTags(raw);
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  let rest = formatted;
  while (rest.length > 0) {
    const open = rest.indexOf(HIGHLIGHT_PRE_TAG);
    if (open === -1) {
      push(rest, false);
      break;
    }
    push(rest.slice(0, open), false);
    const afterOpen = rest.slice(open + HIGHLIGHT_PRE_TAG.length);
    const close = afterOpen.indexOf(HIGHLIGHT_POST_TAG);
    if (close === -1) {
      push(afterOpen, true);
      break;
    }
    push(afterOpen.slice(0, close), true);
    rest = afterOpen.slice(close + HIGHLIGHT_POST_TAG.length);
  }
  return parts;
}

/** True when Meilisearch highlighted at least one word of this field. */
export function hasHighlight(formatted: string): boolean {
  return formatted.includes(HIGHLIGHT_PRE_TAG);
}
