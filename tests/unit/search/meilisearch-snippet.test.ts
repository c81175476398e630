import { describe, expect, it } from "vitest";
import {
  hasHighlight,
  HIGHLIGHT_POST_TAG as POST,
  HIGHLIGHT_PRE_TAG as PRE,
  parseHighlighted,
} from "~/search/meilisearch/snippet";

describe("parseHighlighted", () => {
  it("splits highlight tags into text parts", () => {
    expect(parseHighlighted(`${PRE}Traiteur${POST} pour les ${PRE}événements${POST}`)).toEqual([
      { text: "Traiteur", match: true },
      { text: " pour les ", match: false },
      { text: "événements", match: true },
    ]);
  });

  it("returns plain text as one unmatched part, and nothing for an empty string", () => {
    expect(parseHighlighted("Aucun surlignage")).toEqual([{ text: "Aucun surlignage", match: false }]);
    expect(parseHighlighted("")).toEqual([]);
  });

  it("leaves HTML-looking text as text: the UI never receives markup to interpret", () => {
    const parts = parseHighlighted(`<b>Affiches</b> & <script>alert(1)</script> ${PRE}<em>gras</em>${POST}`);
    expect(parts).toEqual([
      { text: "<b>Affiches</b> & <script>alert(1)</script> ", match: false },
      { text: "<em>gras</em>", match: true },
    ]);
  });

  it("merges adjacent highlights and survives unbalanced tags", () => {
    expect(parseHighlighted(`${PRE}réc${POST}${PRE}upération${POST}`)).toEqual([{ text: "récupération", match: true }]);
    expect(parseHighlighted(`début ${PRE}fin sans fermeture`)).toEqual([
      { text: "début ", match: false },
      { text: "fin sans fermeture", match: true },
    ]);
    expect(parseHighlighted(`fermeture${POST} seule`)).toEqual([{ text: "fermeture seule", match: false }]);
  });

  it("tells whether a field was highlighted", () => {
    expect(hasHighlight(`a ${PRE}b${POST}`)).toBe(true);
    expect(hasHighlight("a <em>b</em>")).toBe(false);
  });
});
