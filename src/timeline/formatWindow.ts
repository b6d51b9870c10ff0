import { dayParts } from "../dates/calendarDay.ts";
import { dateRange } from "../dates/dateRange.ts";
import { formatInstantDay } from "../dates/formatInstantDay.ts";
import { i18n } from "../i18n/i18n.ts";
import { DAY_MS, type TimeWindow } from "./types.ts";
import { yearTickLabel } from "./yearTickLabel.ts";

// Past a million years a day means nothing on screen: the window is told in years, as its axis.
const YEARS_FROM: number = 1_000_000 * 365.2425 * DAY_MS;

const yearOf = (t: number) => dayParts(Math.floor(t / DAY_MS)).year;

// A million years from year 0, no date has a day or a month: a shorter window there is told in
// years, to the digits its width needs.
const DAYLESS_FROM = 1_000_000;
const YEAR_MS = 365.2425 * DAY_MS;

/**
 * The visible window in words: its first and last day ("14 May 2024 – 2 June 2024", months cut
 * to three letters when `short`), or for a window of a million years or more its years as the
 * axis names them ("14.4 billion years ago – 3500 BCE"); a shorter window a million years or more
 * from year 0, where no date has a day, in its years ("13,799,630,007 BCE – 13,799,629,993 BCE").
 * In `locale`, the interface's by default.
 */
export function formatWindow(
  window: TimeWindow,
  short = false,
  locale: string = i18n.locale,
): string {
  if (window.end - window.start >= YEARS_FROM) {
    // The end is exclusive; half a day back stays inside the last year, however far from 1970.
    const last = yearOf(window.end - DAY_MS / 2);
    return dateRange(
      yearTickLabel(yearOf(window.start), undefined, locale),
      yearTickLabel(last, undefined, locale),
      locale,
    );
  }
  const first = yearOf(window.start);
  const last = yearOf(window.end - DAY_MS / 2);
  if (Math.min(Math.abs(first), Math.abs(last)) >= DAYLESS_FROM) {
    const years = Math.max(1, (window.end - window.start) / YEAR_MS);
    const step = Math.max(1, 10 ** (Math.floor(Math.log10(years)) - 1));
    return dateRange(yearTickLabel(first, step, locale), yearTickLabel(last, step, locale), locale);
  }
  const start = formatInstantDay(window.start, short, locale);
  return dateRange(start, formatInstantDay(window.end - 1, short, locale), locale);
}
