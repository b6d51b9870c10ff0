import { daysInMonth } from "../../dates/calendarDay.ts";
import type { EdtfPoint } from "../../dates/edtf.ts";
import { formatPoint } from "../../dates/formatEventDate.ts";
import { yearOutsideRange } from "../../dates/yearRange.ts";
import { isRecord } from "../../lib/isRecord.ts";
import { describeValue } from "./describeValue.ts";
import { htmlToPlainText } from "./htmlToPlainText.ts";

/** A TimelineJS date as Sourceline keeps it: a day at the finest, and whether a time was dropped. */
export interface TimelineJsPoint {
  point: EdtfPoint;
  hasTime: boolean;
  /** The date's own `display_date`, as plain text, or null. */
  displayDate: string | null;
}

/** A date read, or the field that is wrong (`""` for the date object itself) and why. */
export type TimelineJsDateReading =
  | { ok: true; data: TimelineJsPoint }
  | { ok: false; field: string; reason: string };

type Part = { ok: true; value: number | null } | { ok: false; reason: string };

const TIME_FIELDS = [
  ["hour", 23, "an hour (0–23)"],
  ["minute", 59, "a minute (0–59)"],
  ["second", 59, "a second (0–59)"],
  ["millisecond", 999, "a millisecond (0–999)"],
] as const;

/** Reads one part: a whole number or a numeric string (" 5 "); absent when missing or blank. */
function readPart(name: string, value: unknown): Part {
  if (value === undefined || value === null) return { ok: true, value: null };
  if (typeof value === "number" && Number.isInteger(value)) return { ok: true, value };
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return { ok: true, value: null };
    if (/^[-+]?\d{1,15}$/.test(text)) return { ok: true, value: Number(text) };
  }
  return { ok: false, reason: `${name} ${describeValue(value)} is not a whole number` };
}

/** True when a date object has no year, month or day at all (a spreadsheet's empty end date). */
export function isBlankTimelineJsDate(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (!isRecord(value)) return false;
  return ["year", "month", "day"].every((name) => {
    const part = readPart(name, value[name]);
    return part.ok && part.value === null;
  });
}

/**
 * Reads a TimelineJS date object. Only the fields present count: a year, a month of a year or a
 * day; hour to millisecond are checked but dropped, so the day never shifts.
 */
export function readTimelineJsDate(value: unknown): TimelineJsDateReading {
  if (!isRecord(value)) {
    return { ok: false, field: "", reason: `${describeValue(value)} is not a date object` };
  }
  const parts: Record<string, number | null> = {};
  for (const name of ["year", "month", "day", ...TIME_FIELDS.map(([field]) => field)]) {
    const part = readPart(name, value[name]);
    if (!part.ok) return { ok: false, field: name, reason: part.reason };
    parts[name] = part.value;
  }
  const { year = null, month = null, day = null } = parts;
  if (year === null) return { ok: false, field: "year", reason: "there is no year" };
  // One range for every format (`YEAR_RANGE`): a year the importer keeps, the zoom can reach.
  const outside = yearOutsideRange(year);
  if (outside !== null) return { ok: false, field: "year", reason: outside };
  if (month !== null && (month < 1 || month > 12)) {
    return { ok: false, field: "month", reason: `month ${month} is not a month (1–12)` };
  }
  if (day !== null) {
    if (month === null) {
      return { ok: false, field: "day", reason: `day ${day} is given without a month` };
    }
    const days = daysInMonth(year, month);
    if (day < 1 || day > days) {
      const monthText = formatPoint({ year, month });
      return {
        ok: false,
        field: "day",
        reason: `day ${day} is not a day of ${monthText} (1–${days})`,
      };
    }
  }
  for (const [name, max, what] of TIME_FIELDS) {
    const part = parts[name] ?? null;
    if (part !== null && (part < 0 || part > max)) {
      return { ok: false, field: name, reason: `${name} ${part} is not ${what}` };
    }
  }
  const point: EdtfPoint =
    month === null ? { year } : day === null ? { year, month } : { year, month, day };
  const hasTime = TIME_FIELDS.some(([name]) => (parts[name] ?? null) !== null);
  const display = typeof value.display_date === "string" ? htmlToPlainText(value.display_date) : "";
  return { ok: true, data: { point, hasTime, displayDate: display === "" ? null : display } };
}
