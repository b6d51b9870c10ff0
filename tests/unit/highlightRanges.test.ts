import { describe, expect, it } from "vitest";
import { highlightRanges } from "../../src/search/highlightRanges.ts";

/** The marked stretches as the reader sees them. */
const marked = (text: string, query: string) =>
  highlightRanges(text, query).map(({ start, end }) => text.slice(start, end));

describe("highlightRanges(text, query) marks what the search matched, in the original text", () => {
  it.each([
    ["Jan Leike resigns", "leike", ["Leike"]],
    ["Jan Leike resigns", "LEIKE", ["Leike"]],
    ["Jan Leike resigns", "  jan   leike ", ["Jan", "Leike"]],
    ["Jan Leike resigns", "zebra", []],
    ["Jan Leike resigns", "", []],
    ["", "leike", []],
    // Every occurrence, as the search finds a word anywhere (inside longer words too).
    ["board boards the board", "board", ["board", "board", "board"]],
    ["resigns; resignation", "resign", ["resign", "resign"]],
    // Accents and case fold both ways: the original keeps its accents in the mark.
    ["Zürich and Łódź", "zurich lodz", ["Zürich", "Łódź"]],
    ["Zurich", "Zürich", ["Zurich"]],
    // A decomposed accent stays with its letter.
    ["Ze\u0301ro hour", "zero", ["Ze\u0301ro"]],
    ["cafe\u0301", "cafe", ["cafe\u0301"]],
    // One letter folding to two: the lengths differ after it, the marks still fall right.
    ["Straße Ærø strasse", "strasse aero", ["Straße", "Ærø", "strasse"]],
    ["Großer Platz", "platz", ["Platz"]],
    ["Groß", "s", ["ß"]],
    // Typographic quotes match plain ones.
    [
      "the company\u2019s \u201Cmass exodus\u201D",
      "company's \"mass",
      ["company\u2019s", "\u201Cmass"],
    ],
    // Overlapping or touching words make one mark.
    ["Sutskever", "sutsk skever", ["Sutskever"]],
    ["Sutskever", "sut skever", ["Sutskever"]],
    // Characters beyond the basic plane keep their two units.
    ["😀 Leike 😀 leike", "leike", ["Leike", "leike"]],
  ])("%j searched for %j marks %j", (text, query, expected) => {
    expect(marked(text, query)).toEqual(expected);
  });

  it("gives ranges in order, none overlapping", () => {
    const ranges = highlightRanges("Ilya Sutskever and Jan Leike leave", "leike ilya an");
    expect(ranges).toEqual([
      { start: 0, end: 4 },
      { start: 15, end: 17 },
      { start: 20, end: 22 },
      { start: 23, end: 28 },
    ]);
  });
});
