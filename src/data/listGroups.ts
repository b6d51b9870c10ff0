import type { TimelineEvent } from "./datasetSchema.ts";
import { eventGroup, NO_GROUP } from "./eventGroup.ts";

/**
 * The groups of a timeline's events (see `eventGroup`), in the order they first appear (the
 * order of their lanes), then `NO_GROUP` when some events have none: one toggle each. Empty
 * when no event has a group, so a timeline without groups shows no group toggles at all.
 */
export function listGroups(events: readonly TimelineEvent[]): string[] {
  const seen = new Set<string>();
  let ungrouped = false;
  for (const event of events) {
    const group = eventGroup(event);
    if (group === null) ungrouped = true;
    else seen.add(group);
  }
  if (seen.size === 0) return [];
  return ungrouped ? [...seen, NO_GROUP] : [...seen];
}
