import { EVENT_TYPES } from "../data/vocabulary.ts";
import { DATE_CERTAINTIES } from "../dates/dateCertainty.ts";
import type { EventFilters } from "./eventFilters.ts";
import { searchWords } from "./foldForSearch.ts";

/** Whether any filter hides something: a "clear filters" control is worth showing. */
export function hasActiveFilters(filters: EventFilters): boolean {
  const { types, certainty } = filters;
  const typesHide = types !== null && EVENT_TYPES.some((type) => !types.includes(type));
  const certaintyHides = certainty != null && DATE_CERTAINTIES.some((c) => !certainty.includes(c));
  return (
    typesHide ||
    certaintyHides ||
    filters.corrections === true ||
    filters.person !== null ||
    filters.groups != null ||
    searchWords(filters.query).length > 0
  );
}
