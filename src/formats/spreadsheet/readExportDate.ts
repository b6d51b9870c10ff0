import type { EventDate } from "../../data/datasetSchema.ts";
import { PRECISIONS, type Precision } from "../../data/vocabulary.ts";
import { type DayParts, daysInMonth, parseCalendarDay } from "../../dates/calendarDay.ts";
import type { EdtfPoint } from "../../dates/edtf.ts";
import { formatEventDate } from "../../dates/formatEventDate.ts";
import { t } from "../../i18n/i18n.ts";
import { formatEdtfPoint } from "../timelineJs/formatEdtfPoint.ts";

/** The date cells of one row of Sourceline's CSV export. */
export interface ExportDateCells {
  date: string;
  start: string;
  end: string;
  precision: string;
  basis: string;
}

/** A date read, with the date as the file wrote it when it says more; or the cell that is wrong. */
export type ExportDateReading =
  | { ok: true; date: EventDate; displayDate: string | null }
  | { ok: false; cell: keyof ExportDateCells; reason: string };

const BASIS = "As given in the CSV file.";

/** The points a day may stand for as one side of a range, finest first ("2024-05-01" → day, month). */
function pointsOf({ year, month, day }: DayParts, side: "start" | "end"): EdtfPoint[] {
  const points: EdtfPoint[] = [{ year, month, day }];
  const edgeDay = side === "start" ? 1 : daysInMonth(year, month);
  if (day !== edgeDay) return points;
  points.push({ year, month });
  if (month === (side === "start" ? 1 : 12)) points.push({ year });
  return points;
}

/**
 * The EDTF of a range from its first and last days (either open): of every precision the days
 * allow, the one the `date` column writes ("Nov 2023 – May 2024" is months), else the coarsest.
 */
function rangeEdtf(start: DayParts | null, end: DayParts | null, written: string): string {
  const starts = start ? pointsOf(start, "start").map(formatEdtfPoint) : [".."];
  const ends = end ? pointsOf(end, "end").map(formatEdtfPoint) : [".."];
  const candidates = starts.flatMap((s) => ends.map((e) => `${s}/${e}`));
  return (
    candidates.find((edtf) => formatEventDate(edtf, "en") === written) ??
    (candidates.at(-1) as string)
  );
}

/**
 * Reads the date of a row of Sourceline's CSV export back into an event's date: its precision
 * and first and last days say it all but how a range's ends were known, which the human `date`
 * column settles; that column is kept as the display date when it says something else (an
 * imported event's own wording).
 */
export function readExportDate(cells: ExportDateCells): ExportDateReading {
  const precision = cells.precision.toLowerCase() as Precision;
  if (!PRECISIONS.includes(precision)) {
    return {
      ok: false,
      cell: "precision",
      reason: t("import.notPrecision", {
        value: cells.precision,
        precisions: PRECISIONS.join(", "),
      }),
    };
  }
  const days: Record<"start" | "end", DayParts | null> = { start: null, end: null };
  for (const side of ["start", "end"] as const) {
    if (cells[side] === "") continue;
    days[side] = parseCalendarDay(cells[side]);
    if (days[side] === null) {
      return {
        ok: false,
        cell: side,
        reason: t("import.notCalendarDay", { value: cells[side] }),
      };
    }
  }
  let edtf: string | null = null;
  if (precision === "range") {
    if (!days.start && !days.end) {
      return {
        ok: false,
        cell: "start",
        reason: t("import.rangeWithoutDays"),
      };
    }
    edtf = rangeEdtf(days.start, days.end, cells.date);
  } else if (precision !== "unknown") {
    const start = days.start;
    if (!start) {
      return {
        ok: false,
        cell: "start",
        reason: t("import.noStartDay", { precision }),
      };
    }
    const { year, month, day } = start;
    edtf = formatEdtfPoint(
      precision === "year"
        ? { year }
        : precision === "month"
          ? { year, month }
          : { year, month, day },
    );
  }
  const date: EventDate = {
    edtf,
    start: edtf === null ? null : cells.start || null,
    end: edtf === null ? null : cells.end || (precision === "day" ? cells.start : null),
    precision,
    basis: cells.basis || BASIS,
    references: [],
  };
  const shown = cells.date !== "" && cells.date !== formatEventDate(edtf, "en") ? cells.date : null;
  return { ok: true, date, displayDate: shown };
}
