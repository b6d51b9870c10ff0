import { daysFromEpoch } from "./calendarDay.ts";

const FIRST_YEAR = -271_820;
const LAST_YEAR = 275_759;
const FIRST_DAY = daysFromEpoch({ year: FIRST_YEAR, month: 1, day: 1 });
const LAST_DAY = daysFromEpoch({ year: LAST_YEAR, month: 12, day: 31 });
const DAY_MS = 86_400_000;

/**
 * The years a timeline can draw, from the first day of the first to the last day of the last:
 * the whole years in which a JavaScript `Date` holds every day (it ends at -271821-04-20 and
 * +275760-09-13), which the axis and the zoom compute with. The dataset checks and the
 * TimelineJS importer list a date beyond them as a problem; the zoom never leaves them.
 */
export const YEAR_RANGE = {
  first: FIRST_YEAR,
  last: LAST_YEAR,
  /** `daysFromEpoch` of the range's first day, -271820-01-01. */
  firstDay: FIRST_DAY,
  /** `daysFromEpoch` of the range's last day, 275759-12-31. */
  lastDay: LAST_DAY,
  /** Milliseconds since 1970 (UTC) of the first instant of its first day. */
  startMs: FIRST_DAY * DAY_MS,
  /** Milliseconds since 1970 (UTC) of the end of its last day (exclusive). */
  endMs: (LAST_DAY + 1) * DAY_MS,
} as const;

/** Why a year cannot be drawn, or null when it is inside `YEAR_RANGE`. */
export function yearOutsideRange(year: number): string | null {
  return year >= YEAR_RANGE.first && year <= YEAR_RANGE.last
    ? null
    : `year ${year} is outside the years a timeline can draw (${YEAR_RANGE.first} to ${YEAR_RANGE.last})`;
}
