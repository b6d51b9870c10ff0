import { dayNumber } from "../dates/calendarDay.ts";
import type { Era } from "./datasetSchema.ts";

const compareEras = (a: Era, b: Era) =>
  dayNumber(a.start) - dayNumber(b.start) ||
  dayNumber(a.end) - dayNumber(b.end) ||
  (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);

/**
 * Eras in time order: by first day, then last day, then title, as TimelineJS3 orders them (a
 * file may list them in any order). The same list when it is in order already.
 */
export function sortEras(eras: readonly Era[]): readonly Era[] {
  for (let i = 1; i < eras.length; i++) {
    if (compareEras(eras[i - 1] as Era, eras[i] as Era) > 0) return [...eras].sort(compareEras);
  }
  return eras;
}
