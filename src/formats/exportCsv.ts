import Papa from "papaparse";
import type { Dataset, Excerpt, Source, TimelineEvent } from "../data/datasetSchema.ts";
import { EVENT_TYPE_LABELS } from "../data/eventTypeLabels.ts";
import { formatEventDate } from "../dates/formatEventDate.ts";
import { type ExportLosses, exportLosses } from "./exportLosses.ts";

/** The CSV's header row, in column order. */
export const CSV_COLUMNS = [
  "id",
  "date",
  "start",
  "end",
  "precision",
  "type",
  "group",
  "title",
  "summary",
  "people",
  "excerpt",
  "source publisher",
  "source title",
  "source url",
  "excerpt start",
  "excerpt end",
  "date basis",
  "source published",
] as const;

/** A cell a spreadsheet would read as a formula (OWASP's list: =, +, -, @, tab, CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A schema-valid calendar day ("2024-05-14", "-0500-01-01"): digits and hyphens only, so no
 * function call or cell reference can hide in it even when it starts with "-".
 */
const CALENDAR_DAY = /^-?\d{4,}-\d{2}-\d{2}$/;

/** Prefixes an apostrophe to a text cell that a spreadsheet would otherwise run as a formula. */
function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * A start or end day: left bare when it is a calendar day, so a negative year stays
 * "-0500-01-01" for every program that reads the file back; anything else is guarded.
 */
function guardDay(value: string | null): string {
  if (value === null) return "";
  return CALENDAR_DAY.test(value) ? value : guardFormula(value);
}

/** People's names and sources by id. */
interface Lookups {
  names: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, Source>;
}

function eventRow(
  { names, sources }: Lookups,
  event: TimelineEvent,
  excerpt: Excerpt | undefined,
): readonly string[] {
  const source = excerpt ? sources.get(excerpt.source) : undefined;
  const text = (value: string | null | undefined) => guardFormula(value ?? "");
  return [
    text(event.id),
    text(event.displayDate ?? formatEventDate(event.date.edtf, "en")),
    guardDay(event.date.start),
    guardDay(event.date.end),
    text(event.date.precision),
    text(EVENT_TYPE_LABELS[event.type]),
    text(event.group),
    text(event.title),
    text(event.summary),
    text(event.people.map((id) => names.get(id) ?? id).join("; ")),
    text(excerpt?.exact),
    text(source?.publisher),
    text(source?.title),
    text(source?.url),
    excerpt ? String(excerpt.start) : "",
    excerpt ? String(excerpt.end) : "",
    text(event.date.basis),
    text(source?.published),
  ];
}

/**
 * What a CSV file cannot carry: it keeps every event, but has no column for notes, date
 * references, an event's own text or its media, and no room for eras.
 */
export function csvLosses(dataset: Dataset, events: readonly TimelineEvent[]): ExportLosses {
  return exportLosses(dataset, events, {
    leaveOut: () => null,
    drops: ["note", "references", "body", "media"],
    keepsEras: false,
  });
}

/**
 * Writes events as RFC 4180 CSV for spreadsheets: a UTF-8 byte order mark, a header row, then
 * one row per excerpt (one row with empty excerpt columns for an event without excerpts), every
 * record ending in CRLF; papaparse quotes a field holding a comma, quote, CR or LF (or starting
 * or ending with a space), doubling its quotes. Text cells starting with =, +, -, @, tab or CR
 * get a leading apostrophe so a spreadsheet shows rather than runs them; the start and end
 * columns are exempt while they hold calendar days, so negative years ("-0500-01-01") read back
 * unchanged (a spreadsheet may show such a day as arithmetic; the human `date` column says
 * "500 BCE").
 */
export function exportCsv(dataset: Dataset, events: readonly TimelineEvent[]): string {
  const lookups: Lookups = {
    names: new Map(dataset.people.map((p) => [p.id, p.name])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
  };
  const rows: (readonly string[])[] = [CSV_COLUMNS];
  for (const event of events) {
    if (event.excerpts.length === 0) rows.push(eventRow(lookups, event, undefined));
    for (const excerpt of event.excerpts) rows.push(eventRow(lookups, event, excerpt));
  }
  // Our own guard, not papaparse's `escapeFormulae`: that one cannot spare the day columns.
  // Rows as arrays, header first: given no data, `{ fields, data }` would add an empty record.
  return `\uFEFF${Papa.unparse(rows, { newline: "\r\n" })}\r\n`;
}
