import type { TimelineEvent } from "../data/datasetSchema.ts";
import { typeTally } from "../data/typeTally.ts";
import type { EventType } from "../data/vocabulary.ts";
import type { EventFilters } from "./eventFilters.ts";
import { passesFacets } from "./passesFacets.ts";

/**
 * What the filters and the search leave of a list of events, read by position: both views draw
 * from the list itself and this mask, so filtering looks no event up by id.
 */
export interface EventMask {
  /** `keep[i]` is 1 when the i-th event is shown; null when every event is. */
  keep: Uint8Array | null;
  /** How many events are shown. */
  shown: number;
  /** Events of each type under every filter but the type filter (every type a key). */
  typeCounts: Record<EventType, number>;
}

/**
 * The mask of `events` under `filters`, given which of them the search matched (`matched`, from
 * `matchQuery`; null when there is no search, as `filters.query` is not read here). One pass.
 */
export function filterMask(
  events: readonly TimelineEvent[],
  filters: EventFilters,
  matched: Uint8Array | null,
): EventMask {
  const { types, person } = filters;
  const keep = new Uint8Array(events.length);
  const tally = typeTally();
  let shown = 0;
  // The hot loop of every keystroke on a large dataset: plain loops, no allocation per event.
  for (let i = 0; i < events.length; i++) {
    if (matched !== null && matched[i] !== 1) continue;
    const event = events[i] as TimelineEvent;
    if (!passesFacets(event, filters)) continue;
    if (person !== null && !event.people.includes(person)) continue;
    tally.add(event.type);
    if (types !== null && !types.includes(event.type)) continue;
    keep[i] = 1;
    shown += 1;
  }
  return {
    keep: shown === events.length ? null : keep,
    shown,
    typeCounts: tally.counts(),
  };
}

/**
 * The events a mask keeps, in their order: `events` itself when it keeps every one, so nothing
 * downstream redoes its work.
 */
export function keptEvents(
  events: readonly TimelineEvent[],
  keep: Uint8Array | null,
): readonly TimelineEvent[] {
  if (keep === null) return events;
  const out: TimelineEvent[] = [];
  for (let i = 0; i < events.length; i++) if (keep[i] === 1) out.push(events[i] as TimelineEvent);
  return out;
}
