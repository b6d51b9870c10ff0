import { useEffect, useMemo, useState } from "react";
import type { Person, TimelineEvent } from "../data/schema.ts";
import { buildSearchIndex } from "../state/filterEvents.ts";

const EMPTY: ReadonlyMap<string, string> = new Map();

/**
 * The search index, built once per dataset: right away when a search needs it, otherwise just
 * after the first draw, so a large dataset appears without waiting for it.
 */
export function useSearchIndex(
  events: readonly TimelineEvent[],
  people: ReadonlyMap<string, Person>,
  needed: boolean,
): ReadonlyMap<string, string> {
  const [readyFor, setReadyFor] = useState<readonly TimelineEvent[] | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setReadyFor(events), 250);
    return () => clearTimeout(timer);
  }, [events]);
  const build = needed || readyFor === events;
  return useMemo(() => (build ? buildSearchIndex(events, people) : EMPTY), [build, events, people]);
}
