/**
 * Whether a statement candidate is colour rather than a reported event: news stories quote people
 * to illustrate what they report, and a curator lists a statement when the story dates it or names
 * who made it. A statement whose words give no date and that
 *   - opens with a direct quotation ("“We are not leaving the field,” she said."), or
 *   - names no person ("The regulator said it was monitoring the situation."), unless a proper
 *     name speaks ("Corvell Partners said it had complied with …"): a named company answering
 *     for itself is on the record, a generic or unnamed source is not
 * is colour.
 */
export function isColourQuote(
  clause: string,
  statement: { people: readonly unknown[]; date: { phrase: string | null } },
): boolean {
  if (statement.date.phrase !== null) return false;
  return (
    OPENS_WITH_QUOTE.test(clause) || (statement.people.length === 0 && !NAMED_SPEAKER.test(clause))
  );
}

/** A clause that starts with a quotation mark, straight or curly. */
const OPENS_WITH_QUOTE = /^\s*["“‘']/;

/** A clause whose subject is a proper name, not a pronoun, a determiner or a count of unnamed sources, before its saying. */
const NAMED_SPEAKER =
  /^(?!(The|A|An|It|This|That|These|Those|Its|Their|His|Her|He|She|They|We|I|In|On|At|But|And|One|Two|Three|Four|Five|Six|Several|Some|Many|Most|Both|All|Other|Others|Officials|People|Sources|Critics|Staff|Employees|Members)\b)[A-Z][\w'’&.-]*(\s+(&\s+)?[A-Z][\w'’&.-]*){0,3}\s+(\w+\s+){0,3}?(said|says|told|tells)\b/;
