import { useMemo, useRef } from "react";
import type { TimelineEvent } from "../data/schema.ts";
import { matchQuery, refinesQuery } from "../state/filterEvents.ts";

interface Matched {
  events: readonly TimelineEvent[];
  index: ReadonlyMap<string, string>;
  query: string;
  matches: readonly TimelineEvent[];
}

/**
 * The events matching the search, in order. A query that refines the previous one (a letter
 * typed on) searches only the previous matches, so each keystroke costs less than the last.
 */
export function useQueryMatches(
  events: readonly TimelineEvent[],
  query: string,
  index: ReadonlyMap<string, string>,
): readonly TimelineEvent[] {
  const last = useRef<Matched | null>(null);
  return useMemo(() => {
    const previous = last.current;
    const within =
      previous?.events === events && previous.index === index && refinesQuery(query, previous.query)
        ? previous.matches
        : events;
    const matches = matchQuery(within, query, index);
    last.current = { events, index, query, matches };
    return matches;
  }, [events, query, index]);
}
