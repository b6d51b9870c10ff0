import { useMemo, useRef } from "react";
import type { TimelineEvent } from "../data/datasetSchema.ts";
import type { EventType } from "../data/vocabulary.ts";
import type { EventFilters } from "./eventFilters.ts";
import { type EventMask, filterMask } from "./filterMask.ts";
import { matchQuery, refinesQuery } from "./matchQuery.ts";
import type { SearchIndex } from "./searchIndex.ts";

interface Matched {
  events: readonly TimelineEvent[];
  index: SearchIndex;
  query: string;
  matched: Uint8Array | null;
}

/** What the search and the filters leave of `events` (see `EventMask`), and what the search matched. */
export interface FilteredEvents {
  /** Which events the search matched (see `matchQuery`); null when there is no search. */
  matched: Uint8Array | null;
  mask: EventMask;
}

/**
 * The search and the filters over `events` (in time order; `index` is theirs), as one mask. A
 * query that refines the previous one (a letter typed on) tests only the previous matches, so
 * each keystroke costs less than the last. With nothing to filter, the dataset's own type
 * counts (`typeCounts`) are used, so the first draw makes no pass over the events.
 */
export function useEventMask(
  events: readonly TimelineEvent[],
  typeCounts: Readonly<Record<EventType, number>>,
  filters: EventFilters,
  index: SearchIndex,
): FilteredEvents {
  const last = useRef<Matched | null>(null);
  const { query } = filters;
  const matched = useMemo(() => {
    const previous = last.current;
    const within =
      previous?.events === events && previous.index === index && refinesQuery(query, previous.query)
        ? previous.matched
        : null;
    const next = matchQuery(index, query, within, events.length);
    last.current = { events, index, query, matched: next };
    return next;
  }, [events, query, index]);
  const mask = useMemo(
    () =>
      matched === null &&
      filters.types === null &&
      filters.person === null &&
      filters.certainty == null &&
      filters.groups == null &&
      !filters.corrections
        ? { keep: null, shown: events.length, typeCounts: { ...typeCounts } }
        : filterMask(events, filters, matched),
    [events, typeCounts, filters, matched],
  );
  return useMemo(() => ({ matched, mask }), [matched, mask]);
}
