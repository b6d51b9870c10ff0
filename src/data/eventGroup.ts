import type { TimelineEvent } from "./datasetSchema.ts";
import { EVENT_TYPE_LABELS } from "./eventTypeLabels.ts";

/**
 * The group an event belongs to (imported timelines), trimmed; null without one, or when the
 * group only names the event's type ("Departure"), as a timeline exported by Sourceline writes
 * it: that is no group of its own, and its lane, chip and label are the type's.
 */
export function eventGroup(event: Pick<TimelineEvent, "type" | "group">): string | null {
  const group = event.group?.trim();
  if (!group) return null;
  const name = group.toLowerCase();
  if (name === event.type || name === EVENT_TYPE_LABELS[event.type].toLowerCase()) return null;
  return group;
}

/** The group key of events with no group of their own, for the "No group" toggle. */
export const NO_GROUP = "";

/** The key an event is filtered by: its group (see `eventGroup`), or `NO_GROUP`. */
export function groupKey(event: Pick<TimelineEvent, "type" | "group">): string {
  return eventGroup(event) ?? NO_GROUP;
}
