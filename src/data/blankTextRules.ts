import { invisibleFault } from "../lib/hasVisibleCharacter.ts";
import type { Person, TimelineEvent } from "./datasetSchema.ts";
import type { ItemRule } from "./itemRule.ts";

/**
 * Why a text a reader can do without shows nothing (`optionalTextSchema`: missing reads as ""),
 * or null when it shows something.
 */
export function blankText(name: string, text: string): string | null {
  if (text === "") return `${name} is empty or missing`;
  const fault = invisibleFault(text);
  return fault === null ? null : `${name} ${fault}`;
}

/**
 * A rule that a text of an item a reader can do without says something: a warning when it does
 * not, the item kept and the text emptied, so every view shows it without one (no blank line).
 */
function blankTextRule<T>(
  name: string,
  read: (item: T) => string,
  empty: (item: T) => T,
): ItemRule<T, unknown> {
  return {
    count: () => 1,
    fault: (item) => blankText(name, read(item)),
    path: () => `.${name}`,
    outcome: `shown without ${name === "date.basis" ? "how its date is known" : `a ${name}`}`,
    warning: true,
    mend: empty,
  };
}

/**
 * The texts of people and events a reader can do without, each a warning when it shows nothing:
 * a cosmetic gap never drops the person (and so every event's mention of them) or the event.
 */
export const blankTextRules = {
  people: [
    blankTextRule<Person>(
      "description",
      (person) => person.description,
      (person) => ({ ...person, description: "" }),
    ),
  ],
  events: [
    blankTextRule<TimelineEvent>(
      "summary",
      (event) => event.summary,
      (event) => ({ ...event, summary: "" }),
    ),
    blankTextRule<TimelineEvent>(
      "date.basis",
      (event) => event.date.basis,
      (event) => ({ ...event, date: { ...event.date, basis: "" } }),
    ),
  ],
} as const;
