import type { Person, TimelineEvent } from "../data/datasetSchema.ts";
import { foldLetters } from "./foldForSearch.ts";
import { bodyText } from "./searchIndex.ts";

/**
 * The dataset's own words a misspelling can be corrected to: folded word → the word as the
 * dataset writes it and how often it does.
 */
export type SearchVocabulary = ReadonlyMap<string, { word: string; count: number }>;

// A word: letters and digits, with an inner apostrophe ("OpenAI's").
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** Shorter words are too many and too alike to suggest. */
const MIN_LENGTH = 3;

/**
 * The words of the events' titles and summaries, of imported events' groups, own text and media
 * captions and credits, and of the people's names.
 */
export function searchVocabulary(
  events: readonly TimelineEvent[],
  people: ReadonlyMap<string, Person>,
): SearchVocabulary {
  const words = new Map<string, { word: string; count: number }>();
  const add = (text: string) => {
    for (const [word] of text.matchAll(WORD)) {
      if (word.length < MIN_LENGTH) continue;
      const key = foldLetters(word);
      const known = words.get(key);
      if (known) known.count += 1;
      else words.set(key, { word, count: 1 });
    }
  };
  for (const event of events) {
    add(event.title);
    add(event.summary);
    if (event.group) add(event.group);
    if (event.body) add(bodyText(event.body));
    if (event.media?.caption) add(event.media.caption);
    if (event.media?.credit) add(event.media.credit);
  }
  for (const person of people.values()) add(person.name);
  return words;
}
