import type { Person, Source, TextRun, TimelineEvent } from "../data/datasetSchema.ts";
import { eventNote } from "../data/eventNote.ts";
import { foldLetters } from "./foldForSearch.ts";

/** No sources to look up: a search then skips the references' names. */
const NO_SOURCES: ReadonlyMap<string, Source> = new Map();

/**
 * The text a search looks in for an event, folded: its title, summary, note, every excerpt, the
 * names of its people, how its date is known and the publisher and title of each report that
 * fixes it (so "TechCrunch" finds what TechCrunch dated); for an imported event also its group,
 * the whole of its own text (`body`) and its media's caption and credit. Parts are joined by a space, which no
 * query word contains, so no word spans two parts; white space is not collapsed, as it cannot
 * change a word's match. Each part is read up to `SEARCH_TEXT_LIMIT` characters.
 */
export function searchText(
  event: TimelineEvent,
  people: ReadonlyMap<string, Person>,
  sources: ReadonlyMap<string, Source> = NO_SOURCES,
): string {
  let text = `${head(event.title)} ${head(event.summary)}`;
  const note = eventNote(event);
  if (note) text += ` ${head(note.text)}`;
  for (const excerpt of event.excerpts) text += ` ${head(excerpt.exact)}`;
  for (const id of event.people) text += ` ${head(people.get(id)?.name ?? "")}`;
  text += ` ${head(event.date.basis)}`;
  if (event.group) text += ` ${head(event.group)}`;
  if (event.body) text += ` ${head(bodyText(event.body))}`;
  if (event.media) text += ` ${head(event.media.caption ?? "")} ${head(event.media.credit ?? "")}`;
  for (const id of event.date.references) {
    const source = sources.get(id);
    if (source) text += ` ${head(source.publisher)} ${head(source.title)}`;
  }
  return foldLetters(text);
}

/**
 * The most characters of one text (a title, a summary, an excerpt) the search reads and marks:
 * more than any reader searches in, and a 10 MB title would slow every keystroke.
 */
export const SEARCH_TEXT_LIMIT = 10_000;

const head = (text: string) =>
  text.length > SEARCH_TEXT_LIMIT ? text.slice(0, SEARCH_TEXT_LIMIT) : text;

/**
 * An imported event's own text as one string: its runs (plain text and the text of links) end
 * to end, as they read, so a word split across a link's edge is still one word.
 */
export function bodyText(body: readonly TextRun[]): string {
  let text = "";
  for (const run of body) {
    text += run.text;
    // Enough for the search, which reads no further: a huge text costs no more than a short one.
    if (text.length > SEARCH_TEXT_LIMIT) break;
  }
  return text;
}

/**
 * Every event's search text (see `searchText`) by position: `index[i]` is that of the i-th event
 * of the list it was built from. Read by position, not looked up by id, because a lookup by id
 * would cost more than the search itself. Only an event beyond its end has no text.
 */
export type SearchIndex = readonly string[];

/** Adds the search text of `events[from]` up to (not including) `events[to]` to `index`. */
export function addToSearchIndex(
  index: string[],
  events: readonly TimelineEvent[],
  people: ReadonlyMap<string, Person>,
  from = 0,
  to = events.length,
  sources: ReadonlyMap<string, Source> = NO_SOURCES,
): string[] {
  for (let i = from; i < to; i++)
    index[i] = searchText(events[i] as TimelineEvent, people, sources);
  return index;
}

/** The search index of `events` (see `SearchIndex`): built once per dataset. */
export function buildSearchIndex(
  events: readonly TimelineEvent[],
  people: ReadonlyMap<string, Person>,
  sources: ReadonlyMap<string, Source> = NO_SOURCES,
): string[] {
  return addToSearchIndex([], events, people, 0, events.length, sources);
}
