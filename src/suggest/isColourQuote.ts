/**
 * Whether a statement candidate is colour rather than a reported event: news stories quote people
 * to illustrate what they report, and a curator lists a statement when the story dates it or names
 * who made it. A statement whose words give no date and that
 *   - opens with a direct quotation ("“We are not leaving the field,” she said."), or
 *   - names no person ("The regulator said it was monitoring the situation.")
 * is colour.
 */
export function isColourQuote(
  clause: string,
  statement: { people: readonly unknown[]; date: { phrase: string | null } },
): boolean {
  if (statement.date.phrase !== null) return false;
  return OPENS_WITH_QUOTE.test(clause) || statement.people.length === 0;
}

/** A clause that starts with a quotation mark, straight or curly. */
const OPENS_WITH_QUOTE = /^\s*["“‘']/;
