import type { Clause } from "./splitClauses.ts";

/**
 * Whether a clause's verbs are all in the simple present ("The deal still requires approval",
 * "Her departure follows those of two others"): it describes how things stand, not an event. A
 * statement's present ("Huddlepost says …") reports speech and is not asked.
 */
export function describesState(
  clause: Clause,
  verbs: readonly { text: string; start: number; infinitive?: string | undefined }[],
): boolean {
  if (verbs.length > 0 && verbs.every((verb) => SIMPLE_PRESENT.test(verb.text))) return true;
  // "It requires every paper to be cleared …, and bars …", "The penalty is the largest the
  // authority has imposed": the main verb, the first outside an aside or a relative clause and
  // not an infinitive, says how things stand; what the asides add does not make it an event.
  // A relative clause in the past is a fact of its own ("Its chair is a midwife who has run the
  // trust since 2014", "a report …, which found …").
  const relative = (verb: { start: number }) =>
    RELATIVE_OPEN.test(clause.text.slice(0, verb.start - clause.start));
  if (verbs.some((verb) => relative(verb) && !SIMPLE_PRESENT.test(verb.text))) return false;
  // An aside opens at one comma and closes at the next ("Halvard AI, the lab behind its
  // models, has rewritten …"): a verb after an odd number of commas is inside one.
  const main = verbs.find((verb) => {
    const before = clause.text.slice(0, verb.start - clause.start);
    return (
      !relative(verb) && !/\bto\s+$/i.test(before) && (before.match(/,/g) ?? []).length % 2 === 0
    );
  });
  return main !== undefined && !/\bwas$/i.test(main.text) && SIMPLE_PRESENT.test(main.text);
}

/** Words up to a verb that leave it inside a relative clause or an aside still open. */
const RELATIVE_OPEN = /\b(?:which|who|whom|whose|where|when|that|what)\b[^,]*$/i;

/** A verb in the simple present, third person, with its adverbs; "has" is left out: "has run". */
const SIMPLE_PRESENT = /^(?:(?:\w+ly|still|also|now|only)\s+)*(?:is|are|(?!has$)[a-z]+[^s']s)$/i;
