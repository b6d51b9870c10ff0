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

/** The day `count` days after `day` (before it when negative), by arithmetic on day numbers, no Date. */
export function addDays(day: DayParts, count: number): DayParts {
  // Inverse of daysFromEpoch (Howard Hinnant's civil_from_days).
  const z = daysFromEpoch(day) + count + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: doy - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

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
