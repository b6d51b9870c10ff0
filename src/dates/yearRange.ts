import { daysFromEpoch } from "./calendarDay.ts";

/**
 * The years a timeline can draw, from the first day of the first to the last day of the last:
 * the whole years in which a JavaScript `Date` holds every day (it ends at -271821-04-20 and
 * +275760-09-13), which the axis and the zoom compute with. The dataset checks and the
 * TimelineJS importer list a date beyond them as a problem; the zoom never leaves them.
 */
export const YEAR_RANGE = {
  first: -271_820,
  last: 275_759,
  /** `daysFromEpoch` of the range's first day, -271820-01-01. */
  firstDay: daysFromEpoch({ year: -271_820, month: 1, day: 1 }),
  /** `daysFromEpoch` of the range's last day, 275759-12-31. */
  lastDay: daysFromEpoch({ year: 275_759, month: 12, day: 31 }),
} as const;

/** Why a year cannot be drawn, or null when it is inside `YEAR_RANGE`. */
export function yearOutsideRange(year: number): string | null {
  return year >= YEAR_RANGE.first && year <= YEAR_RANGE.last
    ? null
    : `year ${year} is outside the years a timeline can draw (${YEAR_RANGE.first} to ${YEAR_RANGE.last})`;
}
