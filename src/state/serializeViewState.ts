import { NO_GROUP } from "../data/eventGroup.ts";
import { EVENT_TYPES } from "../data/vocabulary.ts";
import { formatCalendarDay } from "../dates/calendarDay.ts";
import { DATE_CERTAINTIES } from "../dates/dateCertainty.ts";
import type { TimeMs, TimeWindow } from "../timeline/types.ts";
import type { ViewState } from "./viewState.ts";

const MINUTE_MS = 60_000;

/** Writes an instant as `2024-05-01T06:30Z`; null when its year has no four-digit form. */
function formatInstantMinute(ms: TimeMs): string | null {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return null;
  const day = formatCalendarDay({ year, month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  const hh = String(d.getUTCHours()).padStart(2, "0");
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  return `${day}T${hh}:${mm}Z`;
}

function serializeWindow(window: TimeWindow): [string, string] | null {
  if (!(Number.isFinite(window.start) && Number.isFinite(window.end))) return null;
  if (window.start >= window.end) return null;
  // Rounding outwards keeps everything that was visible in view.
  const from = formatInstantMinute(Math.floor(window.start / MINUTE_MS) * MINUTE_MS);
  const to = formatInstantMinute(Math.ceil(window.end / MINUTE_MS) * MINUTE_MS);
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
