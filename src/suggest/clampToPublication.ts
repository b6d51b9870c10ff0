import { type DayParts, dayNumber, formatCalendarDay } from "../dates/calendarDay.ts";
import { type EdtfPoint, firstDay, lastDay } from "../dates/edtf.ts";

/** A date resolved from words: one point, or an interval from one point to another. */
export interface DateSpan {
  from: EdtfPoint;
  to?: EdtfPoint;
}

/**
 * Ends a reported event's date on the publication day when it could end after it: an event an
 * article reports has already happened, so "in May" in an article of 18 May is 1 to 18 May
 * (`2024-05/2024-05-18`), not the whole month. A date that lies wholly after the publication is
 * one the article announces and is left as it is, like a date that already ends by then.
 */
export function clampToPublication(span: DateSpan, today: DayParts): DateSpan {
  const publication = dayNumber(formatCalendarDay(today));
  const starts = dayNumber(firstDay(span.from));
  const ends = dayNumber(lastDay(span.to ?? span.from));
  if (ends <= publication || starts > publication) return span;
  return { from: span.from, to: today };
}
