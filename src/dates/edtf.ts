// Kept over the edtf package: it would join the first view, takes 2023-02-29, refuses year 10000.
import { t } from "../i18n/i18n.ts";
import { fail, ok, type Result } from "../lib/result.ts";
import { dayNumber, daysInMonth, formatCalendarDay } from "./calendarDay.ts";
import { yearOutsideRange } from "./yearRange.ts";

/** How exactly a date is known. */
export type Precision = "day" | "month" | "year" | "range" | "unknown";

/** One side of an EDTF expression: a year, a month or a day. */
export interface EdtfPoint {
  year: number;
  month?: number;
  day?: number;
}

/** One end of an interval: a point, open (`..`) or unknown (empty). */
export type EdtfBound = EdtfPoint | "open" | "unknown";

/** A parsed EDTF expression of the subset Sourceline uses. */
export type Edtf =
  | { kind: "unknown" }
  | { kind: "point"; point: EdtfPoint }
  | { kind: "interval"; from: EdtfBound; to: EdtfBound };

/** The earliest and latest possible calendar days of a date, with its precision. */
export interface ResolvedDate {
  start: string | null;
  end: string | null;
  precision: Precision;
}

// Years of four digits or more; EDTF's own form of a longer year is `Y_YEAR`.
const POINT = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?$/;
// EDTF level 1's letter-prefixed year: a year alone, of more than four digits (`Y-13800000000`).
const Y_YEAR = /^Y(-?[1-9]\d{4,})$/;

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a year may have more digits, `-13800000000-01-01`)
 * or EDTF's letter-prefixed year (`Y170000002`, `Y-13800000000`), checking that the month and
 * day exist and the year is one a timeline can draw (`YEAR_RANGE`); why not, in the interface
 * language.
 */
export function parseEdtfPoint(text: string): Result<EdtfPoint> {
  const long = Y_YEAR.exec(text);
  const match = long ?? POINT.exec(text);
  if (!match) return fail(t("dates.notAPoint", { text }));
  const year = Number(match[1]);
  const outside = yearOutsideRange(year);
  if (outside !== null) return fail(t("dates.pointOutsideRange", { text, reason: outside }));
  if (match[2] === undefined) return ok({ year });
  const month = Number(match[2]);
  if (month < 1 || month > 12) return fail(t("dates.noSuchMonth", { text, month: match[2] }));
  if (match[3] === undefined) return ok({ year, month });
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    const days = String(daysInMonth(year, month));
    return fail(t("dates.noSuchDay", { text, day: match[3] as string, days }));
  }
  return ok({ year, month, day });
}

function parseBound(text: string): Result<EdtfBound> {
  if (text === "..") return ok("open");
  if (text === "") return ok("unknown");
  return parseEdtfPoint(text);
}

/**
 * Parses the EDTF (ISO 8601-2) subset Sourceline uses: a day, month or year, or an interval of
 * them whose ends may be open (`..`) or unknown (empty). `null` means the date is unknown.
 */
export function parseEdtf(expression: string | null): Result<Edtf> {
  if (expression === null) return ok({ kind: "unknown" });
  const parts = expression.split("/");
  if (parts.length === 1) {
    const point = parseEdtfPoint(expression);
    return point.ok ? ok({ kind: "point", point: point.data }) : point;
  }
  if (parts.length !== 2) return fail(t("dates.moreThanOneSlash", { expression }));
  const from = parseBound(parts[0] ?? "");
  if (!from.ok) return from;
  const to = parseBound(parts[1] ?? "");
  if (!to.ok) return to;
  if (typeof from.data === "string" && typeof to.data === "string") {
    return fail(t("dates.neitherEndKnown", { expression }));
  }
  return ok({ kind: "interval", from: from.data, to: to.data });
}

/** The first calendar day a point can stand for. */
export function firstDay(point: EdtfPoint): string {
  return formatCalendarDay({ year: point.year, month: point.month ?? 1, day: point.day ?? 1 });
}

/** The last calendar day a point can stand for. */
export function lastDay(point: EdtfPoint): string {
  const month = point.month ?? 12;
  return formatCalendarDay({
    year: point.year,
    month,
    day: point.day ?? daysInMonth(point.year, month),
  });
}

function pointPrecision(point: EdtfPoint): Precision {
  if (point.day !== undefined) return "day";
  return point.month !== undefined ? "month" : "year";
}

/**
 * Resolves an EDTF expression to its earliest and latest possible calendar days and precision.
 * Fails when the expression is malformed or an interval ends before it starts.
 */
export function resolveEdtf(expression: string | null): Result<ResolvedDate> {
  const parsed = parseEdtf(expression);
  if (!parsed.ok) return parsed;
  const edtf = parsed.data;
  switch (edtf.kind) {
    case "unknown":
      return ok({ start: null, end: null, precision: "unknown" });
    case "point":
      return ok({
        start: firstDay(edtf.point),
        end: lastDay(edtf.point),
        precision: pointPrecision(edtf.point),
      });
    case "interval": {
      const start = typeof edtf.from === "string" ? null : firstDay(edtf.from);
      const end = typeof edtf.to === "string" ? null : lastDay(edtf.to);
      if (start !== null && end !== null && dayNumber(end) < dayNumber(start)) {
        return fail(
          t("dates.intervalEndsBeforeStart", { expression: String(expression), start, end }),
        );
      }
      return ok({ start, end, precision: "range" });
    }
  }
}
