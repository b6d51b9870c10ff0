import { type EdtfBound, type EdtfPoint, parseEdtf } from "../../dates/edtf.ts";
import type { TimelineJsDate } from "./timelineJsFile.ts";

/** The dates of one slide. */
export interface TimelineJsDates {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
}

/** A point as a TimelineJS date with only the fields of its precision. */
export function pointToTimelineJsDate({ year, month, day }: EdtfPoint): TimelineJsDate {
  if (month === undefined) return { year };
  return day === undefined ? { year, month } : { year, month, day };
}

const isPoint = (bound: EdtfBound): bound is EdtfPoint => typeof bound !== "string";

/**
 * An event's EDTF date as TimelineJS dates, each side at its own precision. An open or unknown end
 * gives no `end_date`; an open or unknown start puts the end in `start_date` (the display date
 * then says "on or before"). Null for an unknown or unreadable date: TimelineJS needs a start.
 */
export function edtfToTimelineJsDates(edtf: string | null): TimelineJsDates | null {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return null;
  const date = parsed.data;
  switch (date.kind) {
    case "unknown":
      return null;
    case "point":
      return { start_date: pointToTimelineJsDate(date.point) };
    case "interval": {
      const { from, to } = date;
      if (isPoint(from) && isPoint(to)) {
        return { start_date: pointToTimelineJsDate(from), end_date: pointToTimelineJsDate(to) };
      }
      if (isPoint(from)) return { start_date: pointToTimelineJsDate(from) };
      return isPoint(to) ? { start_date: pointToTimelineJsDate(to) } : null;
    }
  }
}
