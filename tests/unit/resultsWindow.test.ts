import { describe, expect, it } from "vitest";
import { resultsWindow } from "../../src/timeline/resultsWindow.ts";
import { DAY_MS } from "../../src/timeline/types.ts";
import { zoomBounds } from "../../src/timeline/zoomWindow.ts";

const T0 = Date.UTC(2024, 0, 1);
const day = (n: number) => T0 + n * DAY_MS;
const bounds = zoomBounds({ start: day(0), end: day(100) });
const span = (start: number | null, end: number | null) => ({
  start: start === null ? null : day(start),
  end: end === null ? null : day(end),
});

describe("resultsWindow(spans, bounds) fits the view to the matching events", () => {
  it.each([
    ["two points 50 days apart: 8% (4 days) each side", [span(20, 20), span(70, 70)], 16, 74],
    ["a bar and a point", [span(10, 40), span(60, 60)], 6, 64],
    [
      "one point: half a day each side, widened to the day the bounds allow",
      [span(50, 50)],
      49.5,
      50.5,
    ],
    ["an open range counts from its known end", [span(30, null), span(40, 40)], 29.2, 40.8],
    ["undated events are left out", [span(null, null), span(20, 30)], 19.2, 30.8],
    ["near the start: moved inside the bounds", [span(-4, -4), span(6, 6)], -4, 7.6],
    ["all the events: no wider than all of time", [span(-4, 104)], -4, 104],
  ])("%s", (_, spans, from, to) => {
    const window = resultsWindow(spans, bounds);
    expect(window?.start).toBeCloseTo(day(from), -3);
    expect(window?.end).toBeCloseTo(day(to), -3);
  });

  it.each([
    ["no events", []],
    ["only undated events", [span(null, null)]],
  ])("gives null for %s", (_, spans) => {
    expect(resultsWindow(spans, bounds)).toBeNull();
  });
});
