import type { Era } from "../../data/datasetSchema.ts";
import { addDays, type DayParts, parseCalendarDay } from "../../dates/calendarDay.ts";
import { eraDays, eraEdtfEnds } from "../../dates/eraDays.ts";
import { yearOutsideRange } from "../../dates/yearRange.ts";
import { pointToTimelineJsDate } from "./edtfToTimelineJsDates.ts";
import { escapeHtml } from "./escapeHtml.ts";
import type { TimelineJsDate, TimelineJsEra } from "./timelineJsFile.ts";

type EraDates = Pick<TimelineJsEra, "start_date" | "end_date">;

/** Its EDTF's two ends (`1800/1900` → 1800, 1900), when TimelineJS3 draws them as its days. */
function datesAsWritten(era: Era): EraDates | null {
  if (era.edtf === undefined) return null;
  const ends = eraEdtfEnds(era.edtf);
  // A single point is no era to TimelineJS3, which drops an end equal to the start.
  if (!ends.ok || ends.to === null) return null;
  const days = eraDays(ends.from, ends.to);
  if (days.start !== era.start || days.end !== era.end) return null;
  return { start_date: pointToTimelineJsDate(ends.from), end_date: pointToTimelineJsDate(ends.to) };
}

/**
 * Its days as TimelineJS3 reads an era: from its start to the instant its last day ends (the next
 * day begins), at the coarsest precision that says both: years, months or days. An era ending on
 * the last day a timeline can draw ends on that day, the next being beyond TimelineJS3's years.
 */
function datesFromDays(era: Era): EraDates | null {
  const start = parseCalendarDay(era.start);
  const last = parseCalendarDay(era.end);
  if (!start || !last) return null;
  const next = addDays(last, 1);
  const end = yearOutsideRange(next.year) === null ? next : last;
  const wholeMonths = start.day === 1 && end.day === 1;
  const wholeYears = wholeMonths && start.month === 1 && end.month === 1;
  const date = (day: DayParts): TimelineJsDate => {
    if (wholeYears) return { year: day.year };
    return wholeMonths ? { year: day.year, month: day.month } : { ...day };
  };
  return { start_date: date(start), end_date: date(end) };
}

/**
 * An era as a TimelineJS3 era: its dates as its source wrote them when it has them (`edtf`), else
 * from its days, so TimelineJS3 draws it over the same days; its title escaped.
 */
export function eraToTimelineJs(era: Era): TimelineJsEra | null {
  const dates = datesAsWritten(era) ?? datesFromDays(era);
  return dates && { ...dates, text: { headline: escapeHtml(era.title) } };
}
