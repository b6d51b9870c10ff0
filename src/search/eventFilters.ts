import type { EventType } from "../data/vocabulary.ts";
import type { DateCertainty } from "../dates/dateCertainty.ts";

/**
 * What narrows the events shown: types (null = all, [] = none), a person, search text, how
 * certain the date is (null or absent = any), whether only events with a note are shown and
 * which groups (`groupKey`s; null or absent = all, [] = none).
 */
export interface EventFilters {
  types: EventType[] | null;
  person: string | null;
  query: string;
  certainty?: readonly DateCertainty[] | null;
  corrections?: boolean;
  groups?: readonly string[] | null;
}
