import { describe, expect, it } from "vitest";
import {
  calendarDayNumber,
  dayNumber,
  daysInMonth,
  formatCalendarDay,
  parseCalendarDay,
} from "../../src/dates/calendarDay.ts";

const DAY_MS = 86_400_000;

/** The day number by the platform's calendar, for checking the arithmetic against. */
function byDate(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getTime() / DAY_MS;
}

describe("daysInMonth(year, month) follows the Gregorian leap-year rule", () => {
  it.each([
    [2024, 1, 31],
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [0, 2, 29],
    [-4, 2, 29],
    [2024, 4, 30],
    [2024, 12, 31],
    [2024, 0, 0],
    [2024, 13, 0],
  ])("%i-%i has %i days", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe("parseCalendarDay(text) accepts only real days written YYYY-MM-DD", () => {
  it.each<[string, { year: number; month: number; day: number } | null]>([
    ["2024-05-31", { year: 2024, month: 5, day: 31 }],
    ["2024-02-29", { year: 2024, month: 2, day: 29 }],
    ["-0500-03-15", { year: -500, month: 3, day: 15 }],
    ["123456-01-01", { year: 123_456, month: 1, day: 1 }],
    ["2024-04-31", null],
    ["2023-02-29", null],
    ["2024-00-01", null],
    ["2024-13-01", null],
    ["2024-01-00", null],
    ["2024-5-1", null],
    ["2024-05-01T00:00Z", null],
    ["x2024-05-01", null],
    ["1234567-01-01", null],
  ])("%s → %j", (text, parts) => {
    expect(parseCalendarDay(text)).toEqual(parts);
  });
});

describe("formatCalendarDay(parts) pads to four-digit years and two-digit months and days", () => {
  it.each([
    [{ year: 2024, month: 5, day: 1 }, "2024-05-01"],
    [{ year: 50, month: 1, day: 2 }, "0050-01-02"],
    [{ year: -500, month: 3, day: 15 }, "-0500-03-15"],
    [{ year: 2024, month: 12, day: 31 }, "2024-12-31"],
  ])("%j → %s", (parts, text) => {
    expect(formatCalendarDay(parts)).toBe(text);
    expect(parseCalendarDay(text)).toEqual(parts);
  });
});

describe("calendarDayNumber(text) counts days from 1970-01-01 as the calendar does", () => {
  it.each([
    ["1970-01-01", 1970, 1, 1],
    ["1970-01-02", 1970, 1, 2],
    ["1969-12-31", 1969, 12, 31],
    ["2000-02-29", 2000, 2, 29],
    ["2000-03-01", 2000, 3, 1],
    ["2024-01-31", 2024, 1, 31],
    ["2024-12-31", 2024, 12, 31],
    ["1900-03-01", 1900, 3, 1],
    ["0050-06-15", 50, 6, 15],
    ["0000-02-29", 0, 2, 29],
    ["-0001-03-01", -1, 3, 1],
    ["-0401-12-31", -401, 12, 31],
  ])("%s", (text, year, month, day) => {
    expect(calendarDayNumber(text)).toBe(byDate(year, month, day));
    expect(dayNumber(text)).toBe(byDate(year, month, day));
  });

  it.each(["2024-02-30", "someday", ""])(
    "has no number for %j, however often it is asked",
    (text) => {
      expect(calendarDayNumber(text)).toBeNull();
      expect(calendarDayNumber(text)).toBeNull();
      expect(dayNumber(text)).toBeNaN();
    },
  );

  it("gives the same number the second time (from what it remembers)", () => {
    expect(calendarDayNumber("2031-07-04")).toBe(byDate(2031, 7, 4));
    expect(calendarDayNumber("2031-07-04")).toBe(byDate(2031, 7, 4));
  });
});
