import type { SuggestedType } from "./classifyClause.ts";
import { MONTH_NAMES } from "./dateMath.ts";
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
  if (type === "statement") return sayingPart(text, REPORTING);
  // "said on Monday its finance director would leave the company at the end of March": an act
  // told for a set time is dated by that time; an announced one with no time of its own, or that
  // only starts or ends a state ("would end remote work from April 3"), by the announcement.
  const saying = sayingPart(text, REPORTING);
  const told = text.slice(saying.length);
  if (toldForSetTime(told)) return told;
  if (announced) return saying;
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

/**
 * A verb about the future followed, within its clause, by a month introduced by "in", "at" or "on"
 * ("will close its stores in June", "would adopt it at its meeting on February 8").
 */
const AT_SET_TIME = new RegExp(
  `\\b(?:will|would|is\\s+to|are\\s+to)(?!\\s+not\\b)\\s[^;.]*?(?<!\\b(?:starting|beginning|effective|from|until|by|before))\\s+(?:in|at|on)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${MONTH_NAMES.join("|")})\\b`,
  "i",
);

/** Whether told words announce an act for a set time ("would close its stores in June"). */
export function toldForSetTime(told: string): boolean {
  return AT_SET_TIME.test(told);
}

/** An aside that describes the noun before it: "a 46-page document published on Wednesday", "delivered last week". */
const DESCRIBING_ASIDE = /,\s+((?:an?|the)\s[^,]*|\w+ed\b[^,]*),/g;

/** Where a negated verb phrase ends: at a comma or a conjunction that starts another fact. */
const NEGATED_PHRASE_END = /[,;]|\s(?:and|but|despite|though|although|while|after|when)\s/i;
