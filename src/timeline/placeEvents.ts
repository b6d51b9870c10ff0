import type { TimelineEvent } from "../data/datasetSchema.ts";
import type { ByEventId, IndexedDataset } from "../data/indexDataset.ts";
import { type EventSpan, eventSpanOfDays, spansExtent } from "./eventSpan.ts";
import type { TimeWindow } from "./types.ts";

/** A dataset's events placed in time for the timeline, in the index's order. */
export interface PlacedEvents {
  ordered: readonly TimelineEvent[];
  /** The spans of `ordered`, in its order. */
  orderedSpans: readonly EventSpan[];
  eventById: ByEventId<TimelineEvent>;
  spanById: ByEventId<EventSpan>;
  /** The time every dated event covers; null when none is dated. */
  extent: TimeWindow | null;
}

/** Places every event of an indexed dataset in time, once per dataset, from its parsed days. */
export function placeEvents(
  data: Pick<IndexedDataset, "ordered" | "days" | "positionOf" | "eventById">,
): PlacedEvents {
  const { ordered, positionOf, days } = data;
  const orderedSpans: EventSpan[] = new Array(ordered.length);
  for (let k = 0; k < ordered.length; k++) {
    const event = ordered[k] as TimelineEvent;
    orderedSpans[k] = eventSpanOfDays(event, days[2 * k] as number, days[2 * k + 1] as number);
  }
  return {
    ordered,
    orderedSpans,
    eventById: data.eventById,
    spanById: {
      get: (id) => {
        const k = positionOf(id);
        return k === undefined ? undefined : orderedSpans[k];
      },
    },
    extent: spansExtent(orderedSpans),
  };
}
