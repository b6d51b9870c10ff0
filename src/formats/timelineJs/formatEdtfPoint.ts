import type { EdtfPoint } from "../../dates/edtf.ts";

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** Writes a point as EDTF at its own precision: "2024", "2024-05", "2024-05-14", "-0500". */
export function formatEdtfPoint({ year, month, day }: EdtfPoint): string {
  const y = `${year < 0 ? "-" : ""}${pad(Math.abs(year), 4)}`;
  if (month === undefined) return y;
  return day === undefined ? `${y}-${pad(month, 2)}` : `${y}-${pad(month, 2)}-${pad(day, 2)}`;
}
