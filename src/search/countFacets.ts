import type { TimelineEvent } from "../data/datasetSchema.ts";
import { eventNote } from "../data/eventNote.ts";
import { DATE_CERTAINTIES, type DateCertainty, dateCertainty } from "../dates/dateCertainty.ts";
import type { EventFilters } from "./eventFilters.ts";
import { inGroups } from "./passesFacets.ts";

/** How many events each facet toggle would show (see `countFacets`). */
export interface FacetCounts {
  /** Events of each certainty under every other filter (every certainty a key). */
  certainty: Record<DateCertainty, number>;
  /** Events with a note under every other filter: what "Corrections (n)" would show. */
  corrections: number;
}

/**
 * Counts for the facet toggles over the events the search matched (`matched`, see `matchQuery`;
 * null for all): each under the type, person and group filters and the other facet but not its own,
 * so a toggle says what it would show when pressed.
 */
export function countFacets(
  events: readonly TimelineEvent[],
  filters: EventFilters,
  matched: Uint8Array | null = null,
): FacetCounts {
  const { types, person, certainty, corrections, groups } = filters;
  const counts = Object.fromEntries(DATE_CERTAINTIES.map((c) => [c, 0])) as Record<
    DateCertainty,
    number
  >;
  let noted = 0;
  for (let i = 0; i < events.length; i++) {
    if (matched !== null && matched[i] !== 1) continue;
    const event = events[i] as TimelineEvent;
    if (types !== null && !types.includes(event.type)) continue;
    if (person !== null && !event.people.includes(person)) continue;
    if (!inGroups(event, groups)) continue;
    const kind = dateCertainty(event.date);
    const hasNote = eventNote(event) !== null;
    if (!corrections || hasNote) counts[kind] += 1;
    if (hasNote && (certainty == null || certainty.includes(kind))) noted += 1;
  }
  return { certainty: counts, corrections: noted };
}
