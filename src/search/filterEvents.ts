import { eventNote } from "../data/eventNote.ts";
import type { Person, Source, TimelineEvent } from "../data/schema.ts";
import { typeTally } from "../data/typeTally.ts";
import { EVENT_TYPES, type EventType } from "../data/vocabulary.ts";
import { DATE_CERTAINTIES, type DateCertainty, dateCertainty } from "../dates/dateCertainty.ts";
import { foldLetters, searchWords } from "./foldForSearch.ts";

/**
 * What narrows the events shown: types (null = all, [] = none), a person, search text, how
 * certain the date is (null or absent = any) and whether only events with a note are shown.
 */
export interface EventFilters {
  types: EventType[] | null;
  person: string | null;
  query: string;
  certainty?: readonly DateCertainty[] | null;
  corrections?: boolean;
}

/** Whether an event passes the date-certainty and corrections filters (the facets). */
function passesFacets(event: TimelineEvent, filters: EventFilters): boolean {
  const { certainty, corrections } = filters;
  if (corrections && eventNote(event) === null) return false;
  return certainty == null || certainty.includes(dateCertainty(event.date));
}

/** No sources to look up: a search then skips the references' names. */
const NO_SOURCES: ReadonlyMap<string, Source> = new Map();

/**
 * The text a search looks in for an event, folded: its title, summary, note, every excerpt, the
 * names of its people, how its date is known and the publisher and title of each report that
 * fixes it (so "TechCrunch" finds what TechCrunch dated). Parts are joined by a space, which no
 * query word contains, so no word spans two parts; white space is not collapsed, as it cannot
 * change a word's match.
 */
export function searchText(
  event: TimelineEvent,
  people: ReadonlyMap<string, Person>,
  sources: ReadonlyMap<string, Source> = NO_SOURCES,
): string {
  let text = `${event.title} ${event.summary}`;
  const note = eventNote(event);
  if (note) text += ` ${note.text}`;
  for (const excerpt of event.excerpts) text += ` ${excerpt.exact}`;
  for (const id of event.people) text += ` ${people.get(id)?.name ?? ""}`;
  text += ` ${event.date.basis}`;
  for (const id of event.date.references) {
    const source = sources.get(id);
    if (source) text += ` ${source.publisher} ${source.title}`;
  }
  return foldLetters(text);
}

/**
 * Every event's search text (see `searchText`) by position: `index[i]` is that of the i-th event
 * of the list it was built from. Read by position, not looked up by id: on 100,000 events a
 * lookup by id costs more than the search itself. Only an event beyond its end has no text.
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

/** Folds the query once, so testing many events does not fold it again for each. */
function compileFilters(
  filters: EventFilters,
  index: SearchIndex,
): (event: TimelineEvent, position: number) => boolean {
  const { types, person } = filters;
  const words = searchWords(filters.query);
  return (event, position) => {
    if (types !== null && !types.includes(event.type)) return false;
    if (person !== null && !event.people.includes(person)) return false;
    if (!passesFacets(event, filters)) return false;
    if (words.length === 0) return true;
    // An event missing from the index has no text to find, so only an empty query matches it.
    const text = index[position] ?? "";
    return words.every((word) => text.includes(word));
  };
}

/** The events that pass every filter, in their input order. */
export function filterEvents(
  events: readonly TimelineEvent[],
  filters: EventFilters,
  index: SearchIndex,
): TimelineEvent[] {
  return events.filter(compileFilters(filters, index));
}

/**
 * Events of each type under the person and search filters but not the type filter, so each
 * type toggle can say how many it would show. Every type is a key.
 */
export function countByType(
  events: readonly TimelineEvent[],
  filters: EventFilters,
  index: SearchIndex,
): Record<EventType, number> {
  const counts = Object.fromEntries(EVENT_TYPES.map((type) => [type, 0])) as Record<
    EventType,
    number
  >;
  for (const event of events.filter(compileFilters({ ...filters, types: null }, index))) {
    counts[event.type] += 1;
  }
  return counts;
}

/**
 * Events naming each person under the type and search filters but not the person filter, so
 * each choice can say how many it would show. People named by no such event are absent.
 */
export function countByPerson(
  events: readonly TimelineEvent[],
  filters: EventFilters,
  index: SearchIndex,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events.filter(compileFilters({ ...filters, person: null }, index))) {
    // A person listed twice on one event is still one event.
    for (const person of new Set(event.people)) counts.set(person, (counts.get(person) ?? 0) + 1);
  }
  return counts;
}

/** The filtered events and both kinds of counts, from one pass over the events. */
export interface FilterResult {
  /** The input list itself when every event passes, so nothing downstream redoes its work. */
  filtered: readonly TimelineEvent[];
  typeCounts: Record<EventType, number>;
  personCounts: Map<string, number>;
}

/**
 * `filterEvents`, `countByType` and `countByPerson` in one pass: the search words are tested
 * once per event, which is what costs on a large dataset (`index` is that of `events`). Without
 * `countPeople`, the people counts (the dearest part) are left empty.
 */
export function filterAndCount(
  events: readonly TimelineEvent[],
  filters: EventFilters,
  index: SearchIndex,
  countPeople = true,
): FilterResult {
  const words = searchWords(filters.query);
  const { types, person } = filters;
  const filtered: TimelineEvent[] = [];
  const tally = typeTally();
  const personCounts = new Map<string, number>();
  // The hot loop of every keystroke on a large dataset: plain loops, no allocation per event.
  outer: for (let position = 0; position < events.length; position++) {
    const event = events[position] as TimelineEvent;
    if (words.length > 0) {
      const text = index[position] ?? "";
      for (const word of words) if (!text.includes(word)) continue outer;
    }
    if (!passesFacets(event, filters)) continue;
    const typeOk = types === null || types.includes(event.type);
    const personOk = person === null || event.people.includes(person);
    if (personOk) tally.add(event.type);
    if (typeOk && countPeople) {
      const named = event.people;
      for (let i = 0; i < named.length; i++) {
        const id = named[i] as string;
        // A person listed twice on one event is still one event.
        if (i === 0 || named.indexOf(id) === i)
          personCounts.set(id, (personCounts.get(id) ?? 0) + 1);
      }
    }
    if (typeOk && personOk) filtered.push(event);
  }
  return {
    filtered: filtered.length === events.length ? events : filtered,
    typeCounts: tally.counts(),
    personCounts,
  };
}

/**
 * Whether every event matching `query` also matches `previous`: each earlier word lies inside
 * some new word ("boar" → "board", "board" → "board sam"). Then a search can narrow the earlier
 * matches instead of testing every event again, which is what keeps typing fast.
 */
export function refinesQuery(query: string, previous: string): boolean {
  const words = searchWords(query);
  return searchWords(previous).every((old) => words.some((word) => word.includes(old)));
}

/**
 * The positions (in the indexed list) of the events whose text holds every word of `query`,
 * looking only at the positions `among` when given (the matches of a query this one refines);
 * null, for every event, when the query has no words.
 */
export function matchPositions(
  index: SearchIndex,
  query: string,
  among: readonly number[] | null = null,
): number[] | null {
  const words = searchWords(query);
  if (words.length === 0) return null;
  const out: number[] = [];
  const count = among === null ? index.length : among.length;
  outer: for (let k = 0; k < count; k++) {
    const position = among === null ? k : (among[k] as number);
    const text = index[position] ?? "";
    for (const word of words) if (!text.includes(word)) continue outer;
    out.push(position);
  }
  return out;
}

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
    searchWords(filters.query).length > 0
  );
}

/** How many events each facet toggle would show (see `countFacets`). */
export interface FacetCounts {
  /** Events of each certainty under every other filter (every certainty a key). */
  certainty: Record<DateCertainty, number>;
  /** Events with a note under every other filter: what "Corrections (n)" would show. */
  corrections: number;
}

/**
 * Counts for the facet toggles over `events` (already searched): each under the type and person
 * filters and the other facet but not its own, so a toggle says what it would show when pressed.
 */
export function countFacets(events: readonly TimelineEvent[], filters: EventFilters): FacetCounts {
  const { types, person, certainty, corrections } = filters;
  const counts = Object.fromEntries(DATE_CERTAINTIES.map((c) => [c, 0])) as Record<
    DateCertainty,
    number
  >;
  let noted = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as TimelineEvent;
    if (types !== null && !types.includes(event.type)) continue;
    if (person !== null && !event.people.includes(person)) continue;
    const kind = dateCertainty(event.date);
    const hasNote = eventNote(event) !== null;
    if (!corrections || hasNote) counts[kind] += 1;
    if (hasNote && (certainty == null || certainty.includes(kind))) noted += 1;
  }
  return { certainty: counts, corrections: noted };
}
