import { useEffect, useMemo, useState } from "react";
import type { Person, TimelineEvent } from "../data/schema.ts";
import { buildSearchIndex } from "../state/filterEvents.ts";

const EMPTY: ReadonlyMap<string, string> = new Map();
/** Events indexed per slice of background work: small enough never to make a long task. */
const SLICE = 4000;

/**
 * The search index, built once per dataset in small slices after the first draw (so a large
 * dataset appears without waiting for it and the page never stalls); at once if a search needs
 * it before then.
 */
export function useSearchIndex(
  events: readonly TimelineEvent[],
  people: ReadonlyMap<string, Person>,
  needed: boolean,
): ReadonlyMap<string, string> {
  const [built, setBuilt] = useState<{
    events: readonly TimelineEvent[];
    index: Map<string, string>;
  } | null>(null);
  useEffect(() => {
    const index = new Map<string, string>();
    let next = 0;
    let timer: ReturnType<typeof setTimeout>;
    const step = () => {
      const end = Math.min(next + SLICE, events.length);
      for (const [id, text] of buildSearchIndex(events.slice(next, end), people))
        index.set(id, text);
      next = end;
      if (end < events.length) timer = setTimeout(step, 0);
      else setBuilt({ events, index });
    };
    timer = setTimeout(step, 200);
    return () => clearTimeout(timer);
  }, [events, people]);
  return useMemo(() => {
    if (built?.events === events) return built.index;
    return needed ? buildSearchIndex(events, people) : EMPTY;
  }, [built, events, people, needed]);
}
