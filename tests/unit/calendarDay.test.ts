import { describe, expect, it } from "vitest";
import {
  calendarDayNumber,
  dayNumber,
  dayParts,
  daysFromEpoch,
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
    ["123-01-01", null],
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
    [{ year: -315_000, month: 1, day: 1 }, "-315000-01-01"],
    [{ year: -13_800_000_000, month: 1, day: 1 }, "-13800000000-01-01"],
    [{ year: 13_800_000_000, month: 12, day: 31 }, "13800000000-12-31"],
    [{ year: -99_999_999_996, month: 2, day: 29 }, "-99999999996-02-29"],
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

describe("dayParts(days) is the inverse of daysFromEpoch, for years no Date can name", () => {
  it.each([
    [{ year: 1970, month: 1, day: 1 }, 0],
    [{ year: 1969, month: 12, day: 31 }, -1],
    [{ year: 2000, month: 2, day: 29 }, 11_016],
    [{ year: 0, month: 3, day: 1 }, -719_468],
  ])("%j is day %i", (parts, days) => {
    expect(daysFromEpoch(parts)).toBe(days);
    expect(dayParts(days)).toEqual(parts);
  });

  it.each([
    { year: 2024, month: 5, day: 14 },
    { year: -500, month: 3, day: 15 },
    { year: -271_821, month: 1, day: 1 },
    { year: 275_760, month: 12, day: 31 },
    { year: -315_000, month: 1, day: 1 },
    { year: -13_800_000_000, month: 1, day: 1 },
    { year: -13_800_000_000, month: 12, day: 31 },
    { year: -13_799_630_000, month: 2, day: 29 },
    { year: 13_800_000_000, month: 6, day: 30 },
    { year: -99_999_999_999, month: 1, day: 1 },
    { year: 99_999_999_999, month: 12, day: 31 },
  ])("round-trips %j", (parts) => {
    const days = daysFromEpoch(parts);
    expect(Number.isSafeInteger(days)).toBe(true);
    expect(dayParts(days)).toEqual(parts);
    // The next day is the day after, across month and year ends.
    const next = dayParts(days + 1);
    expect(daysFromEpoch(next)).toBe(days + 1);
  });

  it("agrees with the platform's calendar on every day of four centuries (leap rules included)", () => {
    const first = byDate(1600, 1, 1);
    const wrong: string[] = [];
    for (let days = first; days < first + 146_097; days += 1) {
      const d = new Date(days * DAY_MS);
      const { year, month, day } = dayParts(days);
      if (year !== d.getUTCFullYear() || month !== d.getUTCMonth() + 1 || day !== d.getUTCDate()) {
        wrong.push(d.toISOString());
      }
    }
    expect(wrong).toEqual([]);
  });
});
