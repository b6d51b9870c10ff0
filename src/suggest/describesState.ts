import { maskQuotes } from "./maskQuotes.ts";
import type { Clause } from "./splitClauses.ts";

/**
 * Whether a clause's verbs are all in the simple present ("The deal still requires approval",
 * "Her departure follows those of two others", "The guidelines suggest six weeks"): it describes
 * how things stand, not an event. Quoted words are what was said, not the clause's verbs, and a
 * statement's verb of saying in the present ("Huddlepost says …") reports speech: neither is
 * asked. A document that "says" what it found states it.
 */
export function describesState(
  clause: Clause,
  allVerbs: readonly { text: string; start: number; infinitive?: string | undefined }[],
  statement = false,
): boolean {
  const masked = maskQuotes(clause.text);
  const verbs = allVerbs.filter((verb) => masked[verb.start - clause.start]?.trim() !== "");
  if (statement && verbs.some((verb) => SAYING.test(lastWord(verb.text)))) return false;
  const present = (verb: { text: string; start: number; infinitive?: string | undefined }) =>
    SIMPLE_PRESENT.test(verb.text) ||
    isBarePresent(verb, clause.text.slice(0, verb.start - clause.start));
  if (verbs.length > 0 && verbs.every(present)) return true;
  // "It requires every paper to be cleared …, and bars …", "The penalty is the largest the
  // authority has imposed": the main verb, the first outside an aside or a relative clause and
  // not an infinitive, says how things stand; what the asides add does not make it an event.
  // A relative clause in the past is a fact of its own ("Its chair is a midwife who has run the
  // trust since 2014", "a report …, which found …").
  const relative = (verb: { start: number }) =>
    RELATIVE_OPEN.test(clause.text.slice(0, verb.start - clause.start));
  if (verbs.some((verb) => relative(verb) && !present(verb))) return false;
  // An aside opens at one comma and closes at the next ("Halvard AI, the lab behind its
  // models, has rewritten …"): a verb after an odd number of commas is inside one.
  const main = verbs.find((verb) => {
    const before = clause.text.slice(0, verb.start - clause.start);
    return (
      !relative(verb) && !/\bto\s+$/i.test(before) && (before.match(/,/g) ?? []).length % 2 === 0
    );
  });
  return main !== undefined && !/\bwas$/i.test(main.text) && present(main);
}

const lastWord = (text: string) => text.trim().split(/\s+/).pop() ?? "";

/**
 * A plural subject's present ("the guidelines suggest", "authors pay"): the verb is its own
 * infinitive and follows a plural noun or a plural pronoun; verbs whose past is spelled as their
 * present ("quit", "cut", "set") may be past and are left out.
 */
function isBarePresent(verb: { text: string; infinitive?: string | undefined }, before: string) {
  const words = verb.text.trim().split(/\s+/);
  const word = (words.pop() ?? "").toLowerCase();
  const subject = `${before} ${words.join(" ")}`.trim().split(/\s+/).pop() ?? "";
  return (
    word === verb.infinitive?.toLowerCase() &&
    PLURAL_SUBJECT.test(subject) &&
    !AUXILIARY.test(word) &&
    !SAME_PAST.test(word)
  );
}

/** A plural noun ("guidelines", "authors") or pronoun just before a verb. */
const PLURAL_SUBJECT = /^(?:(?![a-z]*(?:ss|us|is|as)$)[a-z]+s|they|we|you)$/i;

/** Auxiliaries and modals: "will leave", "could seek", "did not attend", "to be posted". */
const AUXILIARY =
  /^(?:will|would|could|can|may|might|must|shall|should|did|does|do|to|be|been|being|had|has|have|not|never)$/i;

/** Verbs whose simple past is spelled as their present. */
const SAME_PAST =
  /^(?:quit|cut|set|put|hit|let|cost|shut|spread|bid|hurt|split|upset|beat|cast|broadcast|forecast|read|bet|burst|thrust|rid|shed)$/i;

/** Verbs of saying: their present reports speech, not a state. */
const SAYING =
  /^(?:say|tell|write|argue|insist|claim|warn|add|note|acknowledge|admit|deny|maintain|contend|announce|confirm)(?:s|es|ed|d)?$|^(?:said|told|wrote|denied|denies)$/i;

/** Words up to a verb that leave it inside a relative clause or an aside still open. */
const RELATIVE_OPEN = /\b(?:which|who|whom|whose|where|when|that|what)\b[^,]*$/i;

/** A verb in the simple present, third person, with its adverbs; "has" is left out: "has run". */
const SIMPLE_PRESENT = /^(?:(?:\w+ly|still|also|now|only)\s+)*(?:is|are|(?!has$)[a-z]+[^s']s)$/i;
