import { calendarDayNumber, parseCalendarDay } from "../dates/calendarDay.ts";
import { edtfDisagreement } from "../dates/edtfDisagreement.ts";
import { eraEdtfDisagreement } from "../dates/eraDays.ts";
import { YEAR_RANGE, yearOutsideRange } from "../dates/yearRange.ts";
import { t } from "../i18n/i18n.ts";
import { describeInvisible, hasVisibleCharacter } from "../lib/hasVisibleCharacter.ts";
import { loneSurrogateAt } from "../lib/wellFormed.ts";
import { articlePathFault } from "./articlePathFault.ts";
import { blankTextRules } from "./blankTextRules.ts";
import type { Era, Excerpt, Person, Source, TimelineEvent } from "./datasetSchema.ts";
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

const notADay = (value: string | null) => t("data.notADay", { value: String(value) });

/**
 * Why a day (`text`, whose day number is `day`, null when it is none) cannot be drawn: not a
 * day of the calendar, or outside the years a timeline can draw; null when it can.
 */
function dayFault(text: string, day: number | null): string | null {
  if (day === null) return notADay(text);
  if (day >= YEAR_RANGE.firstDay && day <= YEAR_RANGE.lastDay) return null;
  return `${text}: ${yearOutsideRange(parseCalendarDay(text)?.year ?? Number.NaN)}`;
}

/** Why a title shows nothing (only white space, zero-width or bidi controls…), or null. */
export const invisibleTitle = (title: string) =>
  hasVisibleCharacter(title)
    ? null
    : t("data.textInvisible", { name: "title", characters: describeInvisible(title) });

/**
 * The first characters of an article file: its header (an HTTP date, always 29 characters, a
 * line break and a blank line), which the reader does not show. Its body starts no earlier.
 */
export const ARTICLE_HEADER_LENGTH = 31;

const endsBeforeStart = (start: string | number | null, end: string | number | null) =>
  t("data.endsBeforeStart", { start: String(start), end: String(end) });

/** The list at `faulty`'s indexes left out. */
const without = <T>(list: readonly T[], faulty: readonly number[]) =>
  list.filter((_, i) => !faulty.includes(i));

/**
 * Why an excerpt whose quote holds half a character (a surrogate pair cut in two) at `half`
 * cannot stand: there is no such text to show, or to link to in the original.
 */
function splitCharacter({ exact, start, end }: Excerpt, half: number): string {
  const unit = `U+${exact.charCodeAt(half).toString(16).toUpperCase()}`;
  if (half === 0) return t("data.startsInsideCharacter", { start: String(start), unit });
  if (half === exact.length - 1) return t("data.endsInsideCharacter", { end: String(end), unit });
  return t("data.halfCharacter", { unit, at: String(start + half) });
}

/** Why an excerpt cannot stand, or null: its source must exist and its offsets fit its text. */
function excerptFault(excerpt: Excerpt, sources: ReadonlyMap<string, Source>): string | null {
  const source = sources.get(excerpt.source);
  if (!source) return t("data.noSource", { id: excerpt.source });
  if (excerpt.end < excerpt.start) return endsBeforeStart(excerpt.start, excerpt.end);
  if (excerpt.end - excerpt.start !== excerpt.exact.length) {
    return t("data.offsetsSpan", {
      start: String(excerpt.start),
      end: String(excerpt.end),
      span: String(excerpt.end - excerpt.start),
      length: String(excerpt.exact.length),
    });
  }
  const half = loneSurrogateAt(excerpt.exact);
  if (half >= 0) return splitCharacter(excerpt, half);
  if (source.kind === "article" && excerpt.start < ARTICLE_HEADER_LENGTH) {
    return t("data.startsInHeader", {
      start: String(excerpt.start),
      header: String(ARTICLE_HEADER_LENGTH),
    });
  }
  if (source.kind === "article" && excerpt.end > source.text.length) {
    return t("data.endsPastArticle", {
      end: String(excerpt.end),
      length: String(source.text.length),
    });
  }
  return null;
}

type EventRule = ItemRule<TimelineEvent, EventContext>;
/** A note written out (not a bare string), which may name the excerpts it concerns. */
type Note = Extract<TimelineEvent["note"], object>;

/** A title a reader can see. */
const eventTitle: EventRule = {
  count: () => 1,
  fault: ({ title }) => invisibleTitle(title),
  path: () => ".title",
  outcome: "data.eventLeftOut",
};

/**
 * Both ends of its date real days of the calendar, in the years a timeline can draw (the start
 * is looked at first).
 */
const eventDays: EventRule = {
  count: () => 2,
  fault: ({ date }, i, days) => {
    const text = i === 0 ? date.start : date.end;
    return text === null ? null : dayFault(text, i === 0 ? days.start : days.end);
  },
  path: (i) => (i === 0 ? ".date.start" : ".date.end"),
  outcome: "data.eventLeftOut",
};

/** Its date does not end before it starts. */
const eventOrder: EventRule = {
  count: () => 1,
  fault: ({ date }, _, { start, end }) =>
    start !== null && end !== null && end < start ? endsBeforeStart(date.start, date.end) : null,
  path: () => ".date",
  outcome: "data.eventLeftOut",
};

/** Its EDTF says the days its start and end say, at its precision: the view writes one, draws the other. */
const eventEdtf: EventRule = {
  count: () => 1,
  fault: ({ date }) => edtfDisagreement(date),
  path: () => ".date.edtf",
  outcome: "data.eventLeftOut",
};

/** Each person it names is in the dataset. */
const eventPeople: EventRule = {
  count: (event) => event.people.length,
  fault: (event, i, { people }) => {
    const id = event.people[i] as string;
    return people.has(id) ? null : t("data.noPerson", { id });
  },
  path: (i) => `.people[${i}]`,
  outcome: "data.referenceLeftOut",
  mend: (event, faulty) => ({ ...event, people: without(event.people, faulty) }),
};

/** Each source its date names is in the dataset. */
const eventReferences: EventRule = {
  count: (event) => event.date.references.length,
  fault: (event, i, { sources }) => {
    const id = event.date.references[i] as string;
    return sources.has(id) ? null : t("data.noSource", { id });
  },
  path: (i) => `.date.references[${i}]`,
  outcome: "data.referenceLeftOut",
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
  outcome: "data.excerptLeftOut",
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
      : t("data.namesMissingExcerpt", { index: String(i) });
  },
  path: (k) => `.note.excerpts[${k}]`,
  outcome: "data.noteStandsForEvent",
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
  outcome: "data.textNotFetched",
  mend: (source) => source,
};

type EraRule = ItemRule<Era, unknown>;

/** A title a reader can see. */
const eraTitle: EraRule = {
  count: () => 1,
  fault: ({ title }) => invisibleTitle(title),
  path: () => ".title",
  outcome: "data.eraLeftOut",
};

/** Both ends real days of the calendar, in the years a timeline can draw. */
const eraDays: EraRule = {
  count: () => 2,
  fault: (era, i) => {
    const text = i === 0 ? era.start : era.end;
    return dayFault(text, calendarDayNumber(text));
  },
  path: () => "",
  outcome: "data.eraLeftOut",
};

/** An era does not end before it starts (a one-day era starts and ends on the same day). */
const eraOrder: EraRule = {
  count: () => 1,
  fault: ({ start, end }) =>
    (calendarDayNumber(end) as number) < (calendarDayNumber(start) as number)
      ? endsBeforeStart(start, end)
      : null,
  path: () => "",
  outcome: "data.eraLeftOut",
};

/**
 * Its EDTF, when it has one, says its days (`eraEdtfDisagreement`): the list writes the one, the
 * timeline draws the other. One that does not is dropped, and the era shown at its days.
 */
const eraEdtf: EraRule = {
  count: ({ edtf }) => (edtf === undefined ? 0 : 1),
  fault: (era) => eraEdtfDisagreement(era),
  path: () => ".edtf",
  outcome: "data.eraShownAtDays",
  warning: true,
  mend: ({ edtf: _, ...era }) => era,
};

/**
 * The rules each section's items keep beyond the schema (besides unique ids), in the order their
 * problems are listed: the fast pass and the reporting pass read these.
 */
export const datasetRules = {
  // A checked item is a record the link rules read as they read raw JSON; their mends keep its shape.
  sources: [
    ...(linkRules.sources as unknown as readonly ItemRule<Source, unknown>[]),
    articlePath,
    ...(blankTextRules.sources as readonly ItemRule<Source, unknown>[]),
  ],
  events: [
    eventTitle,
    eventDays,
    eventOrder,
    eventEdtf,
    eventPeople,
    eventReferences,
    eventExcerpts,
    eventNote,
    ...(linkRules.events as unknown as readonly ItemRule<TimelineEvent, unknown>[]),
    ...(blankTextRules.events as readonly ItemRule<TimelineEvent, unknown>[]),
  ],
  people: blankTextRules.people as readonly ItemRule<Person, unknown>[],
  eras: [eraTitle, eraDays, eraOrder, eraEdtf],
} as const;
