import { sortedOrder } from "../data/compareEvents.ts";
import type { EventType, TimelineEvent } from "../data/schema.ts";
import { typeTally } from "../data/typeTally.ts";
import { EVENT_TYPES } from "../data/vocabulary.ts";
import { type EventSpan, eventSpan, spansExtent } from "./eventSpan.ts";
import { DAY_MS, type TimeWindow } from "./types.ts";

/** Something looked up by event id. */
export interface ByEventId<T> {
  get(id: string): T | undefined;
}

/** A dataset's events ready for the views: in time order, placed in time, found by id. */
export interface EventIndex {
  ordered: readonly TimelineEvent[];
  /** The spans of `ordered`, in its order. */
  orderedSpans: readonly EventSpan[];
  /** The spans of `events` (found by id), at once for `ordered` itself. */
  spansOf(events: readonly TimelineEvent[]): readonly EventSpan[];
  /**
   * Which places of `ordered` the events of `list` hold, when `list` keeps some of them in
   * their order (as every filter's result does); null when it does not.
   */
  keepOf(list: readonly TimelineEvent[]): Uint8Array | null;
  /** The types that occur, each once. */
  types: ReadonlySet<TimelineEvent["type"]>;
  /** How many events there are of each type (every type a key). */
  typeCounts: Readonly<Record<EventType, number>>;
  eventById: ByEventId<TimelineEvent>;
  spanById: ByEventId<EventSpan>;
  /** The time every dated event covers; null when none is dated. */
  extent: TimeWindow | null;
}

/**
 * Builds the index once per dataset (ids must be unique, as the loader ensures). One map from id
 * to position serves both lookups, made at the first of them, and the order reuses the spans'
 * day numbers: on 100,000 events each map or date parse saved is tens of milliseconds of the
 * first draw.
 */
export function indexEvents(events: readonly TimelineEvent[]): EventIndex {
  const spans: EventSpan[] = new Array(events.length);
  // Types counted here, in file order (the events lie in memory in that order).
  const tally = typeTally();
  for (let i = 0; i < events.length; i++) {
    const span = eventSpan(events[i] as TimelineEvent);
    spans[i] = span;
    tally.add(span.type);
  }
  // Built at the first lookup (a selection, a key press), not for the first draw.
  let position: Map<string, number> | null = null;
  const positionOf = (id: string) => {
    if (position === null) {
      position = new Map();
      for (let i = 0; i < events.length; i++) position.set((events[i] as TimelineEvent).id, i);
    }
    return position.get(id);
  };
  const order = sortedOrder(events, (i) => {
    const { start, end } = spans[i] as EventSpan;
    if (start !== null) return start / DAY_MS;
    return end === null ? null : end / DAY_MS - 1;
  });
  const ordered: TimelineEvent[] = new Array(order.length);
  const orderedSpans: EventSpan[] = new Array(order.length);
  const typeCounts = tally.counts();
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    ordered[k] = events[i] as TimelineEvent;
    orderedSpans[k] = spans[i] as EventSpan;
  }
  const at = <T>(list: readonly T[]): ByEventId<T> => ({
    get: (id) => {
      const i = positionOf(id);
      return i === undefined ? undefined : list[i];
    },
  });
  const spanById = at(spans);
  const walk = (list: readonly TimelineEvent[]) => {
    // One walk along both lists: a filter's result is a subsequence of the whole.
    const keep = new Uint8Array(ordered.length);
    let k = 0;
    for (const event of list) {
      while (k < ordered.length && ordered[k] !== event) k++;
      if (k === ordered.length) return null;
      keep[k++] = 1;
    }
    return keep;
  };
  // The views ask twice for each filter's result (its spans, then its lanes): walk once.
  let last: { list: readonly TimelineEvent[]; keep: Uint8Array | null } | null = null;
  const keepOf = (list: readonly TimelineEvent[]) => {
    if (last?.list !== list) last = { list, keep: walk(list) };
    return last.keep;
  };
  return {
    ordered,
    orderedSpans,
    spansOf: (list) => {
      if (list === ordered) return orderedSpans;
      const keep = keepOf(list);
      if (!keep) return list.map((e) => spanById.get(e.id) ?? eventSpan(e));
      const out: EventSpan[] = [];
      for (let k = 0; k < keep.length; k++)
        if (keep[k] === 1) out.push(orderedSpans[k] as EventSpan);
      return out;
    },
    keepOf,
    types: new Set(EVENT_TYPES.filter((type) => typeCounts[type] > 0)),
    typeCounts,
    eventById: at(events),
    spanById,
    extent: spansExtent(spans),
  };
}
