import { t } from "../i18n/i18n.ts";
import type { MessageKey } from "../i18n/messageKey.ts";
import { describeInvisible, hasVisibleCharacter } from "../lib/hasVisibleCharacter.ts";
import type { Person, Source, TimelineEvent } from "./datasetSchema.ts";
import type { ItemRule } from "./itemRule.ts";

/**
 * Why a text a reader can do without shows nothing, or null when it shows something. `missing`:
 * the text reads as "" when the file leaves it out (`optionalTextSchema`), so "" may be either.
 */
export function blankText(name: string, text: string, missing = true): string | null {
  // Most texts start with a printable ASCII character, which draws: no need to look further.
  const first = typeof text === "string" ? text.charCodeAt(0) : Number.NaN;
  if (first > 0x20 && first < 0x7f) return null;
  // A dataset put together without the schema may lack the text: as good as empty.
  if (typeof text !== "string" || text === "") {
    return missing ? t("data.textEmptyOrMissing", { name }) : t("data.textEmpty", { name });
  }
  if (hasVisibleCharacter(text)) return null;
  // Only the first few characters are named: a long blank text is described as fast as a short one.
  return t("data.textInvisible", { name, characters: describeInvisible(text.slice(0, 64)) });
}

/** How a rule below reads its text: absent (null) when the item has none, which is fine. */
type Read<T> = (item: T) => string | null;

/**
 * A rule that a text of an item a reader can do without says something, at `path` (".summary"):
 * a warning when it does not, the item kept without it (`shown`: "shown without a summary"), so every view shows the item without
 * one (no blank line), and none of its people, excerpts or links is lost with it.
 */
function blankTextRule<T>(
  path: string,
  shown: MessageKey,
  read: Read<T>,
  mend: (item: T) => T,
  missing = true,
): ItemRule<T, unknown> {
  const name = path.slice(1);
  return {
    count: (item) => (read(item) === null ? 0 : 1),
    fault: (item) => blankText(name, read(item) as string, missing),
    path: () => path,
    outcome: shown,
    warning: true,
    mend,
  };
}

const noteText = ({ note }: TimelineEvent) =>
  note === undefined ? null : typeof note === "string" ? note : note.text;

/**
 * The texts of sources, people and events a reader can do without, each a warning when it shows
 * nothing: a cosmetic gap never drops the item (a person, and so every event's mention of them;
 * a source, and so its excerpts).
 */
export const blankTextRules = {
  sources: [
    blankTextRule<Source>(
      ".publisher",
      "data.shownWithoutPublisher",
      (source) => source.publisher,
      (source) => ({ ...source, publisher: "" }),
    ),
  ],
  people: [
    blankTextRule<Person>(
      ".description",
      "data.shownWithoutDescription",
      (person) => person.description,
      (person) => ({ ...person, description: "" }),
    ),
  ],
  events: [
    blankTextRule<TimelineEvent>(
      ".summary",
      "data.shownWithoutSummary",
      (event) => event.summary,
      (event) => ({ ...event, summary: "" }),
    ),
    blankTextRule<TimelineEvent>(
      ".date.basis",
      "data.shownWithoutBasis",
      (event) => event.date.basis,
      (event) => ({ ...event, date: { ...event.date, basis: "" } }),
    ),
    blankTextRule<TimelineEvent>(
      ".note",
      "data.shownWithoutNote",
      noteText,
      ({ note: _, ...event }) => event,
      false,
    ),
    blankTextRule<TimelineEvent>(
      ".group",
      "data.shownWithoutGroup",
      (event) => event.group ?? null,
      ({ group: _, ...event }) => event,
      false,
    ),
    blankTextRule<TimelineEvent>(
      ".displayDate",
      "data.shownWithoutDisplayDate",
      (event) => event.displayDate ?? null,
      ({ displayDate: _, ...event }) => event,
      false,
    ),
  ],
} as const;
