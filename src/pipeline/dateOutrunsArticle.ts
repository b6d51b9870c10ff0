import type { NoteKind } from "../data/datasetSchema.ts";
import { dayNumber } from "../dates/calendarDay.ts";

/**
 * Note kinds that can say why a reported event's date runs past its article: the article is wrong
 * (a later report dates it after), its claim is disputed, or nothing confirms it. A vague note
 * cannot: a vague article is a reason to end the date on its publication day, not after it.
 */
export const NOTES_EXPLAINING_LATE_DATES: readonly NoteKind[] = ["wrong", "disputed", "unverified"];

const KINDS = `${NOTES_EXPLAINING_LATE_DATES.slice(0, -1).join(", ")} or ${NOTES_EXPLAINING_LATE_DATES.at(-1)}`;

/** What the rule reads of an event: its date as written and resolved, its note and its flags. */
export interface DatedEvent {
  edtf: string | null;
  /** First and last possible calendar days; null where unknown or open. */
  start: string | null;
  end: string | null;
  noteKind?: NoteKind;
  flags?: readonly string[];
}

/** The calendar day a `published` value names, as written: its own offset, never the machine's. */
export function publicationDay(published: string): string {
  return published.slice(0, 10);
}

/** The event's date, ended on the publication day: what the curator most likely meant. */
function endedOn(edtf: string, start: string | null, day: string): string {
  if (start === day) return day;
  const slash = edtf.indexOf("/");
  return `${slash < 0 ? edtf : edtf.slice(0, slash)}/${day}`;
}

/**
 * Why an event's date outruns an article that reports it (published `published`), or null when it
 * does not. The rule holds for a reported past event: one whose date can start on or before the
 * publication day. A date wholly after it is an event the article announces ("will succeed her on
 * 1 July"), an event flagged `speculation` is one it expects, and an unknown date has no days:
 * none of them is checked. A past event whose latest possible day (unbounded for an open or
 * unknown end) is after the publication day fails, unless its note is of a kind that says why.
 */
export function dateOutrunsArticle(date: DatedEvent, published: string): string | null {
  const day = publicationDay(published);
  // Day numbers, not strings: years before 1 or after 9999 do not sort as text.
  const after = (value: string) => dayNumber(value) > dayNumber(day);
  if (date.edtf === null || (date.start === null && date.end === null)) return null;
  if (date.start !== null && after(date.start)) return null;
  if (date.flags?.includes("speculation")) return null;
  if (date.end !== null && !after(date.end)) return null;
  if (date.noteKind !== undefined && NOTES_EXPLAINING_LATE_DATES.includes(date.noteKind))
    return null;
  const ends = date.end === null ? "has no end" : `ends on ${date.end}`;
  return (
    `"${date.edtf}" ${ends}, after the article that reports it was published on ${day}: ` +
    `end it by then ("${endedOn(date.edtf, date.start, day)}"), start it after ${day} if the ` +
    `article announces it, or say why in a note of kind ${KINDS}`
  );
}
