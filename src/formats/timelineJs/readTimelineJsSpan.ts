import type { LoadProblem } from "../../data/loadProblem.ts";
import { dayNumber } from "../../dates/calendarDay.ts";
import { type EdtfPoint, firstDay, lastDay } from "../../dates/edtf.ts";
import { t } from "../../i18n/i18n.ts";
import { formatEdtfPoint } from "./formatEdtfPoint.ts";
import {
  isBlankTimelineJsDate,
  readTimelineJsDate,
  type TimelineJsPoint,
} from "./readTimelineJsDate.ts";

/** A slide's or era's dates: its start, and its end when it has one later than the start. */
export type TimelineJsSpan =
  | { ok: true; start: TimelineJsPoint; end: TimelineJsPoint | null }
  | { ok: false; problem: LoadProblem };

const samePoint = (a: EdtfPoint, b: EdtfPoint) =>
  a.year === b.year && a.month === b.month && a.day === b.day;

/**
 * Reads `start_date` and `end_date` of the object at `path`. A blank end, or one equal to the
 * start, means no end; an end before the start is a problem. With `endRequired`, no end is one too.
 */
export function readTimelineJsSpan(
  object: Record<string, unknown>,
  path: string,
  endRequired: boolean,
): TimelineJsSpan {
  const fail = (at: string, reason: string): TimelineJsSpan => ({
    ok: false,
    problem: { path: `${path}.${at}`, reason },
  });
  if (object.start_date === undefined || object.start_date === null) {
    return fail("start_date", t("import.noStartDate"));
  }
  const start = readTimelineJsDate(object.start_date);
  if (!start.ok) return fail(`start_date${start.field && `.${start.field}`}`, start.reason);
  if (isBlankTimelineJsDate(object.end_date)) {
    return endRequired
      ? fail("end_date", t("import.noEndDate"))
      : { ok: true, start: start.data, end: null };
  }
  const end = readTimelineJsDate(object.end_date);
  if (!end.ok) return fail(`end_date${end.field && `.${end.field}`}`, end.reason);
  const [from, to] = [start.data.point, end.data.point];
  if (samePoint(from, to)) return { ok: true, start: start.data, end: null };
  if (dayNumber(lastDay(to)) < dayNumber(firstDay(from))) {
    return fail(
      "end_date",
      t("import.endBeforeStart", { end: formatEdtfPoint(to), start: formatEdtfPoint(from) }),
    );
  }
  return { ok: true, start: start.data, end: end.data };
}
