import { describe, expect, it } from "vitest";
import { timeScale } from "../../src/timeline/timeScale.ts";
import { DAY_MS } from "../../src/timeline/types.ts";

const T0 = Date.UTC(2024, 4, 1);
const TEN_DAYS = { start: T0, end: T0 + 10 * DAY_MS };

describe("timeScale(window, length) lays a window of time along the axis", () => {
  it.each([
    ["a window over some pixels", TEN_DAYS, 1000, 1000 / (10 * DAY_MS)],
    ["a window of one instant has no pixels per millisecond", { start: T0, end: T0 }, 1000, 0],
    ["a window that ends before it starts has none", { start: T0, end: T0 - DAY_MS }, 1000, 0],
    ["no pixels to lay it along", TEN_DAYS, 0, 0],
    ["a chart collapsed below nothing", TEN_DAYS, -50, 0],
  ])("%s", (_, window, length, k) => {
    expect(timeScale(window, length).k).toBe(k);
  });

  it.each([
    ["the window's start", 0, T0],
    ["a day and a half in", 150, T0 + 1.5 * DAY_MS],
    ["the window's end", 1000, T0 + 10 * DAY_MS],
  ])("the instant at a position and back: %s", (_, pos, t) => {
    const scale = timeScale(TEN_DAYS, 1000);
    expect(scale.time(pos)).toBe(t);
    expect(scale.px(t)).toBe(pos);
  });
});
