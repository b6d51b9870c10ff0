import { describe, expect, it } from "vitest";
import { type HighlightRange, segmentText } from "../../src/reader/segmentText.ts";
import { seededRandom } from "../fixtures/seededRandom.ts";

type Row = [number, number, string[]];

const range = (start: number, end: number, key: string): HighlightRange => ({ start, end, key });

describe("segmentText(start, end, ranges) cuts a span at highlight boundaries", () => {
  it.each<[string, number, number, HighlightRange[], Row[]]>([
    ["an empty span has no segments", 5, 5, [range(0, 10, "a")], []],
    ["a reversed span has no segments", 8, 2, [range(0, 10, "a")], []],
    ["no ranges give one bare segment", 0, 10, [], [[0, 10, []]]],
    [
      "a range inside splits the span in three",
      0,
      10,
      [range(3, 6, "a")],
      [
        [0, 3, []],
        [3, 6, ["a"]],
        [6, 10, []],
      ],
    ],
    ["a range over the whole span gives one segment", 0, 10, [range(0, 10, "a")], [[0, 10, ["a"]]]],
    [
      "overlapping ranges share the overlap",
      0,
      10,
      [range(2, 6, "a"), range(4, 8, "b")],
      [
        [0, 2, []],
        [2, 4, ["a"]],
        [4, 6, ["a", "b"]],
        [6, 8, ["b"]],
        [8, 10, []],
      ],
    ],
    [
      "a nested range is covered by both",
      0,
      10,
      [range(1, 9, "outer"), range(3, 5, "inner")],
      [
        [0, 1, []],
        [1, 3, ["outer"]],
        [3, 5, ["outer", "inner"]],
        [5, 9, ["outer"]],
        [9, 10, []],
      ],
    ],
    [
      "identical ranges give one segment with both keys",
      0,
      6,
      [range(2, 4, "a"), range(2, 4, "b")],
      [
        [0, 2, []],
        [2, 4, ["a", "b"]],
        [4, 6, []],
      ],
    ],
    [
      "adjacent ranges do not overlap",
      0,
      6,
      [range(2, 4, "a"), range(4, 6, "b")],
      [
        [0, 2, []],
        [2, 4, ["a"]],
        [4, 6, ["b"]],
      ],
    ],
    [
      "keys keep the order the ranges were given, not their positions",
      0,
      6,
      [range(3, 6, "late"), range(0, 6, "early")],
      [
        [0, 3, ["early"]],
        [3, 6, ["late", "early"]],
      ],
    ],
    [
      "ranges partly outside are clipped",
      10,
      20,
      [range(5, 12, "a"), range(18, 30, "b")],
      [
        [10, 12, ["a"]],
        [12, 18, []],
        [18, 20, ["b"]],
      ],
    ],
    [
      "ranges outside or merely touching the span are ignored",
      10,
      20,
      [range(0, 5, "a"), range(5, 10, "b"), range(20, 25, "c"), range(30, 40, "d")],
      [[10, 20, []]],
    ],
    [
      "empty and reversed ranges are ignored",
      0,
      10,
      [range(4, 4, "empty"), range(7, 3, "reversed")],
      [[0, 10, []]],
    ],
  ])("%s", (_, start, end, ranges, expected) => {
    const segments = segmentText(start, end, ranges);
    expect(segments.map((segment) => [segment.start, segment.end, segment.keys])).toEqual(expected);
  });

  it("works in boundaries, not characters, so a huge span is cheap", () => {
    const segments = segmentText(0, 1e12, [range(1e9, 2e9, "a"), range(5e11, 1e12, "b")]);
    expect(segments.map((segment) => [segment.start, segment.end, segment.keys])).toEqual([
      [0, 1e9, []],
      [1e9, 2e9, ["a"]],
      [2e9, 5e11, []],
      [5e11, 1e12, ["b"]],
    ]);
  });
});

describe("segmentText agrees with a character-by-character check on random ranges", () => {
  const SPAN_START = 20;
  const SPAN_END = 140;

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])("seed %i, 40 ranges", (seed) => {
    const random = seededRandom(seed);
    const at = () => Math.floor(random() * 160);
    const ranges = Array.from({ length: 40 }, (_, i) => range(at(), at(), `k${i % 30}`));

    const segments = segmentText(SPAN_START, SPAN_END, ranges);

    expect(segments[0]?.start).toBe(SPAN_START);
    expect(segments.at(-1)?.end).toBe(SPAN_END);
    segments.forEach((segment, i) => {
      expect(segment.start).toBeLessThan(segment.end);
      if (i > 0) expect(segment.start).toBe(segments[i - 1]?.end);
      for (let position = segment.start; position < segment.end; position++) {
        const covering = ranges.filter((r) => r.start <= position && position < r.end);
        expect(segment.keys).toEqual(covering.map((r) => r.key));
      }
    });
  });
});
