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

const OUTSIDE = "is outside the years a timeline can draw (-271820 to 275759)";

describe("YEAR_RANGE is the whole years in which a JavaScript Date holds every day", () => {
  it("runs from -271820-01-01 to the end of 275759-12-31, both instants a Date can name", () => {
    expect([YEAR_RANGE.first, YEAR_RANGE.last]).toEqual([-271_820, 275_759]);
    expect(new Date(YEAR_RANGE.startMs).toISOString()).toBe("-271820-01-01T00:00:00.000Z");
    expect(new Date(YEAR_RANGE.endMs - 1).toISOString()).toBe("+275759-12-31T23:59:59.999Z");
    expect(TIME_RANGE).toEqual({ start: YEAR_RANGE.startMs, end: YEAR_RANGE.endMs });
  });

  it("leaves no whole year out: the year before and after are cut by the Date's own limits", () => {
    // A Date's first day is -271821-04-20 and its last 275760-09-13.
    expect(Number.isNaN(new Date(YEAR_RANGE.startMs - 366 * DAY_MS).getTime())).toBe(true);
    expect(Number.isNaN(new Date(YEAR_RANGE.endMs + 366 * DAY_MS).getTime())).toBe(true);
  });

  it.each([
    [-271_820, null],
    [0, null],
    [2024, null],
    [275_759, null],
    [-271_821, `year -271821 ${OUTSIDE}`],
    [275_760, `year 275760 ${OUTSIDE}`],
    [999_999, `year 999999 ${OUTSIDE}`],
  ])("yearOutsideRange(%i) → %j", (year, reason) => {
    expect(yearOutsideRange(year)).toBe(reason);
  });
});

describe("parseEdtfPoint and resolveEdtf read only years inside the range", () => {
  it.each([
    ["-271820", { year: -271_820 }],
    ["-271820-01-01", { year: -271_820, month: 1, day: 1 }],
    ["275759-12-31", { year: 275_759, month: 12, day: 31 }],
  ])("%s is read", (text, point) => {
    expect(parseEdtfPoint(text)).toEqual({ ok: true, data: point });
  });

  it.each([
    ["999999", `"999999": year 999999 ${OUTSIDE}`],
    ["275760-01", `"275760-01": year 275760 ${OUTSIDE}`],
    ["-271821-12-31", `"-271821-12-31": year -271821 ${OUTSIDE}`],
  ])("%s is refused: %s", (text, reason) => {
    expect(parseEdtfPoint(text)).toEqual({ ok: false, reason });
    expect(resolveEdtf(`2024/${text}`).ok).toBe(false);
  });

  it.each([
    ["999999", "999999"],
    ["275759", "275759"],
    ["-271820-01", "January 271820 BCE"],
  ])("formatEventDate(%j) writes %j, never NaN", (edtf, text) => {
    expect(formatEventDate(edtf)).toBe(text);
  });
});

describe("formatInstantDay never writes NaN or undefined", () => {
  it.each([
    ["the first instant of the range", YEAR_RANGE.startMs, "1 January 271820 BCE"],
    ["the last instant of the range", YEAR_RANGE.endMs - 1, "31 December 275759"],
    ["a day before the range", YEAR_RANGE.startMs - DAY_MS, "before 1 January 271820 BCE"],
    ["the end of the range", YEAR_RANGE.endMs, "after 31 December 275759"],
    ["past what a Date holds", 1e17, "after 31 December 275759"],
    ["before what a Date holds", -1e17, "before 1 January 271820 BCE"],
    ["infinity", Number.POSITIVE_INFINITY, "after 31 December 275759"],
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
    clampWindow({ start: -1e17, end: 1e17 }, bounds),
    clampWindow({ start: Number.NaN, end: 5 }, bounds),
  );
  return windows;
}

const inside = (w: TimeWindow) => w.start >= TIME_RANGE.start && w.end <= TIME_RANGE.end;

describe("the zoom never leaves the range, and the axis names every tick", () => {
  const first = dayToMs("-271820-01-01");
  const last = dayToMs("275759-12-31") + DAY_MS;
  it.each([
    ["events at both ends of the range", { start: first, end: last }],
    ["an event on the range's last day", { start: last - DAY_MS, end: last }],
    ["an event on the range's first day", { start: first, end: first + DAY_MS }],
    ["2024 to year 275000", { start: dayToMs("2024-01-01"), end: dayToMs("275000-12-31") }],
    ["an extent beyond the range (unchecked)", { start: 1e16, end: 2e16 }],
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
      expect(labels.length).toBeGreaterThan(0);
      expect(labels.join(" ")).not.toMatch(/NaN|undefined/);
    }
  });

  it("draws no tick outside the range for a window past it", () => {
    const window = { start: TIME_RANGE.end - 200 * 365 * DAY_MS, end: TIME_RANGE.end + 1e15 };
    const axis = computeAxis(timeScale(window, 1000), (text) => text.length * 7);
    expect(axis.ticks.every((tick) => tick.value <= TIME_RANGE.end)).toBe(true);
    expect(axis.ticks.map((tick) => tick.label).join(" ")).not.toMatch(/NaN/);
  });
});
