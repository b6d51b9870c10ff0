/** Calendar arithmetic for resolving date words: day and month shifts and weekdays, without Date. */
import { type DayParts, daysFromEpoch } from "../dates/calendarDay.ts";
import { MONTH_NAMES } from "../dates/formatEventDate.ts";

/** Month names, January first (one list for the whole app). */
export { MONTH_NAMES };

/** Weekday names, Monday first (ISO 8601 order, so index 0 starts a week). */
export const WEEKDAY_NAMES = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

/** ISO weekday index of a day: 0 for Monday … 6 for Sunday. */
export function weekdayIndex(day: DayParts): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((daysFromEpoch(day) + 3) % 7) + 7) % 7;
}

/** The month `count` months after `year`-`month` (before it when negative). */
export function shiftMonth(
  year: number,
  month: number,
  count: number,
): { year: number; month: number } {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}
