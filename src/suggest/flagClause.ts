import type { EventType } from "../data/vocabulary.ts";
import {
  ANNOUNCING,
  DENIAL,
  FINDING,
  NEGATION,
  REPORTING,
  SPECULATION,
  VERB_TYPES,
} from "./eventLexicon.ts";
import { maskQuotes } from "./maskQuotes.ts";

/** Why a candidate is not a plain fact: the text negates, denies or only speculates it. */
export type SuggestionFlag = "negation" | "denial" | "speculation";

/**
 * What keeps a clause from being a plain fact: a denial or else a negation, and speculation.
 * A statement is flagged by its saying only ("X told reporters he would not …" is a plain
 * statement); what a denial denies is not speculation of the denier ("denied that he was
 * considering …"); and "would" after a reporting verb is a decision announced ("said it would
 * also remove …"), while "could", "may" and "is expected to" stay speculation.
 */
export function flagClause(text: string, type?: string): SuggestionFlag[] {
  const flags: SuggestionFlag[] = [];
  // "Not" in a quote is the speaker's word, not the article's; "May" within a clause is the month.
  const clause = maskQuotes(text).replace(/(?<=.)\bMay\b/g, "Mxy");
  const speaker = speakerPart(clause);
  // A statement is flagged by its saying, a report by its own words before what it found.
  const finding = type === "report" ? FINDING.exec(clause) : null;
  const saying =
    type === "statement"
      ? clause.slice(speaker.start, speaker.end)
      : finding
        ? clause.slice(0, finding.index)
        : clause;
  const denial = DENIAL.exec(saying);
  const negation = NEGATION.exec(saying);
  if (denial) flags.push("denial");
  else if (negation && (!type || negatesEvent(saying, negation.index, type)))
    flags.push("negation");
  const guessed = denial ? saying.slice(0, denial.index) : withoutAnnouncedWould(saying);
  if (SPECULATION.test(guessed)) flags.push("speculation");
  return flags;
}

/** Each type's verbs, in any inflection ("resign", "resigned", "resigning"). */
const EVENT_WORDS = new Map(
  [...new Set(VERB_TYPES.values())].map((type) => [
    type,
    new RegExp(
      `\\b(${[...VERB_TYPES].flatMap(([verb, t]) => (t === type ? [verb] : [])).join("|")})\\w*`,
      "i",
    ),
  ]),
);

/**
 * Where the first word that names an event of `type` ends, or the clause's end when none does:
 * a "not" after it negates something else ("resigned … accusing it of breaking a promise not to
 * sell"), while "did not resign" and "is not leaving" negate the event.
 */
function eventWordEnd(clause: string, type: string): number {
  if (type === "statement" || type === "report") return clause.length;
  const word = EVENT_WORDS.get(type as EventType)?.exec(clause);
  return word ? word.index + word[0].length : clause.length;
}

/**
 * Whether the "not" at `at` negates the clause's event: it stands right before a word of its type
 * ("have not resigned", "did not step down"), or before the first such word and before any verb of
 * saying, whose object is what was said: "said that it would not renew" announces a decision.
 */
function negatesEvent(clause: string, at: number, type: string): boolean {
  if (type === "statement" || type === "report") return true;
  const word = EVENT_WORDS.get(type as EventType);
  const after = clause.slice(at).replace(/^\S+\s+/, "");
  const next = word ? new RegExp(`^(?:\\S+\\s+){0,2}?${word.source}`, "i").exec(after) : null;
  if (next) return true;
  const said = ANNOUNCING.exec(clause);
  return at < eventWordEnd(clause, type) && (!said || at < said.index);
}

/** The clause with each "would" after an announcing verb left out: a decision told, not a guess. */
function withoutAnnouncedWould(clause: string): string {
  const verb = ANNOUNCING.exec(clause);
  if (!verb) return clause;
  const end = verb.index + verb[0].length;
  return clause.slice(0, end) + clause.slice(end).replace(/\bwould\b/gi, "");
}

/**
 * Where a statement names who spoke, as offsets into the clause: up to and including its first
 * reporting verb ("Teo said"), or from that verb on when the attribution follows what was said
 * ("…, said Ines Calloway, who sits on the committee"); the whole clause when it has no such verb.
 */
export function speakerPart(text: string): { start: number; end: number } {
  const clause = maskQuotes(text);
  const verb = REPORTING.exec(clause);
  if (!verb) return { start: 0, end: clause.length };
  const after = clause.slice(verb.index + verb[0].length);
  // "…, said Ines Calloway, who …" names the speaker after the verb; "A spokeswoman, Erin
  // Takahashi, said Denholm was not fired" tells a clause with its own verb.
  // "The chair of trustees, Alan Fairbrother, said the review …": a subject with its name in
  // apposition, not what was said before the attribution.
  const before = clause.slice(0, verb.index);
  const inverted =
    /[,”"]\s*$/.test(before) &&
    !APPOSITION.test(before) &&
    /^\s+(?:[A-Z]|the\b|an?\b)/.test(after) &&
    !TOLD_CLAUSE.test(after.split(/[,;]/)[0] ?? "");
  return inverted
    ? { start: verb.index, end: clause.length }
    : { start: 0, end: verb.index + verb[0].length };
}

/** A subject that ends in a name in apposition: "The union's chair, Dace Kalniņa, ". */
const APPOSITION = /^[^,"“”]{2,80},\s*(\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+,\s*$/u;

/** A told clause's own verb after the reporting verb: "said Denholm was not fired". */
const TOLD_CLAUSE = /\b(was|were|is|are|had|has|have|would|will|could|did|does)\b/i;

/**
 * Where what was said begins after a reporting or denying verb and its time and place words:
 * "that", a quote, or a new subject. "Told" takes its hearers first ("told the Financial Times on
 * Monday"), as does a verb followed by "to" ("wrote to the board in August"), and "confirmed" or
 * "announced" an object that is the event itself, so a determiner starts what was said only after
 * "said" or "wrote", and not as the saying's own time words ("said earlier this week that").
 */
const WHAT_WAS_SAID =
  /(?<!\b(?:in|at|on|to|from|with|by|for|of|during|outside|after|before)\s+)\b(that|he|she|they|it|we|I|its|his|her|their|(?:the|this)(?!\s+(?:(?:same|previous|following|past)\s+)?(?:week|month|year|day|morning|afternoon|evening|weekend)\b))\b|[“"]/;
const WHAT_WAS_TOLD = /\b(that|he|she|they|it|we|I)\b|[“"]/;
const WHAT_WAS_ANNOUNCED = /\bthat\b|[“"]/;

/**
 * A clause up to the end of its saying or denying ("Teo said on Tuesday", "She denied"), for
 * dating: the time words of what was said ("… that she learned of it in July") date that, not
 * the saying. The whole clause when `verb` is not in it, or when the speaker follows the quote.
 */
export function sayingPart(text: string, verb: RegExp): string {
  const masked = maskQuotes(text);
  const found = verb.exec(masked);
  if (!found) return text;
  const end = found.index + found[0].length;
  if (verb === REPORTING && speakerPart(text).start > 0) return text;
  // "Wrote to the trustees last month" takes its hearers first, as "told" does.
  const word = /^\s+to\b/.test(masked.slice(end)) ? "told" : found[0].toLowerCase();
  const content = /^(said|says|say|wrote|writes|added|adds|saying)$/.test(word)
    ? WHAT_WAS_SAID
    : /^(told|tells)$/.test(word)
      ? WHAT_WAS_TOLD
      : WHAT_WAS_ANNOUNCED;
  const said = content.exec(masked.slice(end));
  return said ? text.slice(0, end + said.index) : text;
}
