import type { TimelineEvent } from "../data/datasetSchema.ts";
import type { EventFilters } from "./eventFilters.ts";
import { passesFacets } from "./passesFacets.ts";

/**
 * Events naming each person under every filter but the person filter (the search given as
 * `matched`, see `matchQuery`), so each choice can say how many it would show. People named by
 * no such event are absent.
 */
export function countPeople(
  events: readonly TimelineEvent[],
  filters: EventFilters,
  matched: Uint8Array | null,
): Map<string, number> {
  const { types } = filters;
  const counts = new Map<string, number>();
  for (let i = 0; i < events.length; i++) {
    if (matched !== null && matched[i] !== 1) continue;
    const event = events[i] as TimelineEvent;
    if (types !== null && !types.includes(event.type)) continue;
    if (!passesFacets(event, filters)) continue;
    const named = event.people;
    for (let k = 0; k < named.length; k++) {
      const id = named[k] as string;
      // A person listed twice on one event is still one event.
      if (k === 0 || named.indexOf(id) === k) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}
