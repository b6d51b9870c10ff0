import type { TimelineEvent } from "../data/datasetSchema.ts";
import { eventNote } from "../data/eventNote.ts";
import { dateCertainty } from "../dates/dateCertainty.ts";
import type { EventFilters } from "./eventFilters.ts";

/** Whether an event passes the date-certainty and corrections filters (the facets). */
export function passesFacets(event: TimelineEvent, filters: EventFilters): boolean {
  const { certainty, corrections } = filters;
  if (corrections && eventNote(event) === null) return false;
  return certainty == null || certainty.includes(dateCertainty(event.date));
}
