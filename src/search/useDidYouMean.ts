import { useMemo } from "react";
import type { Person, TimelineEvent } from "../data/datasetSchema.ts";
import { didYouMean } from "./didYouMean.ts";
import type { SearchIndex } from "./searchIndex.ts";
import { searchVocabulary } from "./searchVocabulary.ts";

/**
 * A correction of the search from the dataset's own words, offered when the search finds
 * nothing (see `didYouMean`); null otherwise. The vocabulary is built once, when first needed.
 */
export function useDidYouMean(
  events: readonly TimelineEvent[],
  people: ReadonlyMap<string, Person>,
  query: string,
  index: SearchIndex,
  nothingFound: boolean,
): string | null {
  const wanted = nothingFound && query.trim() !== "";
  const vocabulary = useMemo(
    () => (wanted ? searchVocabulary(events, people) : null),
    [wanted, events, people],
  );
  return useMemo(
    () =>
      vocabulary && didYouMean(query, vocabulary, (word) => index.some((t) => t.includes(word))),
    [vocabulary, query, index],
  );
}
