import { i18n, t } from "../i18n/i18n.ts";
import { parseCalendarDay } from "./calendarDay.ts";
import { dateRange } from "./dateRange.ts";
import { type EdtfBound, type EdtfPoint, parseEdtf } from "./edtf.ts";
import { localDateText } from "./localDateText.ts";

/** Month names, January first, as people write them in English (files, the suggester). */
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
 * thousands grouped ("315,000 BCE", "13,800,000,000 BCE"), as four-digit years never are. In
 * another `locale` (the interface's by default) with its digits and era word ("500 v. Chr.").
 */
export function formatYear(year: number, locale: string = i18n.locale): string {
  if (locale !== "en") return localDateText({ year }, locale);
  const digits = Math.abs(year) >= 10_000 ? GROUPED.format(Math.abs(year)) : String(Math.abs(year));
  return year < 0 ? `${digits} BCE` : digits;
}

/**
 * Writes a point as people write it: "14 May 2024", "April 2024" or "2024"; in another `locale`
 * (the interface's by default) as `Intl` writes it ("14. Mai 2024", "2024年4月").
 */
export function formatPoint(point: EdtfPoint, locale: string = i18n.locale): string {
  if (locale !== "en") return localDateText(point, locale);
  if (point.month === undefined) return formatYear(point.year, locale);
  const month = `${MONTH_NAMES[point.month - 1]} ${formatYear(point.year, locale)}`;
  return point.day === undefined ? month : `${point.day} ${month}`;
}

function isPoint(bound: EdtfBound): bound is EdtfPoint {
  return typeof bound !== "string";
}

/** "date unknown" in `locale`: English by hand, so files need no catalog. */
const unknown = (locale: string) => (locale === "en" ? "date unknown" : t("dates.unknown"));

/**
 * Writes an event's EDTF date as people write it, at its own precision: "14 May 2024",
 * "April 2024", "November 2023 – May 2024", "on or before 18 May 2024", "date unknown".
 * Pure string work: the reader's time zone never enters. `locale` is the interface's by
 * default; files (exports, the importers' comparisons) pass "en", which is written by hand.
 */
export function formatEventDate(edtf: string | null, locale: string = i18n.locale): string {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return edtf ?? unknown(locale);
  const date = parsed.data;
  switch (date.kind) {
    case "unknown":
      return unknown(locale);
    case "point":
      return formatPoint(date.point, locale);
    case "interval": {
      const { from, to } = date;
      const english = locale === "en";
      if (isPoint(from) && isPoint(to)) {
        return dateRange(formatPoint(from, locale), formatPoint(to, locale), locale);
      }
      if (isPoint(to)) {
        const day = formatPoint(to, locale);
        return english ? `on or before ${day}` : t("dates.onOrBefore", { date: day });
      }
      if (isPoint(from)) {
        const day = formatPoint(from, locale);
        return english ? `on or after ${day}` : t("dates.onOrAfter", { date: day });
      }
      return unknown(locale);
    }
  }
}

/**
 * Writes a source's publication date ("2024-05-18" or an ISO instant) as a calendar day. An
 * instant is written as the day in the offset it is stated in (UTC for the pipeline's own).
 */
export function formatPublished(published: string, locale: string = i18n.locale): string {
  const day = parseCalendarDay(published.slice(0, 10));
  return day ? formatPoint(day, locale) : published;
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
