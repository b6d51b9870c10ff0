import type { SuggestedType } from "./classifyClause.ts";
import { DENIAL, NOUN_TYPES, REPORTING } from "./eventLexicon.ts";
import { speakerPart } from "./flagClause.ts";
import { maskQuotes } from "./maskQuotes.ts";

/** A clause's type once its telling is read: who spoke, and whether what they told is the event. */
export interface Telling {
  type: SuggestedType | null;
  /** A second event the clause reports besides the saying: what was told, when it is news. */
  also: SuggestedType | null;
  /** Where what was told begins in the clause, for the second event's people and date. */
  toldStart: number;
  /** The second event is a statement by the clause's subject, who is its speaker. */
  bySubject?: boolean;
  /** An organisation tells an act: a statement instead when the article reported the act before. */
  toldAct?: boolean;
  /** The clause's event is a decision announced: dated by the announcement, not by its own words. */
  announced: boolean;
}

/** What the caller knows that text alone does not say. */
export interface TellingContext {
  /** The event type of some words of the clause, read as the classifier reads a clause. */
  typeOf: (text: string) => SuggestedType | null;
  /** Whether these words of the clause name a person (the speaker's words). */
  namesPerson: (words: string) => boolean;
}

/**
 * A call for something: "called for his resignation", "calling on him to go", "urged the
 * trustees to publish", "despite calls from investors". (Not "is expected to call for a vote":
 * a call to come is no statement made, nor is a meeting "expected to be called for April".)
 */
const CALL =
  /\b(?<!\b(to|be|been|being|is|was|were)\s)(called|calling|calls?)\s+([\w'’-]+\s+){0,4}?(for|on\s+\w+\s+to)\b|\b(despite|amid|after|following)\s+([\w'’-]+['’]s\s+|the\s+)?calls?\b|\burg(e|es|ed|ing)\s+\w+/i;

/** Where a second fact joins a clause: "He did not resign, though …", "…, despite …". */
const JOIN = /\b(though|although|but|while|despite|amid|after|following|and)\b/gi;

/**
 * A call for something is a statement of whoever calls: what is called for has not happened
 * ("Tenants' groups have called for a register", "who called for his resignation last month").
 * When the clause first reports an act of its own ("He did not resign, though three artists,
 * A, B and C, called for him to go"), the act keeps the clause and the call is told besides.
 */
function readCall(masked: string, at: number, kept: Telling, context: TellingContext): Telling {
  const before = masked.slice(0, at);
  const own = context.typeOf(before);
  if (own === null || own === "statement") return { ...kept, type: "statement" };
  const joins = [...before.matchAll(JOIN)];
  const join = joins.at(-1);
  if (!join) return kept;
  return { ...kept, type: own, also: "statement", toldStart: join.index };
}

/** A verb of a clause of its own in the words before a reporting verb. */
const FINITE = /\b(had|has|have|was|were|is|are|did|does|would|will)\b/i;

/** A relative clause or aside between commas ("Tolland, who has led the union, denied"). */
const ASIDE = /,\s*(who|which|whose|where)\b[^,]*,/gi;

/** Acts of people and boards: told by someone, they are what that someone said. */
const ACTS = new Set<SuggestedType>(["departure", "appointment", "board"]);

/** Speakers that are people without a name the tagger sees: spokespeople, analysts, titled officials. */
const PERSON_WORDS =
  /\b(he|she|I|we|spokes(man|woman|person|people)|analysts?|lawyers?|officials?|people|sources|colleagues|members|staff|employees|researchers|families|critics|minister|senator|mayor|councillor|chair(man|woman)?|president|secretary|director|founder|author|editor|professor|Dr)\b/i;

/** What an organisation says it will do itself: "said it would also close", "said that it will". */
const OWN_DECISION = /^\s*(that\s+)?it\s+(also\s+)?(would|will)\b(?!\s+not\s+comment)/i;

/** An institution deciding, in what a person tells: "the government would require …". */
const INSTITUTION_WILL =
  /^\s*(that\s+)?(the|its|their)\s+([\w-]+\s+){0,2}(company|government|ministry|board|group|department|council|federation|university|agency|authority|commission|trustees|executive|club|league|union)\s+(also\s+)?(would|will)\b/i;

/** Verbs of taking a side: an organisation that "would support" a deal states a view, decides nothing. */
const STANCE =
  /^\s*(that\s+)?(it|they)\s+(also\s+)?(would|will)\s+(not\s+)?(support|back|oppose|welcome|cooperate|co-operate|consider|contest|appeal|comment|respond|fight|challenge|review|study|wait)\b/i;

/**
 * Reads a clause in which someone tells something ("X said …", "X denied …"), the speaker before
 * the verb, by the grammar of news:
 * - a call for something is a statement of whoever calls (see `readCall`);
 * - a denial is of the event it denies ("denied that she had been forced out" is a departure),
 *   and a saying after it ("…, and he said …") is a statement besides;
 * - a subject that acts and speaks ("did not step down and said …", "X, who quit in January,
 *   said …") gives the act and a statement by the subject;
 * - an organisation that says it will do something announces its own decision, a policy unless
 *   what it will do is an act of its own type ("said it would also close the unit"); one that
 *   tells an act tells news, unless the article reported the act already (`toldAct`);
 * - a person who tells of someone's leaving, hiring or removal makes a statement, and tells the
 *   act besides when a verb tells it and the article has not reported it already (`also`);
 * - a person who tells what an institution will do makes a statement and tells a policy ("the
 *   minister told parliament the government would require …").
 * Sources cited after what they told ("…, the company said"), inside a relative clause or in
 * the middle of a clause with its own verb are no speaker: the clause keeps the type it was given.
 */
export function retypeTelling(
  text: string,
  type: SuggestedType | null,
  context: TellingContext,
): Telling {
  const kept: Telling = { type, also: null, toldStart: text.length, announced: false };
  const masked = maskQuotes(text);
  const call = CALL.exec(masked);
  if (call) return readCall(masked, call.index, kept, context);
  const denial = DENIAL.exec(masked);
  const reporting = REPORTING.exec(masked);
  const verb = denial && (!reporting || denial.index <= reporting.index) ? denial : reporting;
  if (!verb) return kept;
  const speaker = masked.slice(0, verb.index);
  // "records that inspectors said had been falsified": a source cited inside a relative clause.
  if (/\b(that|which)\s+([\w'’-]+\s+){0,3}$/i.test(speaker)) return kept;
  // "resigned on Thursday, a week after the comptroller's office said …", "…, when the board
  // said its inquiry should end": a saying that dates the clause's act, not its subject's words.
  if (/\b(after|before|when|since|until)\s+([\w'’-]+\s+){0,4}$/i.test(speaker)) return kept;
  // "…, two people said." "…, family members say, …": a source cited, not a speaker's words.
  if (/^\s*([,.;:]|$)/.test(masked.slice(verb.index + verb[0].length))) return kept;
  // "She is expected to be confirmed": a passive or an infinitive is no one telling.
  if (/\b(be|been|being|is|was|were|are|to)\s+$/i.test(speaker)) return kept;
  // "Whelan did not step down and said on Friday that …": an act, and its doer's saying besides.
  const joined = /\b(and|but)\s+([\w'’-]+\s+){0,2}$/i.exec(speaker);
  const act = joined ? context.typeOf(speaker.slice(0, joined.index)) : null;
  if (joined && act !== null && ACTS.has(act))
    return { ...kept, type: act, also: "statement", toldStart: joined.index, bySubject: true };
  // "One director had pushed for X, two people said, but …": a source cited inside a clause
  // that has its own subject and verb, not a speaker.
  if (FINITE.test(speaker.replace(ASIDE, ","))) return kept;
  const afterVerb = verb.index + verb[0].length;
  // What was told starts after "that", or else right after the verb ("said it would …").
  const that = /^[^"“,;]{0,80}?\bthat\b/i.exec(masked.slice(afterVerb));
  const toldStart = afterVerb + (that ? that[0].length : 0);
  const told = masked.slice(toldStart);
  // "announced her resignation", "confirmed the decision": announcing an act is the act.
  if (!that && /^(announce|confirm)/i.test(verb[0])) return kept;
  // "…, the company said", "…, said Ines Calloway": the attribution follows what was told,
  // which is the article's event ("a spokeswoman, Erin Takahashi, said Denholm was …" does not).
  if (verb === reporting && speakerPart(text).start > 0) return kept;
  // The speaker part has its own event ("did not step down and said …"): not only a telling.
  const speakerType = context.typeOf(speaker);
  // "Osei, an organiser who quit in January, said on Sunday …": the subject's act, and its saying.
  if (speakerType !== null && ACTS.has(speakerType))
    return {
      ...kept,
      type: speakerType,
      also: "statement",
      toldStart: verb.index,
      bySubject: true,
    };
  if (speakerType !== null && speakerType !== "statement") return kept;
  const toldType = told.trim() === "" ? null : context.typeOf(told);
  if (verb === denial) {
    // "Keeling denied that …, and he said Ashdown's departure had been agreed": a denial and a
    // statement of the same speaker, each a fact.
    const andSaid = /,\s+and\s+((he|she|they)\s+)?(said|told|added)\b/i.exec(told);
    const denied = andSaid ? context.typeOf(told.slice(0, andSaid.index)) : null;
    if (andSaid && denied !== null && denied !== "statement")
      return {
        ...kept,
        type: denied,
        also: "statement",
        toldStart: toldStart + andSaid.index,
        bySubject: true,
      };
    return { ...kept, type: toldType ?? "statement" };
  }
  const person = context.namesPerson(speaker) || PERSON_WORDS.test(speaker);
  if (!person && OWN_DECISION.test(told)) {
    if (STANCE.test(told)) return { ...kept, type: "statement" };
    return {
      ...kept,
      type: toldType !== null && ACTS.has(toldType) ? toldType : "policy",
      announced: true,
    };
  }
  // "The board said in a statement that Feld was dismissed": an organisation telling an act is
  // the act when it is news, and a statement when the article has told it already.
  if (!person) return toldType !== null && ACTS.has(toldType) ? { ...kept, toldAct: true } : kept;
  // What was told names the act by a verb ("said Lind had resigned"); naming it by a noun
  // ("said Lind's exit was overdue") judges an act, it does not tell one.
  if (toldType !== null && ACTS.has(toldType))
    return {
      ...kept,
      type: "statement",
      also: context.typeOf(withoutEventNouns(told)) === toldType ? toldType : null,
      toldStart,
    };
  if (toldType === "policy" && INSTITUTION_WILL.test(told))
    return { ...kept, type: "statement", also: "policy", toldStart };
  return kept;
}

/** Words with the nouns that name events ("exit", "resignation") put out of reach. */
function withoutEventNouns(words: string): string {
  return NOUN_TYPES.reduce(
    (text, [pattern]) => text.replace(new RegExp(pattern.source, "gi"), "matter"),
    words,
  );
}
