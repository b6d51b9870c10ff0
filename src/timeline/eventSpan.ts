import type { EventType, TimelineEvent } from "../data/datasetSchema.ts";
import { eventGroup } from "../data/eventGroup.ts";
import { eventNote } from "../data/eventNote.ts";
import type { NoteKind } from "../data/vocabulary.ts";
import { dayNumber } from "../dates/calendarDay.ts";
import { DAY_MS, type TimeMs, type TimeWindow } from "./types.ts";

/** How an event is drawn: a point (a known day), a bar (a span of days) or not at all (undated). */
export type SpanKind = "point" | "bar" | "undated";

/** An event placed in time: the earliest and latest instants it can stand for, in UTC ms. */
export interface EventSpan {
  id: string;
  type: EventType;
  /** The lane it is drawn in: its type, or `group:<name>` for an event with its own group. */
  lane: string;
  title: string;
  kind: SpanKind;
  /** First instant of the earliest possible day; null when the start is open or unknown. */
  start: TimeMs | null;
  /** End (exclusive) of the latest possible day; null when the end is open or unknown. */
  end: TimeMs | null;
  /** The instant the event is ordered and centred on. */
  at: TimeMs | null;
  /** The kind of the event's note, shown as a badge after its title; absent without one. */
  badge?: NoteKind;
}

/** Milliseconds of a `YYYY-MM-DD` calendar day's first instant, read as UTC (never local). */
export function dayToMs(day: string): TimeMs {
  return dayNumber(day) * DAY_MS;
}

/**
 * An event's lane: its group when it has one (imported timelines), unless the group only names
 * its type ("Departure"); otherwise its type.
 */
export function laneKey(event: Pick<TimelineEvent, "type" | "group">): string {
  const group = eventGroup(event);
  return group === null ? event.type : `${GROUP_PREFIX}${group}`;
}

/** The prefix of a group lane's key; what follows is the group's name. */
export const GROUP_PREFIX = "group:";

/** Places an event in time: day precision is a point at noon UTC, other dates a bar of whole days. */
export function eventSpan(event: TimelineEvent): EventSpan {
  const { start, end } = event.date;
  return eventSpanOfDays(
    event,
    start === null ? Number.NaN : dayNumber(start),
    end === null ? Number.NaN : dayNumber(end),
  );
}

/**
 * `eventSpan` of an event whose days are already parsed (`CheckedDataset.days`: NaN where
 * open), so no date is parsed twice. A function of its own, as `eventSpan` is passed to `map`.
 */
export function eventSpanOfDays(event: TimelineEvent, startDay: number, endDay: number): EventSpan {
  const span = placeSpan(event, startDay, endDay);
  // Most events have no note: the field is left off rather than set to undefined.
  const note = eventNote(event);
  if (note !== null) span.badge = note.kind;
  return span;
}

function placeSpan(event: TimelineEvent, startDay: number, endDay: number): EventSpan {
  const { id, type, title } = event;
  const lane = laneKey(event);
  const start = event.date.start === null ? null : startDay * DAY_MS;
  const end = event.date.end === null ? null : endDay * DAY_MS + DAY_MS;
  if (start === null && end === null) {
    return { id, type, lane, title, kind: "undated", start, end, at: null };
  }
  if (event.date.precision === "day" && start !== null) {
    return { id, type, lane, title, kind: "point", start, end, at: start + DAY_MS / 2 };
  }
  return { id, type, lane, title, kind: "bar", start, end, at: start ?? end };
}

/** The time all dated spans cover, or null when none is dated. */
export function spansExtent(spans: readonly EventSpan[]): TimeWindow | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  // Plain loops: this runs over every event before the first draw.
  for (let i = 0; i < spans.length; i++) {
    const { start, end } = spans[i] as EventSpan;
    if (start !== null) {
      if (start < min) min = start;
      if (start > max) max = start;
    }
    if (end !== null) {
      if (end < min) min = end;
      if (end > max) max = end;
    }
  }
  return min <= max ? { start: min, end: max } : null;
}

/** The time a dated span covers (an open end taken at its known one); null when undated. */
export function spanWindow(span: Pick<EventSpan, "start" | "end">): TimeWindow | null {
  const start = span.start ?? span.end;
  return start === null ? null : { start, end: span.end ?? start };
}
