import type { EdtfPoint } from "../../dates/edtf.ts";

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/**
 * Writes a point as EDTF at its own precision: "2024", "2024-05", "2024-05-14", "-0500". A year
 * alone of more than four digits takes EDTF's letter prefix ("Y-13800000000"); EDTF has no form
 * for a month or day of such a year, so those keep the long year ("-13800000000-03").
 */
export function formatEdtfPoint({ year, month, day }: EdtfPoint): string {
  if (month === undefined && Math.abs(year) > 9999) return `Y${year}`;
  const y = `${year < 0 ? "-" : ""}${pad(Math.abs(year), 4)}`;
  if (month === undefined) return y;
  return day === undefined ? `${y}-${pad(month, 2)}` : `${y}-${pad(month, 2)}-${pad(day, 2)}`;
}
