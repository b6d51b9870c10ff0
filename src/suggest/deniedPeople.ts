import { DENIAL } from "./eventLexicon.ts";
import { maskQuotes } from "./maskQuotes.ts";
import type { PersonRef } from "./matchPerson.ts";
import type { Clause } from "./splitClauses.ts";

/**
 * A denied event's people are those it is said of, not the one who denies it: the people named
 * in what is denied ("Marchetti denied that Ollerenshaw had been fired"); the denier when what is
 * denied says he or she ("Keeling denied that he had been asked to step down"); no one when it
 * names neither ("denied that any moderators had been dismissed").
 */
export function deniedPeople(
  clause: Clause,
  people: PersonRef[],
  find: (span: { start: number; end: number; text: string }) => PersonRef[],
): PersonRef[] {
  const denial = DENIAL.exec(maskQuotes(clause.text));
  if (!denial) return people;
  const from = denial.index + denial[0].length;
  // What is denied ends where the clause goes on to another fact ("…, and he said …").
  const rest = clause.text.slice(from);
  const denied = rest.slice(0, rest.search(/,\s+(?:and|but|while|though)\b|;|$/));
  const named = find({
    start: clause.start + from,
    end: clause.start + from + denied.length,
    text: denied,
  });
  if (named.length > 0) return named;
  return /\b(?:he|she|him|her)\b/i.test(maskQuotes(denied)) ? people : [];
}
