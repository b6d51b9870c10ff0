import { parseCalendarDay } from "./calendarDay.ts";
import { type EdtfBound, type EdtfPoint, parseEdtf } from "./edtf.ts";

/** Month names, January first, as people write them. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const GROUPED = new Intl.NumberFormat("en", { useGrouping: true, maximumFractionDigits: 0 });

/**
 * A year as people write it: 2024, or 500 BCE for the year -500; from five digits on with its
 * thousands grouped ("315,000 BCE", "13,800,000,000 BCE"), as four-digit years never are.
 */
export function formatYear(year: number): string {
  const digits = Math.abs(year) >= 10_000 ? GROUPED.format(Math.abs(year)) : String(Math.abs(year));
  return year < 0 ? `${digits} BCE` : digits;
}

/** Writes a point as people write it: "14 May 2024", "April 2024" or "2024". */
export function formatPoint(point: EdtfPoint): string {
  if (point.month === undefined) return formatYear(point.year);
  const month = `${MONTH_NAMES[point.month - 1]} ${formatYear(point.year)}`;
  return point.day === undefined ? month : `${point.day} ${month}`;
}

function isPoint(bound: EdtfBound): bound is EdtfPoint {
  return typeof bound !== "string";
}

/**
 * Writes an event's EDTF date as people write it, at its own precision: "14 May 2024",
 * "April 2024", "November 2023 – May 2024", "on or before 18 May 2024", "date unknown".
 * Pure string work: the reader's time zone never enters.
 */
export function formatEventDate(edtf: string | null): string {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return edtf ?? "date unknown";
  const date = parsed.data;
  switch (date.kind) {
    case "unknown":
      return "date unknown";
    case "point":
      return formatPoint(date.point);
    case "interval": {
      const { from, to } = date;
      if (isPoint(from) && isPoint(to)) return `${formatPoint(from)} – ${formatPoint(to)}`;
      if (isPoint(to)) return `on or before ${formatPoint(to)}`;
      if (isPoint(from)) return `on or after ${formatPoint(from)}`;
      return "date unknown";
    }
  }
}

/**
 * Writes a source's publication date ("2024-05-18" or an ISO instant) as a calendar day. An
 * instant is written as the day in the offset it is stated in (UTC for the pipeline's own).
 */
export function formatPublished(published: string): string {
  const day = parseCalendarDay(published.slice(0, 10));
  return day ? formatPoint(day) : published;
}

/**
 * A valid HTML `datetime` value for a single day, month or year ("2024-05-14", "2024-05",
 * "2024"), or null for ranges and unknown dates, which HTML cannot express, and for years
 * before 1 or in EDTF's `Y` form, which HTML has no way to write.
 */
export function htmlDateTime(edtf: string | null): string | null {
  const parsed = parseEdtf(edtf);
  if (!(parsed.ok && parsed.data.kind === "point") || !/^\d/.test(edtf ?? "")) return null;
  return parsed.data.point.year > 0 ? (edtf as string) : null;
}
