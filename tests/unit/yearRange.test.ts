import { describe, expect, it } from "vitest";
import { parseEdtfPoint, resolveEdtf } from "../../src/dates/edtf.ts";
import { formatEventDate } from "../../src/dates/formatEventDate.ts";
import { formatInstantDay } from "../../src/dates/formatInstantDay.ts";
import { YEAR_RANGE, yearOutsideRange } from "../../src/dates/yearRange.ts";
import { computeAxis } from "../../src/timeline/computeAxis.ts";
import { dayToMs } from "../../src/timeline/eventSpan.ts";
import { TIME_RANGE } from "../../src/timeline/timeRange.ts";
import { timeScale } from "../../src/timeline/timeScale.ts";
import { DAY_MS, type TimeWindow } from "../../src/timeline/types.ts";
import {
  clampWindow,
  fitWindow,
  panBy,
  windowAround,
  zoomAround,
  zoomBounds,
} from "../../src/timeline/zoomWindow.ts";

const OUTSIDE = "is outside the years a timeline can draw (-99999999999 to 99999999999)";

// The limit was the years a JavaScript Date holds (-271820 to 275759) until the timeline stopped
// computing with Date (issue 21): these tests moved with it, to years of up to eleven digits.
describe("YEAR_RANGE reaches eleven-digit years either side of year 0", () => {
  it("runs from -99999999999-01-01 to the end of 99999999999-12-31", () => {
    expect([YEAR_RANGE.first, YEAR_RANGE.last]).toEqual([-99_999_999_999, 99_999_999_999]);
    expect(YEAR_RANGE.startMs).toBe(dayToMs("-99999999999-01-01"));
    expect(YEAR_RANGE.endMs).toBe(dayToMs("99999999999-12-31") + DAY_MS);
    expect(TIME_RANGE).toEqual({ start: YEAR_RANGE.startMs, end: YEAR_RANGE.endMs });
  });

  it.each([
    [-99_999_999_999, null],
    [-13_800_000_000, null],
    [-271_821, null],
    [0, null],
    [2024, null],
    [275_760, null],
    [99_999_999_999, null],
    [-100_000_000_000, `year -100000000000 ${OUTSIDE}`],
    [100_000_000_000, `year 100000000000 ${OUTSIDE}`],
  ])("yearOutsideRange(%i) → %j", (year, reason) => {
    expect(yearOutsideRange(year)).toBe(reason);
  });
});

describe("parseEdtfPoint and resolveEdtf read only years inside the range", () => {
  it.each([
    ["-271821-12-31", { year: -271_821, month: 12, day: 31 }],
    ["275760-01", { year: 275_760, month: 1 }],
    ["-13800000000", { year: -13_800_000_000 }],
    ["Y-13800000000", { year: -13_800_000_000 }],
    ["-99999999999-01-01", { year: -99_999_999_999, month: 1, day: 1 }],
    ["Y99999999999", { year: 99_999_999_999 }],
  ])("%s is read", (text, point) => {
    expect(parseEdtfPoint(text)).toEqual({ ok: true, data: point });
  });

  it.each([
    ["-100000000000", `"-100000000000": year -100000000000 ${OUTSIDE}`],
    ["Y100000000000", `"Y100000000000": year 100000000000 ${OUTSIDE}`],
    ["100000000000-01", `"100000000000-01": year 100000000000 ${OUTSIDE}`],
  ])("%s is refused: %s", (text, reason) => {
    expect(parseEdtfPoint(text)).toEqual({ ok: false, reason });
    expect(resolveEdtf(`2024/${text}`).ok).toBe(false);
  });

  it.each([
    ["999999", "999,999"],
    ["-271820-01", "January 271,820 BCE"],
    ["Y-13800000000", "13,800,000,000 BCE"],
    ["-100000000000", "-100000000000"],
  ])("formatEventDate(%j) writes %j, never NaN", (edtf, text) => {
    expect(formatEventDate(edtf)).toBe(text);
  });
});

describe("formatInstantDay never writes NaN or undefined", () => {
  it.each([
    ["the first instant of the range", YEAR_RANGE.startMs, "1 January 99,999,999,999 BCE"],
    ["the range's last day", YEAR_RANGE.endMs - DAY_MS, "31 December 99,999,999,999"],
    ["a day before the range", YEAR_RANGE.startMs - DAY_MS, "before 1 January 99,999,999,999 BCE"],
    ["the end of the range", YEAR_RANGE.endMs, "31 December 99,999,999,999"],
    ["a day past the range", YEAR_RANGE.endMs + DAY_MS, "after 31 December 99,999,999,999"],
    ["past what a Date holds", 1e17, "7 November 3,170,843"],
    ["before what a Date holds", -1e17, "24 February 3,166,904 BCE"],
    ["13.8 billion years ago", dayToMs("-13800000000-01-01"), "1 January 13,800,000,000 BCE"],
    ["infinity", Number.POSITIVE_INFINITY, "after 31 December 99,999,999,999"],
    ["NaN", Number.NaN, "an unknown day"],
  ])("%s → %s", (_, ms, text) => {
    expect(formatInstantDay(ms)).toBe(text);
  });
});

/** Every window a reader can reach from `bounds` by zooming in and out and panning both ways. */
function reachable(bounds: ReturnType<typeof zoomBounds>): TimeWindow[] {
  const windows = [fitWindow(bounds)];
  for (const factor of [2, 8, 1e6, 1e12, 0.5, 1e-3]) {
    for (const anchor of [bounds.min, bounds.max, (bounds.min + bounds.max) / 2]) {
      const zoomed = zoomAround(windows[0] as TimeWindow, factor, anchor, bounds);
      const span = zoomed.end - zoomed.start;
      windows.push(zoomed, panBy(zoomed, span * 10, bounds), panBy(zoomed, -span * 10, bounds));
    }
  }
  windows.push(
    windowAround(bounds.max, DAY_MS, bounds),
    clampWindow({ start: -1e22, end: 1e22 }, bounds),
    clampWindow({ start: Number.NaN, end: 5 }, bounds),
  );
  return windows;
}

const inside = (w: TimeWindow) => w.start >= TIME_RANGE.start && w.end <= TIME_RANGE.end;

describe("the zoom never leaves the range, and the axis names every tick", () => {
  const first = dayToMs("-99999999999-01-01");
  const last = dayToMs("99999999999-12-31") + DAY_MS;
  it.each([
    ["events at both ends of the range", { start: first, end: last }],
    ["an event on the range's last day", { start: last - DAY_MS, end: last }],
    ["an event on the range's first day", { start: first, end: first + DAY_MS }],
    [
      "the Big Bang to 3500 BCE",
      { start: dayToMs("-13800000000-01-01"), end: dayToMs("-3500-12-31") },
    ],
    ["2024 to year 275000", { start: dayToMs("2024-01-01"), end: dayToMs("275000-12-31") }],
    [
      "around the last day a Date holds",
      { start: dayToMs("275760-01-01"), end: dayToMs("275761-12-31") },
    ],
    ["an extent beyond the range (unchecked)", { start: 1e22, end: 2e22 }],
  ])("%s", (_, extent) => {
    const bounds = zoomBounds(extent);
    expect(bounds.min).toBeGreaterThanOrEqual(TIME_RANGE.start);
    expect(bounds.max).toBeLessThanOrEqual(TIME_RANGE.end);
    expect(bounds.maxSpan).toBeGreaterThan(0);
    for (const window of reachable(bounds)) {
      expect(inside(window), JSON.stringify(window)).toBe(true);
      const caption = `${formatInstantDay(window.start)} – ${formatInstantDay(window.end - 1)}`;
      expect(caption).not.toMatch(/NaN|undefined|before|after/);
      const axis = computeAxis(timeScale(window, 1000), (text) => text.length * 7);
      const labels = [...axis.ticks, ...axis.context].map((tick) => tick.label);
      expect(labels.length, JSON.stringify(window)).toBeGreaterThan(0);
      expect(labels.join(" ")).not.toMatch(/NaN|undefined|-\d/);
    }
  });

  it("draws no tick outside the range for a window past it", () => {
    const window = { start: TIME_RANGE.end - 200 * 365 * DAY_MS, end: TIME_RANGE.end + 1e21 };
    const axis = computeAxis(timeScale(window, 1000), (text) => text.length * 7);
    expect(axis.ticks.every((tick) => tick.value <= TIME_RANGE.end)).toBe(true);
    expect(axis.ticks.map((tick) => tick.label).join(" ")).not.toMatch(/NaN/);
  });
});
