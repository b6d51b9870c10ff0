import { describe, expect, it, vi } from "vitest";
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
    ["just the least room", "Jan Leike resigns", 40, 40, { text: "Jan", truncated: true }],
    ["too little room for the ellipsis", "Jan", 5, 0, null],
    [
      "a run of spaces before the cut word is dropped",
      "Jan  Leike resigns",
      60,
      40,
      { text: "Jan", truncated: true },
    ],
    [
      "a leading space does not end a word",
      " Superalignment",
      60,
      40,
      { text: " Supe", truncated: true },
    ],
    ["a surrogate pair is never split", "ab😀cd", 40, 0, { text: "ab", truncated: true }],
    [
      "a pair after the cut does not move it",
      "Jan Leike resigns 😀",
      100,
      40,
      { text: "Jan Leike", truncated: true },
    ],
  ])("%s", (_, title, room, min, label) => {
    expect(fitLabel(title, room, measure, min)).toEqual(label);
  });

  it.each([0, -5, Number.NaN])("with %s of room nothing is measured or shown", (room) => {
    const measuring = vi.fn(measure);
    expect(fitLabel("Jan", room, measuring, 0)).toBeNull();
    expect(measuring).not.toHaveBeenCalled();
  });
});
