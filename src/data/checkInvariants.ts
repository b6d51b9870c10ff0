import { calendarDayNumber } from "../dates/calendarDay.ts";
import { isWebLink } from "../lib/webLink.ts";
import type { LoadProblem } from "./loadProblem.ts";
import { problemIn, problemItem, withItem } from "./problemItem.ts";
import { quoteForProblem } from "./quoteForProblem.ts";
import type { Dataset, Era, Excerpt, Person, Source, TimelineEvent } from "./schema.ts";

/** Where each kept item stood in the file, for problem paths (identity when nothing was removed). */
export interface ItemPositions {
  sources?: readonly number[];
  people?: readonly number[];
  events?: readonly number[];
  eras?: readonly number[];
}

/** A valid dataset that also keeps the rules a schema cannot say, and what was left out. */
export interface CheckedDataset {
  dataset: Dataset;
  problems: LoadProblem[];
}

/** Keeps the first item of each id; a repeat is left out with a problem naming the first. */
function uniqueById<T extends { id: string }>(
  items: readonly T[],
  section: string,
  what: string,
  positions: readonly number[] | undefined,
  problems: LoadProblem[],
): T[] {
  const first = new Map<string, number>();
  const kept: T[] = [];
  items.forEach((item, i) => {
    const at = positions?.[i] ?? i;
    const earlier = first.get(item.id);
    if (earlier !== undefined) {
      problems.push(
        problemIn(
          item,
          `${section}[${at}].id`,
          `repeats the id "${item.id}" of ${section}[${earlier}]; ${what} left out`,
        ),
      );
    } else {
      first.set(item.id, at);
      kept.push(item);
    }
  });
  return kept;
}

/** Why an excerpt cannot stand, or null: its source must exist and its offsets fit its text. */
function excerptFault(excerpt: Excerpt, sources: ReadonlyMap<string, Source>): string | null {
  const source = sources.get(excerpt.source);
  if (!source) return `no source "${excerpt.source}" in this dataset`;
  if (excerpt.end < excerpt.start)
    return `ends (${excerpt.end}) before it starts (${excerpt.start})`;
  if (excerpt.end - excerpt.start !== excerpt.exact.length) {
    return `offsets ${excerpt.start}–${excerpt.end} span ${excerpt.end - excerpt.start} characters, but the quote has ${excerpt.exact.length}`;
  }
  if (source.kind === "article" && excerpt.end > source.text.length) {
    return `ends at ${excerpt.end}, past the end of its article (${source.text.length} characters)`;
  }
  return null;
}

/**
 * True when an event breaks no rule: real days in order, references that resolve, excerpts that
 * fit, links a browser can open. Allocates nothing, as it runs for every event of every load.
 */
function isSound(
  event: TimelineEvent,
  people: ReadonlySet<string>,
  sources: ReadonlyMap<string, Source>,
): boolean {
  const { start, end, references } = event.date;
  const first = start === null ? null : calendarDayNumber(start);
  const last = end === null ? null : calendarDayNumber(end);
  if ((start !== null && first === null) || (end !== null && last === null)) return false;
  if (first !== null && last !== null && last < first) return false;
  for (let i = 0; i < event.people.length; i++) {
    if (!people.has(event.people[i] as string)) return false;
  }
  for (let i = 0; i < references.length; i++) {
    if (!sources.has(references[i] as string)) return false;
  }
  for (let i = 0; i < event.excerpts.length; i++) {
    if (excerptFault(event.excerpts[i] as Excerpt, sources) !== null) return false;
  }
  if (event.media?.url && !isWebLink(event.media.url)) return false;
  const note = event.note;
  if (typeof note === "object" && note.excerpts?.some((i) => i >= event.excerpts.length)) {
    return false;
  }
  return !event.body?.some((run) => run.href !== undefined && !isWebLink(run.href));
}

/** One event with its unresolved references and impossible excerpts left out (each listed). */
function checkEvent(
  event: TimelineEvent,
  at: number,
  people: ReadonlySet<string>,
  sources: ReadonlyMap<string, Source>,
  problems: LoadProblem[],
): TimelineEvent | null {
  const path = `events[${at}]`;
  const { start, end } = event.date;
  const first = start === null ? null : calendarDayNumber(start);
  const last = end === null ? null : calendarDayNumber(end);
  if ((start !== null && first === null) || (end !== null && last === null)) {
    const field = start !== null && first === null ? "start" : "end";
    problems.push({
      path: `${path}.date.${field}`,
      reason: `${event.date[field]} is not a day of the calendar; event left out`,
    });
    return null;
  }
  if (first !== null && last !== null && last < first) {
    problems.push({
      path: `${path}.date`,
      reason: `ends (${end}) before it starts (${start}); event left out`,
    });
    return null;
  }
  let changed = false;
  const named = event.people.filter((id, i) => {
    if (people.has(id)) return true;
    problems.push({
      path: `${path}.people[${i}]`,
      reason: `no person "${id}" in this dataset; reference left out`,
    });
    changed = true;
    return false;
  });
  const references = event.date.references.filter((id, i) => {
    if (sources.has(id)) return true;
    problems.push({
      path: `${path}.date.references[${i}]`,
      reason: `no source "${id}" in this dataset; reference left out`,
    });
    changed = true;
    return false;
  });
  // Where each excerpt kept now stands, so a note keeps pointing at the same ones.
  const keptAt: number[] = [];
  let kept = 0;
  const excerpts = event.excerpts.filter((excerpt, i) => {
    const fault = excerptFault(excerpt, sources);
    keptAt.push(fault === null ? kept++ : -1);
    if (fault === null) return true;
    problems.push({ path: `${path}.excerpts[${i}]`, reason: `${fault}; excerpt left out` });
    changed = true;
    return false;
  });
  const note = checkNote(event, keptAt, path, problems);
  if (note !== event.note) changed = true;
  const links = checkLinks(event, path, problems);
  if (!changed && links === event) return event;
  const { note: _, ...rest } = links;
  return {
    ...rest,
    people: named,
    date: { ...event.date, references },
    excerpts,
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * The event's note with its excerpt indexes moved to where those excerpts now stand; an index
 * naming no excerpt (or one left out) is dropped and listed, and a note left naming none
 * concerns the whole event.
 */
function checkNote(
  event: TimelineEvent,
  keptAt: readonly number[],
  path: string,
  problems: LoadProblem[],
): TimelineEvent["note"] {
  const note = event.note;
  if (typeof note !== "object" || note.excerpts === undefined) return note;
  const moved = note.excerpts.map((i) => keptAt[i] ?? -1);
  if (moved.every((to, k) => to === note.excerpts?.[k])) return note;
  const indexes: number[] = [];
  moved.forEach((to, k) => {
    if (to >= 0) indexes.push(to);
    else
      problems.push({
        path: `${path}.note.excerpts[${k}]`,
        reason: `names excerpt ${note.excerpts?.[k]}, which is not there; the note now stands for the event`,
      });
  });
  const { excerpts: _, ...rest } = note;
  return indexes.length > 0 ? { ...rest, excerpts: indexes } : rest;
}

/** The event with every link the browser cannot read taken out (its text kept), each listed. */
function checkLinks(event: TimelineEvent, path: string, problems: LoadProblem[]): TimelineEvent {
  const { media, body } = event;
  let out = event;
  if (media?.url && !isWebLink(media.url)) {
    problems.push({
      path: `${path}.media.url`,
      reason: `${quoteForProblem(media.url)} is not a link a browser can open; shown without a link`,
    });
    out = { ...out, media: { ...media, url: null } };
  }
  if (body?.some((run) => run.href !== undefined && !isWebLink(run.href))) {
    const runs = body.map((run, j) => {
      if (run.href === undefined || isWebLink(run.href)) return run;
      problems.push({
        path: `${path}.body[${j}].href`,
        reason: `${quoteForProblem(run.href)} is not a link a browser can open; its text is shown without a link`,
      });
      return { text: run.text };
    });
    out = { ...out, body: runs };
  }
  return out;
}

/** Eras with unique ids that do not end before they start. */
function checkEras(
  eras: readonly Era[],
  positions: readonly number[] | undefined,
  problems: LoadProblem[],
): Era[] {
  const firstAt = new Map<string, number>();
  return eras.filter((era, i) => {
    const at = positions?.[i] ?? i;
    const earlier = firstAt.get(era.id);
    if (earlier !== undefined) {
      problems.push(
        problemIn(
          era,
          `eras[${at}].id`,
          `repeats the id "${era.id}" of eras[${earlier}]; era left out`,
        ),
      );
      return false;
    }
    firstAt.set(era.id, at);
    const first = calendarDayNumber(era.start);
    const last = calendarDayNumber(era.end);
    if (first === null || last === null) {
      problems.push(
        problemIn(
          era,
          `eras[${at}]`,
          `${first === null ? era.start : era.end} is not a day of the calendar; era left out`,
        ),
      );
      return false;
    }
    if (last >= first) return true;
    problems.push(
      problemIn(
        era,
        `eras[${at}]`,
        `ends (${era.end}) before it starts (${era.start}); era left out`,
      ),
    );
    return false;
  });
}

/**
 * Checks what the schema cannot: ids unique in each section, references that resolve, excerpt
 * offsets that fit their quote and article, dates and eras that do not end before they start.
 * What breaks a rule is left out (or, for a reference, dropped from its event), each with its
 * JSON path and reason; the dataset is returned as is when nothing does. One pass per section.
 */
export function checkInvariants(dataset: Dataset, positions: ItemPositions = {}): CheckedDataset {
  const problems: LoadProblem[] = [];
  const linked = dataset.sources.map((source, i) => {
    if (source.url === null || isWebLink(source.url)) return source;
    problems.push(
      problemIn(
        source,
        `sources[${positions.sources?.[i] ?? i}].url`,
        `${quoteForProblem(source.url)} is not a link a browser can open; shown without a link`,
      ),
    );
    return { ...source, url: null };
  });
  const sources = uniqueById(linked, "sources", "source", positions.sources, problems);
  const people = uniqueById(dataset.people, "people", "person", positions.people, problems);
  const eras = dataset.eras ? checkEras(dataset.eras, positions.eras, problems) : undefined;
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const personIds = new Set(people.map((p: Person) => p.id));
  const seen = new Map<string, number>();
  const events: TimelineEvent[] = [];
  const all = dataset.events;
  for (let i = 0; i < all.length; i++) {
    const event = all[i] as TimelineEvent;
    const at = positions.events?.[i] ?? i;
    // One lookup per event (the map's size says whether the id was new): on 100,000 events
    // the second was tens of milliseconds. A repeat is rare, and its first place found again.
    const size = seen.size;
    seen.set(event.id, at);
    if (seen.size === size) {
      const first = all.findIndex((e) => e.id === event.id);
      const earlier = positions.events?.[first] ?? first;
      seen.set(event.id, earlier);
      problems.push(
        problemIn(
          event,
          `events[${at}].id`,
          `repeats the id "${event.id}" of events[${earlier}]; event left out`,
        ),
      );
      continue;
    }
    if (isSound(event, personIds, sourceById)) {
      events.push(event);
      continue;
    }
    const found: LoadProblem[] = [];
    const checked = checkEvent(event, at, personIds, sourceById, found);
    problems.push(...withItem(found, problemItem(event)));
    if (checked) events.push(checked);
  }
  if (problems.length === 0) return { dataset, problems };
  return {
    dataset: { ...dataset, sources, people, events, ...(eras ? { eras } : {}) },
    problems,
  };
}
