import { quoteForProblem } from "../data/quoteForProblem.ts";
import { t } from "../i18n/i18n.ts";
import { dayNumber, dayParts, formatCalendarDay } from "./calendarDay.ts";
import { type EdtfPoint, firstDay, lastDay, parseEdtf } from "./edtf.ts";
import { YEAR_RANGE } from "./yearRange.ts";

/** An era's first and last calendar days. */
export interface EraDays {
  start: string;
  end: string;
}

/** The calendar day before a valid `YYYY-MM-DD`. */
const dayBefore = (text: string): string => formatCalendarDay(dayParts(dayNumber(text) - 1));

/**
 * The days of an era from `from` to `to` as TimelineJS3 draws it. TimelineJS3 reads an era's end
 * as an instant, where `to` begins: an era 1800–1900 ends as 1900 begins, where an era 1900–1950
 * starts, so its last day is the day before. An end with a time of day (`endHasTime`) ends within
 * its first day, so that day is the last. An era with no end spans the whole of its start, and
 * one whose end begins no later than it starts (TimelineJS3 draws it with no width) the whole of
 * its end.
 */
export function eraDays(from: EdtfPoint, to: EdtfPoint | null, endHasTime = false): EraDays {
  const start = firstDay(from);
  if (to === null) return { start, end: lastDay(from) };
  const end = endHasTime ? firstDay(to) : dayBefore(firstDay(to));
  return { start, end: dayNumber(end) < dayNumber(start) ? lastDay(to) : end };
}

/** The two ends of an era's EDTF (`1800/1900`; a single point is both), or why there are none. */
export function eraEdtfEnds(
  edtf: string,
): { ok: true; from: EdtfPoint; to: EdtfPoint | null } | { ok: false; reason: string } {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const date = parsed.data;
  if (date.kind === "point") return { ok: true, from: date.point, to: null };
  if (date.kind === "interval" && typeof date.from !== "string" && typeof date.to !== "string") {
    return { ok: true, from: date.from, to: date.to };
  }
  return { ok: false, reason: t("dates.notAPeriod", { edtf }) };
}

const LONGEST_PERIOD = `${YEAR_RANGE.first}-01-01/${YEAR_RANGE.last}-12-31`.length;

/**
 * Why an era's `edtf` does not say its days, or null when it does (or it has none): its start is
 * the first day of the EDTF's start, its end the last day of the EDTF's end, or the day before
 * that end begins, as TimelineJS3 ends an era (`eraDays`). The list writes the one, the timeline
 * draws the other. In the interface language.
 */
export function eraEdtfDisagreement(era: {
  edtf?: string | undefined;
  start: string;
  end: string;
}): string | null {
  if (era.edtf === undefined) return null;
  // No period of days a timeline can draw is longer than its whole range: quote no more than a clip.
  if (era.edtf.length > LONGEST_PERIOD) {
    return t("dates.eraEdtfTooLong", { edtf: quoteForProblem(era.edtf) });
  }
  const ends = eraEdtfEnds(era.edtf);
  if (!ends.ok) return t("dates.edtfUnreadable", { reason: ends.reason });
  const { from, to } = ends;
  const last = to ?? from;
  const ok =
    era.start === firstDay(from) &&
    [lastDay(last), firstDay(last), eraDays(from, to).end].includes(era.end);
  if (ok) return null;
  return t("dates.eraEdtfMeans", {
    edtf: era.edtf,
    first: firstDay(from),
    last: eraDays(from, to).end,
    start: era.start,
    end: era.end,
  });
}
