import { daysInMonth } from "../../dates/calendarDay.ts";
import type { EdtfPoint } from "../../dates/edtf.ts";
import { formatPoint } from "../../dates/formatEventDate.ts";
import { yearOutsideRange } from "../../dates/yearRange.ts";
import { t } from "../../i18n/i18n.ts";
import type { MessageKey } from "../../i18n/messageKey.ts";
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

/** Each time field, its largest value, and the message saying a value is out of its range. */
const TIME_FIELDS = [
  ["hour", 23, "import.notHour"],
  ["minute", 59, "import.notMinute"],
  ["second", 59, "import.notSecond"],
  ["millisecond", 999, "import.notMillisecond"],
] as const satisfies readonly (readonly [string, number, MessageKey])[];

/** Reads one part: a whole number or a numeric string (" 5 "); absent when missing or blank. */
function readPart(name: string, value: unknown): Part {
  if (value === undefined || value === null) return { ok: true, value: null };
  if (typeof value === "number" && Number.isInteger(value)) return { ok: true, value };
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return { ok: true, value: null };
    if (/^[-+]?\d{1,15}$/.test(text)) return { ok: true, value: Number(text) };
  }
  return { ok: false, reason: t("import.notWholeNumber", { name, value: describeValue(value) }) };
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
    return {
      ok: false,
      field: "",
      reason: t("import.notDateObject", { value: describeValue(value) }),
    };
  }
  const parts: Record<string, number | null> = {};
  for (const name of ["year", "month", "day", ...TIME_FIELDS.map(([field]) => field)]) {
    const part = readPart(name, value[name]);
    if (!part.ok) return { ok: false, field: name, reason: part.reason };
    parts[name] = part.value;
  }
  const { year = null, month = null, day = null } = parts;
  if (year === null) return { ok: false, field: "year", reason: t("import.noYear") };
  // One range for every format (`YEAR_RANGE`): a year the importer keeps, the zoom can reach.
  const outside = yearOutsideRange(year);
  if (outside !== null) return { ok: false, field: "year", reason: outside };
  if (month !== null && (month < 1 || month > 12)) {
    return { ok: false, field: "month", reason: t("import.notMonth", { month: String(month) }) };
  }
  if (day !== null) {
    if (month === null) {
      return { ok: false, field: "day", reason: t("import.dayWithoutMonth", { day: String(day) }) };
    }
    const days = daysInMonth(year, month);
    if (day < 1 || day > days) {
      const monthText = formatPoint({ year, month });
      return {
        ok: false,
        field: "day",
        reason: t("import.notDayOfMonth", {
          day: String(day),
          month: monthText,
          days: String(days),
        }),
      };
    }
  }
  for (const [name, max, key] of TIME_FIELDS) {
    const part = parts[name] ?? null;
    if (part !== null && (part < 0 || part > max)) {
      return { ok: false, field: name, reason: t(key, { value: String(part) }) };
    }
  }
  const point: EdtfPoint =
    month === null ? { year } : day === null ? { year, month } : { year, month, day };
  const hasTime = TIME_FIELDS.some(([name]) => (parts[name] ?? null) !== null);
  const display = typeof value.display_date === "string" ? htmlToPlainText(value.display_date) : "";
  return { ok: true, data: { point, hasTime, displayDate: display === "" ? null : display } };
}
