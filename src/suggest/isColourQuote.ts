import { maskQuotes } from "./maskQuotes.ts";

/**
 * Whether a statement candidate is colour rather than a reported event: news stories quote people
 * to illustrate what they report, and a curator lists a statement when the story dates it, names
 * who made it, or says on what occasion it was made. A statement whose words give no date is
 * colour when
 *   - its words are a direct quotation with a bare attribution ("“We are not leaving the field,”
 *     she said."): the clause opens with a quotation, continues one opened earlier in its
 *     paragraph ("… I asked myself," he said."), or quotes after a colon ("He added: “…"), and
 *     the attribution names no occasion (told whom, in a statement, an interview, a letter) and
 *     says nothing more ("…, adding that …"); or
 *   - it says that someone did not speak ("She declined to say whether …"), unless it goes on
 *     to say what they did say ("…, saying only that …"); or
 *   - it names no person as its speaker ("The regulator said it was monitoring the situation.",
 *     "…, the company said."), unless it was made in a formal statement or a proper name speaks
 *     ("Corvell Partners said it had complied with …": a named company answering for itself is on
 *     the record, a generic or unnamed source is not).
 * A source cited after what it told ("…, the family said.") dates no saying: the date words
 * there are those of the told event, so such a statement is judged as undated.
 * `before` is the text of the clause's paragraph before the clause.
 */
export function isColourQuote(
  clause: string,
  statement: { people: readonly unknown[]; date: { phrase: string | null } },
  before = "",
): boolean {
  const attribution = maskQuotes(clause);
  // "…, the family said.": the date words are those of what was told, not of a saying.
  // "“We were told in November …,” he said.": date words inside the quotation are those of
  // what was said, and leave the saying undated.
  const dated = statement.date.phrase !== null && attribution.includes(statement.date.phrase);
  if (dated && !UNNAMED_AT_END.test(attribution)) return false;
  if (SAID_NOTHING.test(attribution) && !SAYING_MORE.test(attribution)) return true;
  if (statement.people.length === 0 || UNNAMED_AT_END.test(attribution))
    return !IN_A_STATEMENT.test(attribution) && !NAMED_SPEAKER.test(clause);
  const quoted =
    OPENS_WITH_QUOTE.test(clause) || insideQuotation(before) || QUOTE_AFTER_COLON.test(clause);
  return quoted && !OCCASION.test(attribution) && !SAYING_MORE.test(attribution);
}

/** "She declined to say whether …", "He has said almost nothing in public": no words to report. */
const SAID_NOTHING =
  /\b(?:declined|refused|would not|wouldn't|did not|didn't)\s+(?:to\s+)?(?:say|comment|discuss|elaborate)\b|\bha(?:s|ve|d)\s+said\s+(?:(?:very|almost)\s+)?(?:little|nothing)\b/i;

/** A clause that starts with a quotation mark, straight or curly. */
const OPENS_WITH_QUOTE = /^\s*["“‘']/;

/** A clause whose subject is a proper name, not a pronoun, a determiner or a count of unnamed sources, before its saying. */
const NAMED_SPEAKER =
  /^(?!(The|A|An|It|This|That|These|Those|Its|Their|His|Her|He|She|They|We|I|In|On|At|But|And|One|Two|Three|Four|Five|Six|Several|Some|Many|Most|Both|All|Other|Others|Officials|People|Sources|Critics|Staff|Employees|Members)\b)[A-Z][\w'’&.-]*(\s+(&\s+)?[A-Z][\w'’&.-]*){0,3}\s+(\w+\s+){0,3}?(said|says|told|tells)\b/;

/** "He added: “…": a reporting verb, a colon, then the quotation. */
const QUOTE_AFTER_COLON = /^[^"“]{0,80}\b(said|says|added|adds|wrote|writes)\s*:\s*["“]/i;

/**
 * "…, the company said.": the speaker is a body the attribution does not name, and the people
 * the clause names are what was said about.
 */
const UNNAMED_AT_END =
  /,\s+(?:(?:the|its|a|an)\s+(?:[a-z][\w-]*\s+){0,3}|(?:it|they)\s+)(?:said|says|added|wrote)\.?\s*$/;

/** A statement issued as such, by an organisation as well as a person. */
const IN_A_STATEMENT = /\bin an? (\w+ )?statement\b/i;

/**
 * What makes words an event of their own: whom they were told to, or the statement, interview,
 * letter, post or meeting they were said in.
 */
export const OCCASION =
  /\b(told|tells|telling|in an? (\w+ )?(statement|interview|letter|email|e-mail|post|memo|note|message|video|speech|call|broadcast)|at an? (\w+ )?(conference|meeting|hearing|briefing|rally))\b/i;

/** "…," he wrote, adding that …: the attribution reports more than the quotation. */
const SAYING_MORE = /\b(adding|saying|and said)\b/i;

/** Whether a paragraph's text so far leaves a quotation open: its quote marks are unbalanced. */
function insideQuotation(before: string): boolean {
  const straight = (before.match(/"/g) ?? []).length;
  const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || curly > 0;
}
