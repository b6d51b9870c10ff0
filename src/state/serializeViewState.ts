import { NO_GROUP } from "../data/eventGroup.ts";
import { EVENT_TYPES } from "../data/vocabulary.ts";
import { dayParts, formatCalendarDay } from "../dates/calendarDay.ts";
import { DATE_CERTAINTIES } from "../dates/dateCertainty.ts";
import { yearOutsideRange } from "../dates/yearRange.ts";
import { DAY_MS, type TimeWindow } from "../timeline/types.ts";
import type { ViewState } from "./viewState.ts";

const MINUTE_MS = 60_000;
const DAY_MINUTES = DAY_MS / MINUTE_MS;

/**
 * Writes a count of minutes since 1970 as `2024-05-01T06:30Z`, by arithmetic on whole minutes,
 * so years no Date can name are written too; null outside `YEAR_RANGE`.
 */
function formatMinute(minutes: number): string | null {
  const days = Math.floor(minutes / DAY_MINUTES);
  const day = formatDay(days);
  if (day === null) return null;
  const ofDay = minutes - days * DAY_MINUTES;
  const hh = String(Math.floor(ofDay / 60)).padStart(2, "0");
  const mm = String(ofDay % 60).padStart(2, "0");
  return `${day}T${hh}:${mm}Z`;
}

/** Writes a day number as `2024-05-01`; null outside `YEAR_RANGE`. */
function formatDay(days: number): string | null {
  const parts = dayParts(days);
  return yearOutsideRange(parts.year) === null ? formatCalendarDay(parts) : null;
}

/**
 * `round` (floor or ceil) of an instant in `unit`s, where one a double cannot tell from a whole
 * unit counts as that unit: a window read from a link is written back as the same link.
 */
function whole(ms: number, unit: number, round: (x: number) => number): number {
  const units = ms / unit;
  const nearest = Math.round(units);
  return Math.abs(units - nearest) <= Math.abs(units) * 2 ** -50 ? nearest : round(units);
}

// Past this many milliseconds from 1970 (about year 287,000) a double no longer holds every
// minute, so a link names whole days there, which it still holds.
const EXACT_MS = 2 ** 53;

function serializeWindow(window: TimeWindow): [string, string] | null {
  if (!(Number.isFinite(window.start) && Number.isFinite(window.end))) return null;
  if (window.start >= window.end) return null;
  // Rounding outwards keeps everything that was visible in view.
  const byDay = Math.max(Math.abs(window.start), Math.abs(window.end)) >= EXACT_MS;
  const write = byDay
    ? (ms: number, round: (x: number) => number) => formatDay(whole(ms, DAY_MS, round))
    : (ms: number, round: (x: number) => number) => formatMinute(whole(ms, MINUTE_MS, round));
  const from = write(window.start, Math.floor);
  const to = write(window.end, Math.ceil);
  return from !== null && to !== null ? [from, to] : null;
}

/**
 * Writes the group filter as one `group` per group shown and `ungrouped=1` for the events with
 * none (group names may hold any character, commas included, so they are not joined); no group
 * shown at all is a lone empty `group`.
 */
function writeGroups(params: URLSearchParams, groups: readonly string[]): void {
  const named = groups.filter((group) => group !== NO_GROUP);
  for (const group of named) params.append("group", group);
  if (groups.includes(NO_GROUP)) params.set("ungrouped", "1");
  else if (named.length === 0) params.set("group", "");
}

/**
 * Writes a view state as a query string (`?` included) with only the values that differ from
 * the default, in a fixed order; "" when everything is default.
 */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.embed) params.set("embed", "1");
  if (state.data !== null) params.set("data", state.data);
  if (state.view !== null) params.set("view", state.view);
  if (state.event !== null) {
    params.set("event", state.event);
    if (state.reader !== null) params.set("reader", String(state.reader));
  }
  if (state.query !== "") params.set("q", state.query);
  if (state.types !== null) {
    const shown = state.types;
    params.set("types", EVENT_TYPES.filter((type) => shown.includes(type)).join(","));
  }
  if (state.person !== null) params.set("person", state.person);
  if (state.certainty) {
    const shown = state.certainty;
    params.set("dates", DATE_CERTAINTIES.filter((c) => shown.includes(c)).join(","));
  }
  if (state.corrections) params.set("corrections", "1");
  if (state.groups) writeGroups(params, state.groups);
  const bounds = state.window && serializeWindow(state.window);
  if (bounds) {
    params.set("from", bounds[0]);
    params.set("to", bounds[1]);
  }
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}
