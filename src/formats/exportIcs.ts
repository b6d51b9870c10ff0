// Kept over ical.js: it folds to 76 octets, writes year 999 as "999-03-05", leaves CR unescaped.
import type { Dataset, Source, TimelineEvent } from "../data/datasetSchema.ts";
import { addDays, type DayParts, parseCalendarDay } from "../dates/calendarDay.ts";
import { formatEventDate } from "../dates/formatEventDate.ts";
import { type ExportLosses, exportLosses } from "./exportLosses.ts";

/** Options of `exportIcs`; `now` pins DTSTAMP (tests, reproducible files). */
export interface IcsOptions {
  now?: Date;
}

const MAX_OCTETS = 75;

/** A control character a TEXT value cannot hold (all but tab; line breaks are escaped first). */
const isForbiddenControl = (char: string) => {
  const code = char.charCodeAt(0);
  return (code < 0x20 && char !== "\t") || code === 0x7f;
};

/** Escapes a TEXT value (RFC 5545 §3.3.11), dropping control characters it cannot hold. */
export function escapeIcsText(value: string): string {
  const escaped = value
    .replace(/\r\n?/g, "\n")
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replaceAll("\n", "\\n");
  return [...escaped].filter((char) => !isForbiddenControl(char)).join("");
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line (RFC 5545 §3.1): no physical line longer than 75 octets of UTF-8, each
 * continuation starting with a space, never splitting a character's bytes.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join("\r\n");
}

/** A DATE value, `YYYYMMDD`, or null for a year iCalendar cannot write (before 1, after 9999). */
function icsDate({ year, month, day }: DayParts): string | null {
  if (year < 1 || year > 9999) return null;
  return `${String(year).padStart(4, "0")}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}`;
}

/**
 * The all-day span of an event as DTSTART and exclusive DTEND: first to last day; an open start
 * or end keeps only the known day. Null when undated or outside the years 1–9999.
 */
function eventSpan(event: TimelineEvent): { start: string; end: string } | null {
  const first = parseCalendarDay(event.date.start ?? event.date.end ?? "");
  const last = parseCalendarDay(event.date.end ?? event.date.start ?? "");
  if (first === null || last === null) return null;
  const start = icsDate(first);
  const end = icsDate(addDays(last, 1));
  return start === null || end === null ? null : { start, end };
}

/**
 * What an iCalendar file cannot carry: events without a date (or outside the years a DATE
 * holds), and of the rest everything but title, days, summary and excerpts with their sources.
 */
export function icsLosses(dataset: Dataset, events: readonly TimelineEvent[]): ExportLosses {
  return exportLosses(dataset, events, {
    leaveOut: (event) =>
      eventSpan(event) !== null
        ? null
        : event.date.start === null && event.date.end === null
          ? "without a date"
          : "dated outside the years 1–9999",
    drops: ["note", "people", "basis", "references", "body", "media", "excerptPlaces", "type"],
    keepsEras: false,
  });
}

function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

function description(event: TimelineEvent, sources: ReadonlyMap<string, Source>): string {
  const date = formatEventDate(event.date.edtf, "en");
  const shown =
    event.displayDate !== undefined && event.displayDate !== date
      ? `${date} (${event.displayDate})`
      : date;
  const quotes = event.excerpts.map((excerpt) => {
    const source = sources.get(excerpt.source);
    const cite = source ? [source.publisher, source.title, source.url].filter(Boolean) : [];
    return cite.length > 0 ? `“${excerpt.exact}” — ${cite.join(", ")}` : `“${excerpt.exact}”`;
  });
  return [shown, event.summary, ...quotes].filter((part) => part !== "").join("\n\n");
}

function eventLines(
  event: TimelineEvent,
  span: { start: string; end: string },
  stamp: string,
  sources: ReadonlyMap<string, Source>,
): string[] {
  const url = event.excerpts.map((x) => sources.get(x.source)?.url).find(Boolean);
  return [
    "BEGIN:VEVENT",
    `UID:${event.id}@sourceline`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${span.start}`,
    `DTEND;VALUE=DATE:${span.end}`,
    `SUMMARY:${escapeIcsText(event.title)}`,
    `DESCRIPTION:${escapeIcsText(description(event, sources))}`,
    ...(url ? [`URL:${url}`] : []),
    "END:VEVENT",
  ];
}

/**
 * Writes events as an RFC 5545 calendar of all-day events (DTEND exclusive): a day is one day,
 * a month, year or range runs from its first to its last day, and an open-ended range keeps only
 * its known day, which the description qualifies ("on or before 18 May 2024"). Undated events
 * and events outside the years 1–9999 (which a DATE cannot hold) are left out; with none left
 * the calendar has no VEVENT. Text is escaped, lines are folded at 75 octets and end in CRLF.
 */
export function exportIcs(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  options: IcsOptions = {},
): string {
  const stamp = utcStamp(options.now ?? new Date());
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const vevents = events.flatMap((event) => {
    const span = eventSpan(event);
    return span ? eventLines(event, span, stamp, sources) : [];
  });
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Sourceline//Timeline export//EN",
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escapeIcsText(dataset.title)}`,
    ...vevents,
    "END:VCALENDAR",
  ];
  return lines.map((line) => `${foldIcsLine(line)}\r\n`).join("");
}
