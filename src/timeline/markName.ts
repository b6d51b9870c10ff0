import type { EventDate, TimelineEvent } from "../data/datasetSchema.ts";
import { eventGroup } from "../data/eventGroup.ts";
import { eventNote } from "../data/eventNote.ts";
import { eventTypeLabel } from "../data/eventTypeLabels.ts";
import { noteKindLabel } from "../data/noteKindLabels.ts";
import { formatEventDate } from "../dates/formatEventDate.ts";
import { i18n, t } from "../i18n/i18n.ts";
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
      return t("timeline.knownToMonth", { date: text });
    case "year":
      return t("timeline.knownToYear", { date: text });
    case "range":
      return t("timeline.knownAsRange", { date: text });
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
  const excerpts = t("timeline.markExcerpts", { count: event.excerpts.length });
  const group = eventGroup(event);
  const type = eventTypeLabel(event.type);
  const kind =
    group === null
      ? type
      : event.type === "other"
        ? t("timeline.markGroup", { group: shortText(group, NAME_LIMIT) })
        : t("timeline.markTypeGroup", { type, group: shortText(group, NAME_LIMIT) });
  const values = { title: shortText(event.title), date: spokenDate(event.date), kind, excerpts };
  const note = eventNote(event);
  if (note === null) return t("timeline.markName", values);
  if (note.kind === "wrong") return t("timeline.markNameCorrected", values);
  const noted = noteKindLabel(note.kind).toLocaleLowerCase(i18n.locale);
  return t("timeline.markNameNoted", { ...values, note: noted });
}
