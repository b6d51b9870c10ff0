import type { EventType } from "../data/vocabulary.ts";
import {
  ACTS_ON_A_THING,
  DOCUMENT_GRANTS,
  NOUN_TYPES,
  PHRASE_TYPES,
  REPORTING,
  TYPE_RANK,
  VERB_TYPES,
} from "./eventLexicon.ts";
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
  // "He denied that he had agreed the sale before the trustees voted on it": a closing clause
  // of time ("before …", "after …", "when …") dates the event; it is not the event, unless
  // the rest names none ("came to light last month, when the Ledger published a letter").
  const time = TIME_CLAUSE.exec(text);
  if (time && time.index > 0) {
    const own = typeOfWords(text.slice(0, time.index), verbs);
    if (own !== null) return own;
  }
  return typeOfWords(text, verbs);
}

/**
 * A closing clause of time with its own subject: "…, two months after the orchestra's board
 * suspended him", "… is expected to become acting president when she leaves".
 */
const TIME_CLAUSE =
  /\b(before|after|until|when|once)\s+(the|a|an|its|his|her|their|he|she|they|it|\w+['’]s|[A-Z]\w+)\s[^;,]*$/;

function typeOfWords(text: string, verbs: readonly Tagged[]): SuggestedType | null {
  let best: SuggestedType | null = null;
  const consider = (type: EventType | undefined) => {
    if (!type || type === "other") return;
    if (best === null || TYPE_RANK[type] > TYPE_RANK[best]) best = type;
  };
  // Quoted words are what someone said, not what the article reports happened. Leaving a room,
  // or leaving someone worse off, is no one leaving a post.
  const unit = maskQuotes(text.replace(LEAVES_NO_POST, (m) => m.replace(/^\w+/, "moved")));
  if (DOCUMENT_GRANTS.test(unit)) return "policy";
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
    // "a retired judge", "current and retired employees": a participle before a noun describes.
    .filter(
      (v) =>
        !/^\w+ed$/.test(v.text) ||
        !new RegExp(`\\b(a|an|the|and|or|of|his|her|their|its)\\s+${v.text}\\s+[a-z]`).test(unit),
    )
    // The tagger's infinitive is already its head verb ("walk out" is walking; "walk back" and
    // "find out" keep their particle and are no event): see headVerb in tagSentences.ts.
    .flatMap((v) => v.infinitive?.toLowerCase() ?? []);
  // Title-case headlines ("Who Quit … Likely To Join") are not tagged as verbs: read the words.
  if (isHeadline(text))
    for (const m of unit.matchAll(VERB_WORD)) infinitives.push((m[1] as string).toLowerCase());
  for (const infinitive of infinitives) {
    if (infinitive === "step" && !/\bstep\w*\s+(down|aside|away)\b/i.test(unit)) continue;
    // Walking is leaving only when out or away: "walked back her remarks" retracts them.
    if (infinitive === "walk" && !/\bwalk\w*\s+(out|off|away)\b/i.test(unit)) continue;
    if (
      infinitive === "name" &&
      !/\b(was|were|is|been|be)\s+named\b|\bnamed\s+[A-Z]|\bnamed\b[^.;]{0,60}?\bas\b|\b(to|will|would|could|may|might)\s+name\s+(a|an|the|its|his|her|their)\s+(?!few\b)/.test(
        unit,
      )
    )
      continue;
    if (infinitive === "leave" && /\bleaves?\s+(of|for)\s+absence\b/i.test(unit)) continue;
    // Dismissing stories or claims is answering them, not dismissing a person.
    if (infinitive === "dismiss" && DISMISSES_WORDS.test(unit)) {
      consider("statement");
      continue;
    }
    // "He had found out about his removal": learning of something is no finding.
    if (infinitive === "find" && /\b(find|finds|found|finding)\s+out\b/i.test(unit)) continue;
    // Suspending a grant or removing posts is a policy; suspending a person is the board's act.
    if ((infinitive === "suspend" || infinitive === "remove") && ACTS_ON_A_THING.test(unit)) {
      consider("policy");
      continue;
    }
    // Hiring a firm ("voted to hire the consultancy X") gives no one a post.
    if (VERB_TYPES.get(infinitive) === "appointment" && HIRES_A_FIRM.test(unit)) continue;
    // "He will report to the chief executive" is a reporting line, not a report.
    if (infinitive === "report" && /\breport(s|ed|ing)?\s+(directly\s+)?to\b/i.test(unit)) continue;
    consider(VERB_TYPES.get(infinitive));
  }
  for (const [pattern, type] of PHRASE_TYPES) if (pattern.test(unit)) consider(type);
  // What a vote decides is its type: a vote to name someone is an appointment, a vote to set or
  // suspend a rule or a contract is a policy, and any other vote is the board's act.
  // (A decision someone said is to come is what was said.)
  const decision = DECIDE_WHETHER.exec(unit);
  const vote = VOTE_TO.exec(unit) ?? (decision && decision.index < saidEnd ? decision : null);
  if (vote && best !== "departure") return votedType(vote[1] as string);
  const byVerb = best as SuggestedType | null;
  // Nouns name an event only where no verb did ("the departures of …", "a new policy").
  // "The resignations come on top of …" looks back at events already told, not at a new one.
  if (best === null && !LOOKS_BACK.test(unit))
    for (const [pattern, type] of NOUN_TYPES) if (pattern.test(unit)) consider(type);
  // A board acting is a board event, unless the clause reports on it, names a person's exit or
  // sets a rule by its verb (a board that backs a policy acts; one that adopts it makes policy).
  if (
    byVerb !== "report" &&
    byVerb !== "policy" &&
    ((/\b(the|its|\w+['’]s)\s+(board|trustees)\b/i.test(unit) &&
      (BOARD_ACTS.test(unit) || BOARD_BUSINESS.test(unit))) ||
      BY_A_BOARD.test(unit))
  )
    best = "board";
  // A board or a vote that approves a rule makes policy.
  if (best === "board" && SETS_A_RULE.test(unit)) best = "policy";
  return best;
}

/** "voted 4-3 to name …", "is expected to vote in November on whether to cancel …": what is voted for, up to the next clause. */
const VOTE_TO =
  /\bvot(?:e|ed|ing)\b(?:\s+(?:\d+\s*(?:-|to)\s*\d+|[\w-]+)){0,4}?\s+(?:on\s+whether\s+)?to\s+([^,;]*?)(?=\s+and\s+|[,;]|$)/i;

/** "is expected to decide in December whether the museum keeps its grant": a decision to come, typed like a vote. */
const DECIDE_WHETHER =
  /\bdecide[sd]?\b[^.;]{0,60}?\bwhether\s+(?:to\s+)?([^,;]*?)(?=\s+and\s+|[,;]|$)/i;

/** The type of what a vote decides, from the words after its "to". */
function votedType(decided: string): SuggestedType {
  const verb = VERB_TYPES.get(/^\w+/.exec(decided)?.[0].toLowerCase() ?? "");
  if (verb === "appointment" && !HIRES_A_FIRM.test(decided)) return "appointment";
  if (verb === "policy" || ACTS_ON_A_THING.test(decided) || RULE_OR_CONTRACT.test(decided))
    return "policy";
  return "board";
}

/** Written rules, contracts and grants, the things a policy sets, suspends or cancels. */
const RULE_OR_CONTRACT =
  /\b(polic(y|ies)|rules?|contracts?|agreements?|guidelines?|clauses?|charter|code of conduct|regulations?|grants?|funding|subsid(y|ies))\b/i;

/** A board's own acts on people and business, told with the board as subject ("the board, which …, backed"). */
const BOARD_ACTS =
  /\b(board|trustees)(,[^.;]{0,100}?,|,)?\s+(of\s+\w+\s+|\w+\s+)?(oust|dismiss|remov|fire|vot|attempt|reinstat|approv|reject|overrul|reshuffl|suspend|back|endors)/i;

/** Dismissing what was said: "dismissing weekend newspaper stories", "dismissed the claims as baseless". */
const DISMISSES_WORDS =
  /\bdismiss\w*\s+(the\s+|such\s+|those\s+|these\s+|any\s+)?([\w-]+\s+){0,2}(claims?|reports?|stories|story|suggestions?|allegations?|criticism|concerns?|idea|speculation|rumou?rs?|questions?|accusations?)\b|\bdismiss\w*\s+[^.;]{0,40}?\bas\s+(baseless|unfounded|nonsense|speculation|false|untrue)\b/i;

/** A person removed by a governing body: "was dismissed by the club's executive board". */
const BY_A_BOARD =
  /\b(ousted|dismissed|removed|suspended|fired|sacked|voted\s+out)\b[^.;]{0,60}?\bby\s+(the|its|his|her|their|\w+['’]s)\s+([\w'’-]+\s+){0,3}(board|trustees|executive|council|directors)\b/i;

/** Hiring a firm, not a person: "hire an outside firm", "retained the consultancy Brandt & Okafor". */
const HIRES_A_FIRM =
  /\b(hir|appoint|retain|recruit|engag)\w*\s+(a|an|the)\s+([\w-]+\s+){0,2}(firm|consultancy|consultants|consulting|agency|company|auditor|law\s+firm)\b/i;

/** Verbs of asking for something: what is asked for has not happened. */
const ASKING =
  /\b(ask(s|ed|ing)?|urg(e|es|ed|ing)|call(s|ed|ing)?\s+(on|for)|demand(s|ed|ing)?)\b/i;

/** A clause whose subject is events already told, named by a plural noun with nothing new ("The appointments bring …"). */
const LOOKS_BACK =
  /^\s*(the|these|those)\s+(resignations|departures|exits|appointments|dismissals)\b(?!\s+(of|by)\b)|^\s*(his|her|their|its|the)\s+(resignation|departure|exit|appointment|dismissal|ouster|removal)\s+(follows|followed|comes|came|marks|marked)\b/i;

/**
 * "left the chamber before the debate", "left two hours later", "left the board no real
 * choice", "left crane drivers worse off", "the reversal left "one out of nine"": leaving a
 * place or a state, not a post.
 */
const LEAVES_NO_POST =
  /\b(left|leave|leaves|leaving)\s+(the\s+)?(room|chamber|building|stage|hall|meeting|session|courtroom|premises|scene|pitch)\b|\bleft\s+by\s+the\b|\bleft\s+([\w-]+\s+){0,2}(hours?|minutes?)\s+later\b|\b(left|leaves|leaving)\s+([\w'’-]+\s+){1,3}["“]?(no|worse|better|little|unable|exposed|vulnerable)\b|\b(left|leaves)\s+["“]/gi;

/**
 * A board at work on its own business: forming a committee ("the board said it had formed a
 * special committee"), or meeting to discuss something ("the board is expected to discuss").
 */
const BOARD_BUSINESS =
  /\bboard\b[^.;]{0,60}?\b(formed|set up|created|established)\s+(a|an)\s+([\w-]+\s+){0,3}committee\b|\bboard\s+((is|are)\s+(expected|due|set)\s+to\s+|will\s+|would\s+|could\s+|may\s+)?(meet|met|discuss)\w*\b/i;

/** Approving, adopting or amending a written rule: what a board does when it makes policy. */
const SETS_A_RULE =
  /\b(approv|adopt|amend|ratif)\w*\b[^.;]{0,40}?\b(rules?|memo|polic(y|ies)|code|charter|clauses?)\b/i;

/** A tagged verb's words without the punctuation the tagger keeps ("had been dismissed,"), which a clause may end before. */
const words = (v: Tagged) => v.text.replace(/[.,;:!?"”’]+$/, "");

/**
 * A relative clause or aside between commas (", a physicist who took over the journal in 2012,"
 * included), or a relative clause on a person that ends the clause.
 */
const ASIDE =
  /,\s+(?:(?:a|an)\s+[^,;"“]{1,60}?\s+(?=who\b))?(?:who|which|whose|now|previously|formerly|then)\b[^,]*,|,\s+who\b[^,]*$/gi;

/** The words of a clause's relative clauses and asides, which `mainClause` leaves out. */
function asides(unit: string): string {
  return [...unit.matchAll(ASIDE)].map((m) => m[0].replace(/^,\s*|,$/g, "")).join("; ");
}

/** The clause without its non-restrictive relative clauses and asides (", who …," ", now …,"), and a closing ", who …" about a person. */
export function mainClause(unit: string): string {
  return unit.replace(ASIDE, (m) => (m.endsWith(",") ? "," : ""));
}
