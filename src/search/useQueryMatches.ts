import { useMemo, useRef } from "react";
import type { TimelineEvent } from "../data/schema.ts";
import { matchPositions, refinesQuery, type SearchIndex } from "./filterEvents.ts";

interface Matched {
  events: readonly TimelineEvent[];
  index: SearchIndex;
  query: string;
  /** Positions in `events`; null for all of them. */
  positions: number[] | null;
}

/**
 * The events matching the search, in order (`events` itself for an empty query); `index` is
 * that of `events`. A query that refines the previous one (a letter typed on) searches only the
 * previous matches, so each keystroke costs less than the last.
 */
export function useQueryMatches(
  events: readonly TimelineEvent[],
  query: string,
  index: SearchIndex,
): readonly TimelineEvent[] {
  const last = useRef<Matched | null>(null);
  return useMemo(() => {
    const previous = last.current;
    const within =
      previous?.events === events && previous.index === index && refinesQuery(query, previous.query)
        ? previous.positions
        : null;
    const positions = matchPositions(index, query, within);
    last.current = { events, index, query, positions };
    return positions === null ? events : positions.map((p) => events[p] as TimelineEvent);
  }, [events, query, index]);
}
