import { maskQuotes } from "./maskQuotes.ts";
import type { PersonRef } from "./matchPerson.ts";
import type { Clause } from "./splitClauses.ts";

/** An active verb of appointing: "the board named", "Ferrada appointed" (not "was named"). */
const APPOINTED_BY =
  /(?<!\b(?:was|were|been|be|is|are|being)\s+)\b(?:named|appointed|nominated|hired|promoted|chose|picked|tapped|elected)\s+/i;

/**
 * An appointment is of the one appointed, not of who appoints: "Ferrada named Deputy Energy
 * Minister Joaquín Reyes as acting minister" is Reyes's, when people are named after the verb.
 */
export function appointedPeople(
  clause: Clause,
  people: PersonRef[],
  find: (span: { start: number; end: number; text: string }) => PersonRef[],
): PersonRef[] {
  const verb = APPOINTED_BY.exec(maskQuotes(clause.text));
  if (!verb) return people;
  const from = verb.index + verb[0].length;
  const named = find({
    start: clause.start + from,
    end: clause.end,
    text: clause.text.slice(from),
  });
  return named.length > 0 ? named : people;
}
