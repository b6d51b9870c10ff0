import type { EventDate, TimelineEvent } from "../data/datasetSchema.ts";
import { eventGroup } from "../data/eventGroup.ts";
import { eventNote } from "../data/eventNote.ts";
import { eventTypeLabel } from "../data/eventTypeLabels.ts";
import { noteKindLabel } from "../data/noteKindLabels.ts";
import { formatEventDate } from "../dates/formatEventDate.ts";
import { NAME_LIMIT, shortText } from "../lib/shortText.ts";

/**
 * A date as it is said with how well it is known: "14 May 2024", "known to the month: April
 * 2024", "known only as a range: November 2023 – May 2024", "date unknown". Written dates alone
 * hide that "April 2024" is not a month-long event.
 */
export function spokenDate(date: EventDate): string {
  const text = formatEventDate(date.edtf);
  switch (date.precision) {
    case "month":
      return `known to the month: ${text}`;
    case "year":
      return `known to the year: ${text}`;
    case "range":
      return `known only as a range: ${text}`;
    default:
      return text;
  }
}

/**
 * A mark's accessible name: its title first (the words drawn beside it), its date with its
 * precision, its type and group (the group alone in place of "Other", as the list shows it), how
 * many excerpts report it, and whether a note corrects or doubts it.
 */
export function markName(event: TimelineEvent): string {
  const n = event.excerpts.length;
  const excerpts = n === 0 ? "no verified excerpt" : n === 1 ? "1 excerpt" : `${n} excerpts`;
  const note = eventNote(event);
  const noted =
    note === null
      ? ""
      : note.kind === "wrong"
        ? ", has a correction"
        : `, marked ${noteKindLabel(note.kind).toLowerCase()}`;
  const group = eventGroup(event);
  const type = eventTypeLabel(event.type);
  const kind =
    group === null
      ? type
      : `${event.type === "other" ? "" : `${type}, `}group ${shortText(group, NAME_LIMIT)}`;
  return `${shortText(event.title)}, ${spokenDate(event.date)}, ${kind}, ${excerpts}${noted}`;
}
