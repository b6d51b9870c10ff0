import { describe, expect, it } from "vitest";
import { spanWindow } from "../../src/timeline/eventSpan.ts";
import { DAY_MS, type TimeWindow } from "../../src/timeline/types.ts";
import { windowShowing } from "../../src/timeline/windowShowing.ts";
import { zoomBounds } from "../../src/timeline/zoomWindow.ts";

const T0 = Date.UTC(2024, 0, 1);
const day = (n: number) => T0 + n * DAY_MS;
const bounds = zoomBounds({ start: day(0), end: day(365) });
const length = (w: TimeWindow) => (w.end - w.start) / DAY_MS;

describe("windowShowing(extent, window, bounds, shows): a window in which an event stands alone", () => {
  const event = { start: day(100), end: day(101) };
  // Each try is a layout: 200 days, 100, 50, 25, … 1.5625, then one day, the last.
  it.each<[string, (w: TimeWindow) => boolean, number, number]>([
    ["shown at once: the current length", () => true, 200, 1],
    ["shown at 50 days or fewer: halved until then", (w) => length(w) <= 50, 50, 3],
    ["never shown: down to a day, tried once", () => false, 1, 9],
  ])("%s", (_, shows, days, tries) => {
    const current = { start: day(50), end: day(250) };
    const tried: TimeWindow[] = [];
    const w = windowShowing(event, current, bounds, (candidate) => {
      tried.push(candidate);
      return shows(candidate);
    });
    expect(length(w)).toBeCloseTo(days, 6);
    expect((w.start + w.end) / 2).toBeCloseTo((event.start + event.end) / 2, -3);
    expect(tried.length).toBe(tries);
  });

  it("gives up after 30 layouts, with a day about the event, however long it is", () => {
    // 2^32 days would take 33 halvings to come down to one.
    const huge = { start: 0, end: 2 ** 32 * DAY_MS };
    let tries = 0;
    const w = windowShowing(huge, huge, zoomBounds(huge), () => {
      tries += 1;
      return false;
    });
    expect([tries, length(w)]).toEqual([30, 1]);
  });

  it("takes a little more than a long event, centred on it", () => {
    const long = { start: day(100), end: day(200) };
    const w = windowShowing(long, { start: day(140), end: day(150) }, bounds, () => true);
    expect(length(w)).toBeCloseTo(125, 6);
    expect(w.start).toBeLessThan(long.start);
    expect(w.end).toBeGreaterThan(long.end);
  });
});

describe("spanWindow(span): the time a span covers", () => {
  it.each([
    ["a span", { start: day(1), end: day(3) }, { start: day(1), end: day(3) }],
    ["an open start: its end", { start: null, end: day(3) }, { start: day(3), end: day(3) }],
    ["an open end: its start", { start: day(1), end: null }, { start: day(1), end: day(1) }],
    ["undated", { start: null, end: null }, null],
  ])("%s", (_, span, window) => {
    expect(spanWindow(span)).toEqual(window);
  });
});
