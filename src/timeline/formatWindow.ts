import { dayParts } from "../dates/calendarDay.ts";
import { formatInstantDay } from "../dates/formatInstantDay.ts";
import { DAY_MS, type TimeWindow } from "./types.ts";
import { yearTickLabel } from "./yearTickLabel.ts";

// Past a million years a day means nothing on screen: the window is told in years, as its axis.
const YEARS_FROM: number = 1_000_000 * 365.2425 * DAY_MS;

const yearOf = (t: number) => dayParts(Math.floor(t / DAY_MS)).year;

/**
 * The visible window in words: its first and last day ("14 May 2024 – 2 June 2024", months cut
 * to three letters when `short`), or for a window of a million years or more its years as the
 * axis names them ("14.4 billion years ago – 3500 BCE").
 */
export function formatWindow(window: TimeWindow, short = false): string {
  if (window.end - window.start >= YEARS_FROM) {
    // The end is exclusive; half a day back stays inside the last year, however far from 1970.
    const last = yearOf(window.end - DAY_MS / 2);
    return `${yearTickLabel(yearOf(window.start))} – ${yearTickLabel(last)}`;
  }
  return `${formatInstantDay(window.start, short)} – ${formatInstantDay(window.end - 1, short)}`;
}
