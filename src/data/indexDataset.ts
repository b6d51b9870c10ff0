import { dayNumber } from "../dates/calendarDay.ts";
import { sortedOrder } from "./compareEvents.ts";
import type { Dataset, Person, Source, TimelineEvent } from "./datasetSchema.ts";
import type { LoadProblem } from "./loadProblem.ts";
import type { DatasetFormat, LoadedDataset } from "./readDatasetJson.ts";
import { typeTally } from "./typeTally.ts";
import { EVENT_TYPES, type EventType } from "./vocabulary.ts";

/** Something looked up by event id. */
export interface ByEventId<T> {
  get(id: string): T | undefined;
}

/**
 * A loaded dataset as every view reads it, built once per load: its events in time order with
 * their day numbers, lookups by id, the types that occur, and what loading left out.
 */
export interface IndexedDataset {
  dataset: Dataset;
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
  problems: readonly LoadProblem[];
  format: DatasetFormat;
  /** The events in time order (`compareEvents`). */
  ordered: readonly TimelineEvent[];
  /**
   * The day numbers of `ordered[k]`'s first and last possible days at `days[2k]` and
   * `days[2k + 1]`; NaN where the date is open on that side.
   */
  days: Float64Array;
  /** Where an event stands in `ordered`, by id. */
  positionOf(id: string): number | undefined;
  eventById: ByEventId<TimelineEvent>;
  /** The types that occur, each once, in the vocabulary's order. */
  types: ReadonlySet<EventType>;
  /** How many events there are of each type (every type a key). */
  typeCounts: Readonly<Record<EventType, number>>;
}

/** Each event's first and last day numbers (NaN when open), parsed here when not handed over. */
function eventDays(events: readonly TimelineEvent[]): Float64Array {
  const days = new Float64Array(events.length * 2);
  for (let i = 0; i < events.length; i++) {
    const { start, end } = (events[i] as TimelineEvent).date;
    days[2 * i] = start === null ? Number.NaN : dayNumber(start);
    days[2 * i + 1] = end === null ? Number.NaN : dayNumber(end);
  }
  return days;
}

/**
 * Indexes a loaded dataset (ids must be unique, as the loader ensures). Dates are parsed once,
 * by the loader's checks; the order reuses their day numbers. The map from id to position is
 * made at the first lookup (a selection, a key press), not for the first draw.
 */
export function indexDataset({
  dataset,
  problems,
  format,
  days: given,
}: LoadedDataset): IndexedDataset {
  const { events } = dataset;
  const fileDays = given && given.length === events.length * 2 ? given : eventDays(events);
  const order = sortedOrder(events, (i) => {
    const start = fileDays[2 * i] as number;
    if (!Number.isNaN(start)) return start;
    const end = fileDays[2 * i + 1] as number;
    return Number.isNaN(end) ? null : end;
  });
  const ordered: TimelineEvent[] = new Array(order.length);
  const days = new Float64Array(order.length * 2);
  const tally = typeTally();
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const event = events[i] as TimelineEvent;
    ordered[k] = event;
    days[2 * k] = fileDays[2 * i] as number;
    days[2 * k + 1] = fileDays[2 * i + 1] as number;
    tally.add(event.type);
  }
  let position: Map<string, number> | null = null;
  const positionOf = (id: string) => {
    if (position === null) {
      position = new Map();
      for (let k = 0; k < ordered.length; k++) position.set((ordered[k] as TimelineEvent).id, k);
    }
    return position.get(id);
  };
  const typeCounts = tally.counts();
  return {
    dataset,
    problems,
    format,
    people: new Map(dataset.people.map((p) => [p.id, p])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    ordered,
    days,
    positionOf,
    eventById: {
      get: (id) => {
        const k = positionOf(id);
        return k === undefined ? undefined : ordered[k];
      },
    },
    types: new Set(EVENT_TYPES.filter((type) => typeCounts[type] > 0)),
    typeCounts,
  };
}
