import type { EventType } from "../data/vocabulary.ts";
import { NOUN_TYPES, PHRASE_TYPES, REPORTING, TYPE_RANK, VERB_TYPES } from "./eventLexicon.ts";
import { isHeadline } from "./isHeadline.ts";
import { maskQuotes } from "./maskQuotes.ts";
import type { Tagged } from "./tagSentences.ts";

/** The event types a suggestion can have: every type but the catch-all "other". */
export type SuggestedType = Exclude<EventType, "other">;

/** Inflections of the lexicon's verbs, for words the tagger does not see as verbs (headlines). */
const VERB_WORD = new RegExp(
  `\\b(${[...VERB_TYPES.keys()].join("|")})(s|es|ed|d|ing|ped|ted)?\\b`,
  "gi",
);

/** The event type a clause reports, given the verbs tagged in it: by its verbs first, then by event nouns; null if none. */
export function classifyClause(clause: string, verbs: readonly Tagged[]): SuggestedType | null {
  return classifiedPart(clause, verbs).type;
}

/**
 * The clause's type and the words it was read from: the main clause when it has an event, so
 * that its own time words date it, or else the whole clause with its relative clauses.
 */
export function classifiedPart(
  clause: string,
  verbs: readonly Tagged[],
): { type: SuggestedType | null; part: string } {
  // What a relative clause says ("Kessler, who joined in 2014, told …") is not the clause's
  // event, unless the clause has none of its own ("Ekdahl, who is rumoured to be in talks").
  const main = mainClause(clause);
  if (main === clause) return { type: typeOfText(clause, verbs), part: clause };
  const mainType = typeOfText(main, verbs);
  if (mainType !== null) return { type: mainType, part: main };
  // "Ashdown, who joined earlier this year, did not respond": the asides' event, with their own
  // time words and flags, not the main clause's "not".
  const aside = asides(clause);
  const asideType = typeOfText(aside, verbs);
  return asideType !== null
    ? { type: asideType, part: aside }
    : { type: typeOfText(clause, verbs), part: clause };
}

function typeOfText(text: string, verbs: readonly Tagged[]): SuggestedType | null {
  let best: SuggestedType | null = null;
  const consider = (type: EventType | undefined) => {
    if (!type || type === "other") return;
    if (best === null || TYPE_RANK[type] > TYPE_RANK[best]) best = type;
  };
  // Quoted words are what someone said, not what the article reports happened.
  const unit = maskQuotes(text);
  // "X said the company needed to publish …", "X said the rules would be adopted": a report or
  // a policy told by a speaker is what was said; the speaker's act is a statement. (Who left or
  // was ousted, even when told, is still that event.)
  // So is what someone asked for ("a letter asking the board to publish the review").
  const said = REPORTING.exec(unit) ?? ASKING.exec(unit);
  const saidEnd = said ? said.index + said[0].length : unit.length;
  const spoken = (v: Tagged) => {
    const type = VERB_TYPES.get(v.infinitive?.toLowerCase() ?? "");
    return (type === "report" || type === "policy") && unit.indexOf(words(v)) >= saidEnd;
  };
  const infinitives = verbs
    .filter((v) => unit.includes(words(v)) && !spoken(v))
    // A lone "-ing" word is an adjective ("departing staff") unless a form of "be" leads it or
    // it opens the clause ("…, saying that …").
    .filter(
      (v) =>
        !/^\w+ing$/i.test(v.text) ||
        unit.trimStart().startsWith(v.text) ||
        new RegExp(`\\b(is|was|are|were|be|been)\\s+${v.text}\\b`, "i").test(unit),
    )
    .flatMap((v) => v.infinitive?.toLowerCase() ?? []);
  // Title-case headlines ("Who Quit … Likely To Join") are not tagged as verbs: read the words.
  if (isHeadline(text))
    for (const m of unit.matchAll(VERB_WORD)) infinitives.push((m[1] as string).toLowerCase());
  for (const infinitive of infinitives) {
    if (infinitive === "step" && !/\bstep\w*\s+(down|aside|away)\b/i.test(unit)) continue;
    if (
      infinitive === "name" &&
      !/\b(was|were|is|been|be)\s+named\b|\bnamed\s+[A-Z]|\bnamed\b[^.;]{0,60}?\bas\b|\b(to|will|would)\s+name\s+(a|an|the|its|his|her|their)\s+(?!few\b)/.test(
        unit,
      )
    )
      continue;
    if (infinitive === "leave" && /\bleaves?\s+(of|for)\s+absence\b/i.test(unit)) continue;
    // Suspending a grant or payments is a policy; suspending a person is the board's act.
    if (infinitive === "suspend" && SUSPENDS_A_THING.test(unit)) {
      consider("policy");
      continue;
    }
    // "He will report to the chief executive" is a reporting line, not a report.
    if (infinitive === "report" && /\breport(s|ed|ing)?\s+(directly\s+)?to\b/i.test(unit)) continue;
    consider(VERB_TYPES.get(infinitive));
  }
  for (const [pattern, type] of PHRASE_TYPES) if (pattern.test(unit)) consider(type);
  // Nouns name an event only where no verb did ("the departures of …", "a new policy").
  // "The resignations come on top of …" looks back at events already told, not at a new one.
  if (best === null && !LOOKS_BACK.test(unit))
    for (const [pattern, type] of NOUN_TYPES) if (pattern.test(unit)) consider(type);
  // A board acting is a board event, unless the clause reports on it, names a person's exit or
  // sets a rule (a board approving a memo, agreement or contract makes policy).
  if (
    best !== "report" &&
    best !== "policy" &&
    /\b(the|its|\w+['’]s)\s+(board|trustees)\b/i.test(unit) &&
    (/\b(board|trustees)\s+(\w+\s+)?(oust|dismiss|remov|fire|vot|attempt|reinstat|approv|reject|overrul|reshuffl)/i.test(
      unit,
    ) ||
      BOARD_BUSINESS.test(unit))
  )
    best = "board";
  // A board or a vote that approves a rule, an agreement or a contract makes policy.
  if (best === "board" && SETS_A_RULE.test(unit)) best = "policy";
  return best;
}

/** Verbs of asking for something: what is asked for has not happened. */
const ASKING =
  /\b(ask(s|ed|ing)?|urg(e|es|ed|ing)|call(s|ed|ing)?\s+(on|for)|demand(s|ed|ing)?)\b/i;

/** Suspending a thing, not a person: money, contracts, operations. */
const SUSPENDS_A_THING =
  /\bsuspend\w*\s+(a|an|the|its|their|all)?\s*([\w.-]+\s+){0,3}(grants?|funding|payments?|contracts?|sponsorship|programmes?|programs?|deals?|operations|sales|trading|aid|dividends?|production)\b/i;

/** A clause whose subject is events already told, named by a plural noun with nothing new ("The appointments bring …"). */
const LOOKS_BACK =
  /^\s*(the|these|those)\s+(resignations|departures|exits|appointments|dismissals)\b(?!\s+(of|by)\b)/i;

/**
 * A board at work on its own business: forming a committee ("the board said it had formed a
 * special committee"), or meeting to discuss something ("the board is expected to discuss").
 */
const BOARD_BUSINESS =
  /\bboard\b[^.;]{0,60}?\b(formed|set up|created|established)\s+(a|an)\s+([\w-]+\s+){0,3}committee\b|\bboard\s+((is|are)\s+(expected|due|set)\s+to\s+|will\s+|would\s+|could\s+|may\s+)?(meet|met|discuss)\w*\b/i;

/** Approving, adopting or amending a written rule: what a board does when it makes policy. */
const SETS_A_RULE =
  /\b(approv|adopt|amend|sign|ratif)\w*\b[^.;]{0,40}?\b(rules?|agreements?|contracts?|deal|memo|polic(y|ies)|code|charter|clauses?)\b/i;

/** A tagged verb's words without the punctuation the tagger keeps ("had been dismissed,"), which a clause may end before. */
const words = (v: Tagged) => v.text.replace(/[.,;:!?"”’]+$/, "");

/** A relative clause or aside between commas, or a relative clause on a person that ends the clause. */
const ASIDE = /,\s+(?:who|which|whose|now|previously|formerly|then)\b[^,]*,|,\s+who\b[^,]*$/gi;

/** The words of a clause's relative clauses and asides, which `mainClause` leaves out. */
function asides(unit: string): string {
  return [...unit.matchAll(ASIDE)].map((m) => m[0].replace(/^,\s*|,$/g, "")).join("; ");
}

/** The clause without its non-restrictive relative clauses and asides (", who …," ", now …,"), and a closing ", who …" about a person. */
export function mainClause(unit: string): string {
  return unit.replace(ASIDE, (m) => (m.endsWith(",") ? "," : ""));
}
