import { describe, expect, it } from "vitest";
import { compareEvents } from "../../src/data/compareEvents.ts";

const ev = (id: string, start: string | null, end: string | null) => ({ id, date: { start, end } });

describe("compareEvents(a, b) orders by earliest day, undated last, then id", () => {
  it.each([
    [
      "earlier start first",
      ev("b", "2024-01-01", "2024-01-01"),
      ev("a", "2024-02-01", "2024-02-01"),
      -1,
    ],
    [
      "same day: by id",
      ev("a", "2024-01-01", "2024-01-01"),
      ev("b", "2024-01-01", "2024-01-31"),
      -1,
    ],
    [
      "open start sorts at its end",
      ev("a", null, "2024-01-05"),
      ev("b", "2024-01-06", "2024-01-06"),
      -1,
    ],
    ["undated after dated", ev("a", null, null), ev("z", "2099-01-01", "2099-01-01"), 1],
    ["two undated: by id", ev("b", null, null), ev("a", null, null), 1],
    ["identical", ev("a", "2024-01-01", null), ev("a", "2024-01-01", null), 0],
  ])("%s", (_, a, b, sign) => {
    expect(Math.sign(compareEvents(a, b))).toBe(sign);
    expect(Math.sign(compareEvents(b, a))).toBe(-sign || 0);
  });
});
