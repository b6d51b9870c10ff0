import type { TimelineEvent } from "../data/datasetSchema.ts";
import { groupKey } from "../data/eventGroup.ts";
import { eventNote } from "../data/eventNote.ts";
import { dateCertainty } from "../dates/dateCertainty.ts";
import type { EventFilters } from "./eventFilters.ts";

/** Whether an event passes the date-certainty, corrections and group filters (the facets). */
export function passesFacets(event: TimelineEvent, filters: EventFilters): boolean {
  const { certainty, corrections } = filters;
  if (corrections && eventNote(event) === null) return false;
  if (!inGroups(event, filters.groups)) return false;
  return certainty == null || certainty.includes(dateCertainty(event.date));
}

/** Whether an event is in one of `groups` (its `groupKey`); null or absent is every group. */
export function inGroups(
  event: TimelineEvent,
  groups: readonly string[] | null | undefined,
): boolean {
  return groups == null || groups.includes(groupKey(event));
}
