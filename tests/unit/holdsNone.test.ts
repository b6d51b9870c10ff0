import { describe, expect, it } from "vitest";
import { holdsNone } from "../../src/timeline/holdsNone.ts";

const bounds = { min: 100, max: 200, minSpan: 1, maxSpan: 100 };

describe("holdsNone(window, bounds): a window that shows none of the timeline", () => {
  it.each([
    ["wholly before", { start: 0, end: 99 }, true],
    ["ending on the first instant", { start: 0, end: 100 }, false],
    ["overlapping the start", { start: 50, end: 150 }, false],
    ["inside", { start: 120, end: 180 }, false],
    ["wider on both sides", { start: 0, end: 300 }, false],
    ["starting on the last instant", { start: 200, end: 300 }, false],
    ["wholly after", { start: 201, end: 300 }, true],
  ])("%s: %j → %s", (_, window, none) => {
    expect(holdsNone(window, bounds)).toBe(none);
  });
});
