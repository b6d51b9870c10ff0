import { OCCASION } from "./isColourQuote.ts";
import { maskQuotes } from "./maskQuotes.ts";

/**
 * Whether a statement candidate tells again what a speaker already proposed said: news stories
 * give one occasion's words over several sentences ("She said the decision was hers alone.",
 * "He added that the plaque should stay covered."), and a curator lists the occasion once. A
 * statement whose words give no date, whose speaker is a pronoun or who "added", is a
 * restatement when an earlier statement already has one of its people, unless it names an
 * occasion of its own ("In an interview, he said …").
 */
export function isRestatement<P extends { id: string }>(
  clause: string,
  statement: { people: readonly P[]; date: { phrase: string | null } },
  earlier: readonly { type: string; people: readonly P[]; flags: readonly string[] }[],
): boolean {
  if (statement.date.phrase !== null || statement.people.length === 0) return false;
  const attribution = maskQuotes(clause);
  if (!CONTINUED.test(attribution) || OCCASION.test(attribution)) return false;
  return earlier.some(
    (said) =>
      said.type === "statement" &&
      said.flags.length === 0 &&
      said.people.some((person) => statement.people.some((p) => p.id === person.id)),
  );
}

/** "She said", "the company, he said,", "X added": a speaker already introduced, speaking on. */
const CONTINUED =
  /\b(?:(?:he|she|they)\s+(?:\w+ly\s+)?(?:said|says|wrote|writes|added|adds)|added|adds)\b/i;
