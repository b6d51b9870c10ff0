import { describe, expect, it } from "vitest";
import { eraWindow, layoutEras } from "../../src/timeline/layoutEras.ts";
import { timeScale } from "../../src/timeline/timeScale.ts";
import { DAY_MS } from "../../src/timeline/types.ts";

const T0 = Date.UTC(2023, 10, 1);
const WINDOW = { start: T0, end: T0 + 30 * DAY_MS };
const era = (id: string, start: string, end: string) => ({ id, title: id, start, end });

describe("eraWindow(era) covers whole calendar days", () => {
  it.each([
    ["one day", "2023-11-17", "2023-11-17", Date.UTC(2023, 10, 17), Date.UTC(2023, 10, 18)],
    ["five days", "2023-11-17", "2023-11-21", Date.UTC(2023, 10, 17), Date.UTC(2023, 10, 22)],
    ["across a year end", "2023-12-30", "2024-01-02", Date.UTC(2023, 11, 30), Date.UTC(2024, 0, 3)],
  ])("%s", (_, start, end, from, to) => {
    expect(eraWindow({ start, end })).toEqual({ start: from, end: to });
  });
});

describe("layoutEras(eras, scale) places eras along the time axis", () => {
  it.each([
    ["inside the window", [era("a", "2023-11-17", "2023-11-21")], 300, [["a", 160, 210]]],
    ["clipped at the left", [era("a", "2023-10-01", "2023-11-05")], 300, [["a", 0, 50]]],
    ["clipped at the right", [era("a", "2023-11-26", "2024-02-01")], 300, [["a", 250, 300]]],
    ["covering the whole window", [era("a", "2023-01-01", "2024-12-31")], 300, [["a", 0, 300]]],
    ["wholly before, left out", [era("a", "2023-10-01", "2023-10-31")], 300, []],
    ["wholly after, left out", [era("a", "2023-12-01", "2023-12-31")], 300, []],
    ["no width", [era("a", "2023-11-17", "2023-11-21")], 0, []],
    [
      "several, in their order",
      [era("a", "2023-11-02", "2023-11-02"), era("b", "2023-11-11", "2023-11-20")],
      300,
      [
        ["a", 10, 20],
        ["b", 100, 200],
      ],
    ],
  ])("%s", (_, eras, width, expected) => {
    const bands = layoutEras(eras, timeScale(WINDOW, width));
    expect(bands.map((b) => [b.id, Math.round(b.pos0), Math.round(b.pos1)])).toEqual(expected);
  });

  it("places none in a window of no length, even an era around it", () => {
    const instant = { start: T0 + 5 * DAY_MS, end: T0 + 5 * DAY_MS };
    expect(layoutEras([era("a", "2023-11-01", "2023-11-30")], timeScale(instant, 300))).toEqual([]);
  });
});
