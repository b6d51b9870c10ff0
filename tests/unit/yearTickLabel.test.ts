import { describe, expect, it } from "vitest";
import { yearTickLabel } from "../../src/timeline/yearTickLabel.ts";
import { yearStart, yearTicks } from "../../src/timeline/yearTicks.ts";

describe("yearTickLabel(year) writes a year on the axis as people read it", () => {
  it.each([
    [2024, "2024"],
    [1, "1"],
    [0, "0"],
    [-1, "1 BCE"],
    [-3500, "3500 BCE"],
    [-9999, "9999 BCE"],
    [-10_000, "10,000 BCE"],
    [-315_000, "315,000 BCE"],
    [-999_999, "999,999 BCE"],
    [-1_000_000, "1 million years ago"],
    [-1_500_000, "1.5 million years ago"],
    [-66_000_000, "66 million years ago"],
    [-538_800_000, "539 million years ago"],
    [-4_600_000_000, "4.6 billion years ago"],
    [-13_800_000_000, "13.8 billion years ago"],
    [-13_799_630_000, "13.8 billion years ago"],
    [12_345, "12,345"],
    [2_000_000, "in 2 million years"],
  ])("%i → %s", (year, label) => {
    expect(yearTickLabel(year)).toBe(label);
  });

  it.each([
    [0, 1, "0"],
    [0, 500_000, "0"],
    [0, 1_000_000, "present"],
    [0, 2_000_000_000, "present"],
    [-2_000_000_000, 2_000_000_000, "2 billion years ago"],
  ])("year %i on an axis stepping %i years → %s", (year, step, label) => {
    expect(yearTickLabel(year, step)).toBe(label);
  });
});

describe("yearTicks(step, window) gives the first instant of every step-th year inside the window", () => {
  it.each<[number, number, number, number[]]>([
    [1, 2020, 2024, [2020, 2021, 2022, 2023, 2024]],
    [5, -12, 12, [-10, -5, 0, 5, 10]],
    [1000, -3500, 0, [-3000, -2000, -1000, 0]],
    [2_000_000_000, -14_000_000_000, 0, [-14e9, -12e9, -10e9, -8e9, -6e9, -4e9, -2e9, 0]],
  ])("step %i from %i to %i", (step, from, to, expected) => {
    const window = { start: yearStart(from), end: yearStart(to) };
    const ticks = [...yearTicks(step, window)];
    expect(ticks.map((tick) => tick.year)).toEqual(expected);
    expect(ticks.map((tick) => tick.value)).toEqual(expected.map(yearStart));
  });

  it("starts after a window that begins inside a year", () => {
    const window = { start: yearStart(2020) + 1, end: yearStart(2023) };
    expect([...yearTicks(1, window)].map((tick) => tick.year)).toEqual([2021, 2022, 2023]);
  });

  it("places years by the calendar: a leap year is a day longer", () => {
    expect(yearStart(2025) - yearStart(2024)).toBe(366 * 86_400_000);
    // So far back a double holds the instant to about a minute, not to the millisecond.
    const far = yearStart(-13_800_000_000 + 1) - yearStart(-13_800_000_000);
    expect(Math.abs(far - 366 * 86_400_000)).toBeLessThan(2 ** 17);
  });
});

describe("yearTickLabel(year, step) on an axis zoomed in far from year 0 tells its ticks apart", () => {
  it.each([
    [-13_799_600_000, 100_000, "13.7996 billion years ago"],
    [-13_799_000_000, 1_000_000, "13.799 billion years ago"],
    [-7_050_000_000, 50_000_000, "7.05 billion years ago"],
    [-13_799_629_990, 2, "13,799,629,990 BCE"],
    [-1_500_010, 10, "1,500,010 BCE"],
    [2_000_010, 10, "2,000,010"],
  ])("year %i on an axis stepping %i years → %s", (year, step, label) => {
    expect(yearTickLabel(year, step)).toBe(label);
  });

  it("gives neighbouring ticks different labels at every step", () => {
    for (const step of [1, 2, 5, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000]) {
      const year = -13_799_600_000;
      expect(yearTickLabel(year, step)).not.toBe(yearTickLabel(year + step, step));
    }
  });
});
