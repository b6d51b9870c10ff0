import { describe, expect, it } from "vitest";
import { fitLabel } from "../../src/timeline/fitLabel.ts";

const measure = (text: string) => text.length * 10;

describe("fitLabel(title, room) shows the title where it fits", () => {
  it.each([
    ["fits whole", "Jan Leike resigns", 170, 40, { text: "Jan Leike resigns", truncated: false }],
    [
      "cut, with room for the ellipsis",
      "Jan Leike resigns",
      100,
      40,
      { text: "Jan Leike", truncated: true },
    ],
    [
      "no trailing space before the ellipsis",
      "Jan Leike resigns",
      50,
      40,
      { text: "Jan", truncated: true },
    ],
    [
      "cut at the end of a word, not inside the next",
      "Jan Leike resigns",
      80,
      40,
      { text: "Jan", truncated: true },
    ],
    [
      "a single word is cut where it must be",
      "Superalignment",
      60,
      40,
      { text: "Super", truncated: true },
    ],
    ["too little room", "Jan Leike resigns", 30, 40, null],
    ["no room", "Jan", 0, 0, null],
    ["negative room", "Jan", -5, 0, null],
    ["a surrogate pair is never split", "ab😀cd", 40, 0, { text: "ab", truncated: true }],
  ])("%s", (_, title, room, min, label) => {
    expect(fitLabel(title, room, measure, min)).toEqual(label);
  });
});
