import type { SuggestedType } from "./classifyClause.ts";
import { DENIAL, FINDING, HELD_SINCE, NEGATION, REPORTING } from "./eventLexicon.ts";
import { type SuggestionFlag, sayingPart } from "./flagClause.ts";
import { maskQuotes } from "./maskQuotes.ts";

/**
 * The words that date a candidate: a statement is dated by its saying and a denied event by its
 * denial, not by the time words of what was said or denied; any other event by its clause.
 */
export function datePart(
  text: string,
  type: SuggestedType,
  flags: readonly SuggestionFlag[],
  announced = false,
): string {
  if (flags.includes("denial")) return sayingPart(text, DENIAL);
  // "She has not resigned, despite calls last month": what did not happen is dated only by the
  // words of its own verb phrase, not by those of what follows it.
  if (flags.includes("negation")) {
    const not = NEGATION.exec(maskQuotes(text));
    const stop = not ? NEGATED_PHRASE_END.exec(text.slice(not.index)) : null;
    if (not && stop) return text.slice(0, not.index + stop.index);
  }
  if (type === "statement" || announced) return sayingPart(text, REPORTING);
  // "An independent report, delivered last week, found …": a report is dated first by the words
  // that describe it, asides included, before what it found.
  if (type === "report") {
    const found = FINDING.exec(text);
    if (found)
      return text.slice(0, found.index).replace(DESCRIBING_ASIDE, " $1 ") + text.slice(found.index);
  }
  // "Roos has led the company since November 2021": she was appointed when the span began.
  if (type === "appointment" && HELD_SINCE.some((held) => held.test(text)))
    return text.replace(/\bsince\b/i, "in");
  return text;
}

/** An aside that describes the noun before it: "a 46-page document published on Wednesday", "delivered last week". */
const DESCRIBING_ASIDE = /,\s+((?:an?|the)\s[^,]*|\w+ed\b[^,]*),/g;

/** Where a negated verb phrase ends: at a comma or a conjunction that starts another fact. */
const NEGATED_PHRASE_END = /[,;]|\s(?:and|but|despite|though|although|while|after|when)\s/i;
