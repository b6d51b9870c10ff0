import { describe, expect, it } from "vitest";
import {
  handleHit,
  hitBox,
  hitsAt,
  holds,
  MIN_HIT,
  stackedAt,
  TOUCH_HIT,
} from "../../src/timeline/hitArea.ts";

describe("hitBox", () => {
  it.each([
    [
      "a 13 px point grows to 24 px about its centre",
      { x0: 10, x1: 23, y0: 0, y1: 13 },
      MIN_HIT,
      { x0: 4.5, x1: 28.5, y0: -5.5, y1: 18.5 },
    ],
    [
      "a long bar keeps its length and grows to 24 px tall",
      { x0: 0, x1: 100, y0: 0, y1: 10 },
      MIN_HIT,
      { x0: 0, x1: 100, y0: -7, y1: 17 },
    ],
    [
      "on touch a 22 px point grows to 44 px",
      { x0: 0, x1: 22, y0: 0, y1: 22 },
      TOUCH_HIT,
      { x0: -11, x1: 33, y0: -11, y1: 33 },
    ],
    [
      "a box already large enough is kept",
      { x0: 0, x1: 30, y0: 0, y1: 30 },
      MIN_HIT,
      { x0: 0, x1: 30, y0: 0, y1: 30 },
    ],
  ])("%s", (_, box, min, expected) => {
    expect(hitBox(box, min)).toEqual(expected);
  });
});

describe("holds(box, x, y): a point on an edge is inside", () => {
  const box = { x0: 0, x1: 10, y0: 0, y1: 20 };
  it.each([
    ["on the left edge", 0, 5, true],
    ["on the right edge", 10, 5, true],
    ["on the top edge", 5, 0, true],
    ["on the bottom edge", 5, 20, true],
    ["just left of it", -0.1, 5, false],
    ["just right of it", 10.1, 5, false],
    ["just above it", 5, -0.1, false],
    ["just below it", 5, 20.1, false],
  ])("%s: %s", (_, x, y, inside) => {
    expect(holds(box, x, y)).toBe(inside);
  });
});

describe("hitsAt", () => {
  // Two 13 px diamonds 20 px apart: their 24 px hit areas overlap between them.
  const a = { id: "a", x0: 0, x1: 13, y0: 0, y1: 13 };
  const b = { id: "b", x0: 20, x1: 33, y0: 0, y1: 13 };
  it.each([
    ["on the first mark only", 6, 6, ["a"]],
    ["between them, in both hit areas", 16.5, 6, ["a", "b"]],
    ["beyond the second mark's hit area", 40, 6, []],
    ["above a mark, inside its grown hit area", 6, -4, ["a"]],
  ])("%s", (_, x, y, ids) => {
    expect(hitsAt([a, b], x, y, MIN_HIT).map((m) => m.id)).toEqual(ids);
  });
});

describe("handleHit", () => {
  it.each([
    ["centred on the handle in the middle of the strip", 100, 24, 300, { from: 88, to: 112 }],
    ["moved inward at the start of the strip", 0, 24, 300, { from: 0, to: 24 }],
    ["moved inward at the end of the strip", 300, 44, 300, { from: 256, to: 300 }],
    ["no longer than a strip narrower than it", 5, 24, 10, { from: 0, to: 10 }],
  ])("%s", (_, at, min, length, expected) => {
    expect(handleHit(at, min, length)).toEqual(expected);
  });
});

describe("stackedAt", () => {
  // Down a phone: a long range bar under two diamonds 10 px apart.
  const bar = { id: "range", x0: 0, x1: 8, y0: 0, y1: 300 };
  const p = { id: "p", x0: 10, x1: 23, y0: 100, y1: 113 };
  const q = { id: "q", x0: 10, x1: 23, y0: 110, y1: 123 };
  it.each([
    ["two diamonds close together, not the long bar under them", 16, 111, ["p", "q"]],
    ["one diamond alone, not the long bar under it", 16, 88, ["p"]],
    ["the long bar where no small mark is", 4, 250, ["range"]],
  ])("%s", (_, x, y, ids) => {
    expect(stackedAt([bar, p, q], x, y, TOUCH_HIT, "y").map((m) => m.id)).toEqual(ids);
  });
});

describe("stackedAt across the chart: bars run along x", () => {
  // A long bar above a diamond; a bar exactly twice the hit size counts as long.
  const bar = { id: "range", x0: 0, x1: 300, y0: 0, y1: 8 };
  const twice = { id: "twice", x0: 100, x1: 148, y0: 0, y1: 8 };
  const p = { id: "p", x0: 100, x1: 113, y0: 10, y1: 23 };
  it.each([
    ["a diamond, not the long bar above it", [bar, p], 105, 12, ["p"]],
    ["a diamond, not a bar exactly twice the hit size", [twice, p], 105, 12, ["p"]],
    ["the long bar where no small mark is", [bar, p], 250, 4, ["range"]],
  ])("%s", (_, marks, x, y, ids) => {
    expect(stackedAt(marks, x, y, MIN_HIT, "x").map((m) => m.id)).toEqual(ids);
  });
});
