import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../src/timeline/types.ts";
import {
  clampWindow,
  fitWindow,
  interpolateWindow,
  padWindow,
  panBy,
  sameWindow,
  windowAround,
  zoomAnchor,
  zoomAround,
  zoomBounds,
} from "../../src/timeline/zoomWindow.ts";

const T0 = Date.UTC(2024, 0, 1);
const day = (n: number) => T0 + n * DAY_MS;
const bounds = zoomBounds({ start: day(0), end: day(100) });

describe("zoomBounds(extent) pads the events' extent", () => {
  it.each([
    ["100 days: 4% each side", { start: day(0), end: day(100) }, day(-4), day(104)],
    ["one day: at least a day each side", { start: day(0), end: day(1) }, day(-1), day(2)],
    ["one instant", { start: day(5), end: day(5) }, day(4), day(6)],
  ])("%s", (_, extent, min, max) => {
    const b = zoomBounds(extent);
    expect([b.min, b.max, b.minSpan, b.maxSpan]).toEqual([min, max, DAY_MS, max - min]);
  });
});

describe("zoomAround(window, factor, anchor) zooms keeping the anchor in place", () => {
  it.each([
    [
      "zoom in ×2 around the centre",
      { start: day(0), end: day(100) },
      2,
      day(50),
      day(25),
      day(75),
    ],
    [
      "zoom in ×2 around the left quarter",
      { start: day(0), end: day(100) },
      2,
      day(25),
      day(12.5),
      day(62.5),
    ],
    [
      "zoom out ×2 around the centre",
      { start: day(25), end: day(75) },
      0.5,
      day(50),
      day(0),
      day(100),
    ],
    [
      "zoom out ×4 stops at the whole period",
      { start: day(25), end: day(75) },
      0.25,
      day(50),
      day(-4),
      day(104),
    ],
    [
      "zoom in stops at one day",
      { start: day(10), end: day(12) },
      100,
      day(11),
      day(10.5),
      day(11.5),
    ],
    [
      "from an instant: a day centred on the anchor",
      { start: day(10), end: day(10) },
      2,
      day(20),
      day(19.5),
      day(20.5),
    ],
  ])("%s", (_, window, factor, anchor, start, end) => {
    const next = zoomAround(window, factor, anchor, bounds);
    expect(next.start).toBeCloseTo(start, -1);
    expect(next.end).toBeCloseTo(end, -1);
  });
});

describe("panBy(window, delta) moves the window but not into empty time", () => {
  it.each([
    ["a small move", { start: day(10), end: day(20) }, 5 * DAY_MS, day(15), day(25)],
    ["stops at the right bound", { start: day(80), end: day(100) }, 50 * DAY_MS, day(84), day(104)],
    [
      "stops when only its end would pass",
      { start: day(80), end: day(100) },
      10 * DAY_MS,
      day(84),
      day(104),
    ],
    ["stops at the left bound", { start: day(0), end: day(10) }, -50 * DAY_MS, day(-4), day(6)],
  ])("%s", (_, window, delta, start, end) => {
    expect(panBy(window, delta, bounds)).toEqual({ start, end });
  });
});

describe("clampWindow(window) always returns a window inside the bounds", () => {
  it.each([
    ["too long", { start: day(-500), end: day(500) }, day(-4), day(104)],
    ["too short", { start: day(10), end: day(10) }, day(9.5), day(10.5)],
    ["reversed", { start: day(20), end: day(10) }, day(14.5), day(15.5)],
    ["not a number", { start: Number.NaN, end: day(10) }, day(-4), day(104)],
  ])("%s", (_, window, start, end) => {
    expect(clampWindow(window, bounds)).toEqual({ start, end });
  });
});

describe("fitWindow, windowAround and interpolateWindow", () => {
  it("fits the whole padded period", () => {
    expect(fitWindow(bounds)).toEqual({ start: day(-4), end: day(104) });
  });
  it("centres a window on an instant", () => {
    expect(windowAround(day(50), 10 * DAY_MS, bounds)).toEqual({ start: day(45), end: day(55) });
  });
  it("interpolates linearly", () => {
    expect(interpolateWindow({ start: 10, end: 20 }, { start: 30, end: 60 }, 0.5)).toEqual({
      start: 20,
      end: 40,
    });
  });
});

describe("sameWindow(a, b): the same to within a millisecond", () => {
  const w = { start: day(10), end: day(20) };
  it.each([
    ["the same window", w, true],
    ["half a millisecond apart at both ends", { start: w.start + 0.5, end: w.end - 0.5 }, true],
    ["starts a millisecond apart", { start: w.start + 1, end: w.end }, false],
    ["ends a millisecond apart", { start: w.start, end: w.end - 1 }, false],
    ["same start, a day longer", { start: w.start, end: w.end + DAY_MS }, false],
    ["same end, a day shorter", { start: w.start + DAY_MS, end: w.end }, false],
  ])("%s: %s", (_, other, same) => {
    expect(sameWindow(w, other)).toBe(same);
    expect(sameWindow(other, w)).toBe(same);
  });
});

describe("padWindow(window, fraction) adds context on both sides", () => {
  it.each([
    [
      "a quarter of ten days",
      { start: day(10), end: day(20) },
      0.25,
      { start: day(7.5), end: day(22.5) },
    ],
    [
      "a one-day window: at least half a day",
      { start: day(5), end: day(6) },
      0.25,
      { start: day(4.5), end: day(6.5) },
    ],
    [
      "no padding asked: still half a day",
      { start: day(0), end: day(100) },
      0,
      { start: day(-0.5), end: day(100.5) },
    ],
  ])("%s", (_, window, fraction, expected) => {
    expect(padWindow(window, fraction)).toEqual(expected);
  });
});

describe("zoomAnchor(event, window): where a keyboard zoom holds still", () => {
  const w = { start: 100, end: 200 };
  it.each<
    [string, { extent: { start: number; end: number } | null; at: number | null } | null, number]
  >([
    ["no event: the centre", null, 150],
    ["an event on screen: its instant", { extent: { start: 120, end: 130 }, at: 125 }, 125],
    ["an event off screen: the centre", { extent: { start: 300, end: 310 }, at: 305 }, 150],
    ["an event before the window: the centre", { extent: { start: 10, end: 20 }, at: 15 }, 150],
    [
      "an event ending as the window starts: the centre",
      { extent: { start: 50, end: 100 }, at: 50 },
      150,
    ],
    [
      "an event starting as the window ends: the centre",
      { extent: { start: 200, end: 250 }, at: 200 },
      150,
    ],
    [
      "an event on screen without an instant: the centre",
      { extent: { start: 120, end: 130 }, at: null },
      150,
    ],
    [
      "a long event reaching in: its instant, kept inside",
      { extent: { start: 50, end: 150 }, at: 50 },
      100,
    ],
    ["an undated event: the centre", { extent: null, at: null }, 150],
  ])("%s", (_, event, anchor) => {
    expect(zoomAnchor(event, w)).toBe(anchor);
  });
});
