import type { TimelineEvent } from "../data/datasetSchema.ts";
import { groupKey } from "../data/eventGroup.ts";
import type { EventFilters } from "./eventFilters.ts";
import { passesFacets } from "./passesFacets.ts";

/**
 * Events in each group (by `groupKey`) under every filter but the group filter (the search given
 * as `matched`, see `matchQuery`), so each group's toggle says what it would show when pressed.
 * Groups with no such event are absent.
 */
export function countGroups(
  events: readonly TimelineEvent[],
  filters: EventFilters,
  matched: Uint8Array | null,
): Map<string, number> {
  const { types, person } = filters;
  const others: EventFilters = { ...filters, groups: null };
  const counts = new Map<string, number>();
  for (let i = 0; i < events.length; i++) {
    if (matched !== null && matched[i] !== 1) continue;
    const event = events[i] as TimelineEvent;
    if (types !== null && !types.includes(event.type)) continue;
    if (person !== null && !event.people.includes(person)) continue;
    if (!passesFacets(event, others)) continue;
    const key = groupKey(event);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
