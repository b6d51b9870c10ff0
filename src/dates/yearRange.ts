import { t } from "../i18n/i18n.ts";
import { daysFromEpoch } from "./calendarDay.ts";

// Past the age of the universe many times over: every date a timeline has a reason to hold.
const LIMIT = 99_999_999_999;
const FIRST_DAY = daysFromEpoch({ year: -LIMIT, month: 1, day: 1 });
const LAST_DAY = daysFromEpoch({ year: LIMIT, month: 12, day: 31 });
const DAY_MS = 86_400_000;

/**
 * The years a timeline can draw, from the first day of the first to the last day of the last:
 * up to eleven digits either side of year 0, so the age of the universe (13.8 billion years)
 * fits with room to spare. Nothing that meets such an instant computes with `Date` (whose years
 * end at -271821 and 275760); at this size a millisecond count is still exact to the minute.
 * The dataset checks and the TimelineJS importer list a date beyond them as a problem; the
 * zoom never leaves them.
 */
export const YEAR_RANGE = {
  first: -LIMIT,
  last: LIMIT,
  /** `daysFromEpoch` of the range's first day. */
  firstDay: FIRST_DAY,
  /** `daysFromEpoch` of the range's last day. */
  lastDay: LAST_DAY,
  /** Milliseconds since 1970 (UTC) of the first instant of its first day. */
  startMs: FIRST_DAY * DAY_MS,
  /** Milliseconds since 1970 (UTC) of the end of its last day (exclusive). */
  endMs: (LAST_DAY + 1) * DAY_MS,
} as const;

/** Why a year cannot be drawn (in the interface language), or null when it is inside `YEAR_RANGE`. */
export function yearOutsideRange(year: number): string | null {
  return year >= YEAR_RANGE.first && year <= YEAR_RANGE.last
    ? null
    : t("dates.yearOutsideRange", {
        year: String(year),
        first: String(YEAR_RANGE.first),
        last: String(YEAR_RANGE.last),
      });
}

/**
 * The whole years in which a JavaScript `Date` holds every day (it ends at -271821-04-20 and
 * +275760-09-13): what d3's calendar intervals can reckon with, and TimelineJS3's "human" scale.
 */
export const DATE_YEARS = { first: -271_820, last: 275_759 } as const;
