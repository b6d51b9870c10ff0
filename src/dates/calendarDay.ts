/** A calendar date split into numbers; month and day are 1-based. */
export interface DayParts {
  year: number;
  month: number;
  day: number;
}

// Years of any length from four digits (`-13800000000-01-01`); `yearOutsideRange` says which are drawn.
const CALENDAR_DAY = /^(-?\d{4,})-(\d{2})-(\d{2})$/;

/** Number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Parses `YYYY-MM-DD` (`-0500-03-15` before year 1) into its parts, or returns null if it is not a real calendar day. */
export function parseCalendarDay(value: string): DayParts | null {
  const match = CALENDAR_DAY.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Writes parts back as `YYYY-MM-DD`, zero-padded (`-0500-03-15` for a negative year). */
export function formatCalendarDay({ year, month, day }: DayParts): string {
  const y = `${year < 0 ? "-" : ""}${String(Math.abs(year)).padStart(4, "0")}`;
  return `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar, by arithmetic (no Date, so
 * years 0–99 and negative years are what they say).
 */
export function daysFromEpoch({ year, month, day }: DayParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The day of the proleptic Gregorian calendar `days` days from 1970-01-01: the inverse of
 * `daysFromEpoch`, by arithmetic, so it holds for years no `Date` can name.
 */
export function dayParts(days: number): DayParts {
  const z = Math.floor(days) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The day `count` days after `day` (before it when negative), by arithmetic on day numbers, no Date. */
export function addDays(day: DayParts, count: number): DayParts {
  return dayParts(daysFromEpoch(day) + count);
}

/**
 * Day numbers already worked out, by their text: a large timeline names far fewer distinct days
 * than it has events, so each day is parsed once. NaN stands for text that is not a calendar day.
 */
const knownDays = new Map<string, number>();
const KNOWN_DAYS_LIMIT = 1 << 16;

/** `daysFromEpoch` of a `YYYY-MM-DD` string, or null when it is not a real calendar day. */
export function calendarDayNumber(value: string): number | null {
  let n = knownDays.get(value);
  if (n === undefined) {
    const parts = parseCalendarDay(value);
    n = parts ? daysFromEpoch(parts) : Number.NaN;
    if (knownDays.size >= KNOWN_DAYS_LIMIT) knownDays.clear();
    knownDays.set(value, n);
  }
  return Number.isNaN(n) ? null : n;
}

/** `daysFromEpoch` of a `YYYY-MM-DD` string already known to be valid (schema-checked). */
export function dayNumber(value: string): number {
  return calendarDayNumber(value) ?? Number.NaN;
}
