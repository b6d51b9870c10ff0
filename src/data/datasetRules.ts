import { calendarDayNumber } from "../dates/calendarDay.ts";
import { articlePathFault } from "./articlePathFault.ts";
import type { Era, Excerpt, Source, TimelineEvent } from "./datasetSchema.ts";
import type { ItemRule } from "./itemRule.ts";
import { linkRules } from "./linkRules.ts";

/** What the event rules read besides the event: the dataset's ids and the event's own days. */
export interface EventContext {
  people: ReadonlySet<string>;
  sources: ReadonlyMap<string, Source>;
  /**
   * The event's start and end as `calendarDayNumber` reads them, parsed once before its rules
   * run (and handed on with the dataset): NaN when open, null when not a day of the calendar.
   */
  start: number | null;
  end: number | null;
}

const notADay = (value: string | null) => `${value} is not a day of the calendar`;
const endsBeforeStart = (start: string | null, end: string | null) =>
  `ends (${end}) before it starts (${start})`;

/** The list at `faulty`'s indexes left out. */
const without = <T>(list: readonly T[], faulty: readonly number[]) =>
  list.filter((_, i) => !faulty.includes(i));

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

type EventRule = ItemRule<TimelineEvent, EventContext>;
/** A note written out (not a bare string), which may name the excerpts it concerns. */
type Note = Extract<TimelineEvent["note"], object>;

/** Both ends of its date real days of the calendar (the start is looked at first). */
const eventDays: EventRule = {
  count: () => 2,
  fault: ({ date }, i, days) => {
    const text = i === 0 ? date.start : date.end;
    return text !== null && (i === 0 ? days.start : days.end) === null ? notADay(text) : null;
  },
  path: (i) => (i === 0 ? ".date.start" : ".date.end"),
  outcome: "event left out",
};

/** Its date does not end before it starts. */
const eventOrder: EventRule = {
  count: () => 1,
  fault: ({ date }, _, { start, end }) =>
    start !== null && end !== null && end < start ? endsBeforeStart(date.start, date.end) : null,
  path: () => ".date",
  outcome: "event left out",
};

/** Each person it names is in the dataset. */
const eventPeople: EventRule = {
  count: (event) => event.people.length,
  fault: (event, i, { people }) => {
    const id = event.people[i] as string;
    return people.has(id) ? null : `no person "${id}" in this dataset`;
  },
  path: (i) => `.people[${i}]`,
  outcome: "reference left out",
  mend: (event, faulty) => ({ ...event, people: without(event.people, faulty) }),
};

/** Each source its date names is in the dataset. */
const eventReferences: EventRule = {
  count: (event) => event.date.references.length,
  fault: (event, i, { sources }) => {
    const id = event.date.references[i] as string;
    return sources.has(id) ? null : `no source "${id}" in this dataset`;
  },
  path: (i) => `.date.references[${i}]`,
  outcome: "reference left out",
  mend: (event, faulty) => ({
    ...event,
    date: { ...event.date, references: without(event.date.references, faulty) },
  }),
};

/** Each excerpt quotes a source of the dataset, at offsets that fit. */
const eventExcerpts: EventRule = {
  count: (event) => event.excerpts.length,
  fault: (event, i, { sources }) => excerptFault(event.excerpts[i] as Excerpt, sources),
  path: (i) => `.excerpts[${i}]`,
  outcome: "excerpt left out",
  mend: (event, faulty) => {
    const excerpts = without(event.excerpts, faulty);
    const note = event.note;
    if (typeof note !== "object" || note.excerpts === undefined) return { ...event, excerpts };
    // The note follows its excerpts to where they now stand; an index naming one left out (or
    // none) becomes -1, and the note rule, applied next, takes it out.
    const moved = note.excerpts.map((i) =>
      i >= event.excerpts.length || faulty.includes(i)
        ? -1
        : i - faulty.filter((f) => f < i).length,
    );
    return { ...event, excerpts, note: { ...note, excerpts: moved } };
  },
};

/** Each excerpt its note names is there (and kept); a note left naming none concerns the event. */
const eventNote: EventRule = {
  count: ({ note }) => (typeof note === "object" ? (note.excerpts?.length ?? 0) : 0),
  fault: (event, k, { sources }) => {
    const i = (event.note as Note).excerpts?.[k] as number;
    const excerpt = event.excerpts[i];
    return excerpt !== undefined && excerptFault(excerpt, sources) === null
      ? null
      : `names excerpt ${i}, which is not there`;
  },
  path: (k) => `.note.excerpts[${k}]`,
  outcome: "the note now stands for the event",
  mend: (event, faulty) => {
    const { excerpts = [], ...rest } = event.note as Note;
    const kept = without(excerpts, faulty);
    return { ...event, note: kept.length > 0 ? { ...rest, excerpts: kept } : rest };
  },
};

/**
 * An article's text path stays on the dataset's site (`articlePathFault`). One that could lead
 * elsewhere is listed and never fetched; the article stays, so its excerpts are still shown.
 */
const articlePath: ItemRule<Source, unknown> = {
  count: (source) => (source.kind === "article" ? 1 : 0),
  fault: (source) => (source.kind === "article" ? articlePathFault(source.text.path) : null),
  path: () => ".text.path",
  outcome: "its text is not fetched",
  mend: (source) => source,
};

type EraRule = ItemRule<Era, unknown>;

/** Both ends real days of the calendar. */
const eraDays: EraRule = {
  count: () => 2,
  fault: (era, i) => {
    const text = i === 0 ? era.start : era.end;
    return calendarDayNumber(text) === null ? notADay(text) : null;
  },
  path: () => "",
  outcome: "era left out",
};

/** An era does not end before it starts (a one-day era starts and ends on the same day). */
const eraOrder: EraRule = {
  count: () => 1,
  fault: ({ start, end }) =>
    (calendarDayNumber(end) as number) < (calendarDayNumber(start) as number)
      ? endsBeforeStart(start, end)
      : null,
  path: () => "",
  outcome: "era left out",
};

/**
 * The rules each section's items keep beyond the schema (besides unique ids, all a person must
 * keep), in the order their problems are listed: the fast pass and the reporting pass read these.
 */
export const datasetRules = {
  // A checked item is a record the link rules read as they read raw JSON; their mends keep its shape.
  sources: [...(linkRules.sources as unknown as readonly ItemRule<Source, unknown>[]), articlePath],
  events: [
    eventDays,
    eventOrder,
    eventPeople,
    eventReferences,
    eventExcerpts,
    eventNote,
    ...(linkRules.events as unknown as readonly ItemRule<TimelineEvent, unknown>[]),
  ],
  eras: [eraDays, eraOrder],
} as const;
