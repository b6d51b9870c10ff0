import { describe, expect, it } from "vitest";
import { rectOf } from "../../src/features/timeline/rectOf.ts";

describe("rectOf", () => {
  it.each([
    [
      "a bar's rect covers its box",
      { x0: 10, x1: 70, y0: 5, y1: 17 },
      0,
      { x: 10, y: 5, width: 60, height: 12 },
    ],
    [
      "a focus ring stands 3 px clear of its mark on every side",
      { x0: 10, x1: 23, y0: 0, y1: 13 },
      3,
      { x: 7, y: -3, width: 19, height: 19 },
    ],
    [
      "a box left of and above the origin keeps its size",
      { x0: -40, x1: -10, y0: -8, y1: 0 },
      0,
      { x: -40, y: -8, width: 30, height: 8 },
    ],
  ])("%s", (_, box, pad, expected) => {
    expect(rectOf(box, pad)).toEqual(expected);
  });
});
