import { EVENT_TYPES, type EventType, ID_PATTERN } from "../data/vocabulary.ts";
import { daysInMonth } from "../dates/calendarDay.ts";
import { DATE_CERTAINTIES, type DateCertainty } from "../dates/dateCertainty.ts";
import type { TimeMs, TimeWindow } from "../timeline/types.ts";
import { VIEW_MODES, type ViewMode, type ViewState } from "./viewState.ts";

const MINUTE_MS = 60_000;

// A calendar day, optionally with a time to the minute, second or millisecond and a UTC offset.
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}))?$/;

function utcMs(year: number, month: number, day: number, hour: number, minute: number): TimeMs {
  // Date.UTC reads years 0–99 as 1900–1999; setting the year afterwards avoids that.
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute));
  date.setUTCFullYear(year);
  return date.getTime();
}

function parseOffsetMinutes(offset: string): number | null {
  if (offset === "Z") return 0;
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(4, 6));
  if (hours > 23 || minutes > 59) return null;
  return (offset.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
}

/** Parses `2024-05-01`, `2024-05-01T06:30Z` or a full ISO instant; null if malformed. */
function parseInstant(text: string): TimeMs | null {
  const match = INSTANT.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const hour = Number(match[4] ?? 0);
  const minute = Number(match[5] ?? 0);
  const second = Number(match[6] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offset = parseOffsetMinutes(match[8] ?? "Z");
  if (offset === null) return null;
  // Digits past the millisecond are dropped: windows never need them.
  const ms = Number((match[7] ?? "").slice(0, 3).padEnd(3, "0"));
  return utcMs(year, month, day, hour, minute) + second * 1000 + ms - offset * MINUTE_MS;
}

const isId = (value: string | null): value is string => value !== null && ID_PATTERN.test(value);

function parseView(value: string | null): ViewMode | null {
  return VIEW_MODES.find((mode) => mode === value) ?? null;
}

function parseReader(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const index = Number(value);
  return Number.isSafeInteger(index) ? index : null;
}

function parseTypes(value: string | null): EventType[] | null {
  if (value === null) return null;
  const listed = new Set(value.split(","));
  return EVENT_TYPES.filter((type) => listed.has(type));
}

function parseCertainty(value: string | null): DateCertainty[] | null {
  if (value === null) return null;
  const listed = new Set(value.split(","));
  return DATE_CERTAINTIES.filter((certainty) => listed.has(certainty));
}

function parseWindow(from: string | null, to: string | null): TimeWindow | null {
  if (from === null || to === null) return null;
  const start = parseInstant(from);
  const end = parseInstant(to);
  return start !== null && end !== null && start < end ? { start, end } : null;
}

/**
 * Reads a view state from a query string, tolerantly: a malformed or unknown value falls back
 * to its default, so an old or hand-edited link still opens.
 */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const event = params.get("event");
  const person = params.get("person");
  return {
    data: params.get("data") || null,
    view: parseView(params.get("view")),
    event: isId(event) ? event : null,
    // An excerpt index means nothing without the event it belongs to.
    reader: isId(event) ? parseReader(params.get("reader")) : null,
    query: params.get("q") ?? "",
    types: parseTypes(params.get("types")),
    person: isId(person) ? person : null,
    certainty: parseCertainty(params.get("dates")),
    corrections: params.get("corrections") === "1",
    window: parseWindow(params.get("from"), params.get("to")),
    embed: params.get("embed") === "1",
  };
}
