import type { Era } from "../data/datasetSchema.ts";
import { i18n } from "../i18n/i18n.ts";
import { type DayParts, daysInMonth, parseCalendarDay } from "./calendarDay.ts";
import { dateRange } from "./dateRange.ts";
import type { EdtfPoint } from "./edtf.ts";
import { formatEventDate, formatPoint } from "./formatEventDate.ts";

/**
 * An era's days as people write them, at the coarsest precision that says the same days: whole
 * years ("1800 – 1899"), whole months ("November 2023 – January 2024") or days.
 */
function formatDays(start: string, end: string, locale: string): string {
  const first = parseCalendarDay(start);
  const last = parseCalendarDay(end);
  if (!first || !last) return start === end ? start : dateRange(start, end, locale);
  const wholeMonths = first.day === 1 && last.day === daysInMonth(last.year, last.month);
  const wholeYears = wholeMonths && first.month === 1 && last.month === 12;
  const at = ({ year, month, day }: DayParts): EdtfPoint =>
    wholeYears ? { year } : wholeMonths ? { year, month } : { year, month, day };
  const [from, to] = [formatPoint(at(first), locale), formatPoint(at(last), locale)];
  return from === to ? from : dateRange(from, to, locale);
}

/**
 * An era's period as people write it, at its own precision: "1800 – 1900", "March 1933 – 1945"
 * from its EDTF (the dates as its source wrote them), or from its days when it has none; in
 * `locale`, the interface's by default.
 */
export function formatEraDates(
  era: Pick<Era, "start" | "end" | "edtf">,
  locale: string = i18n.locale,
): string {
  return era.edtf === undefined
    ? formatDays(era.start, era.end, locale)
    : formatEventDate(era.edtf, locale);
}
