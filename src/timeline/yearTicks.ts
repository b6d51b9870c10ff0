import { dayParts, daysFromEpoch } from "../dates/calendarDay.ts";
import { DAY_MS, type TimeMs, type TimeWindow } from "./types.ts";

/** The first instant of a year, by arithmetic: any year, not only those a Date can name. */
export const yearStart = (year: number): TimeMs =>
  daysFromEpoch({ year, month: 1, day: 1 }) * DAY_MS;

/**
 * The first instants of the years in the window that are whole multiples of `step` (…, -2000,
 * -1000, 0, 1000 …), oldest first, generated lazily: a step too fine for the width is dropped
 * after its first few, however many the window holds.
 */
export function* yearTicks(
  step: number,
  window: TimeWindow,
): Generator<{ year: number; value: TimeMs }> {
  let year = Math.ceil(dayParts(Math.floor(window.start / DAY_MS)).year / step) * step;
  if (yearStart(year) < window.start) year += step;
  for (let value = yearStart(year); value <= window.end; value = yearStart(year)) {
    yield { year, value };
    year += step;
  }
}
