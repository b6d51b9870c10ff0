import { POST_HELD_SINCE, REPORTING, VERB_TYPES } from "./eventLexicon.ts";
import type { TextSpan } from "./splitSentences.ts";
import { type Tagged, within } from "./tagSentences.ts";

/** A stretch of a sentence that may report one event: a clause, split where a new subject starts. */
export interface Clause extends TextSpan {
  /** Follows a semicolon: an item of a list that shares the clause's verb. */
  listItem?: boolean;
  /** A named person's telling of the clause before it ("…, the chair, Ana Ruiz, said"). */
  attribution?: boolean;
  /**
   * The predicate of the clause before it: after the subject's relative clause ("X, who left in
   * May, | said …") or a second verb of the same subject ("X said …, | and denied …").
   */
  predicate?: "relative" | "coordinate";
}

/**
 * The comma that closes a relative clause on the subject and opens the sentence's own predicate
 * ("Y, who left last month, founded …"; "Osei, a regional organiser who quit in January, said …"; "X, a
 * commissioner since 2016, stepped down"): two facts, each with its own verb and time words. A
 * comma inside a number ("who has led the 41,000-member union") does not close it.
 */
const WHO_PREDICATE = String.raw`(?<=,\s+(?:(?:a|an|the)\s+[^,;"“]{1,60}?\s+)?who\s(?:[^,]|,(?=\d)){1,160}|${POST_HELD_SINCE})(?<predicate>,\s+)(?=(?:also\s+)?(?:might|may|will|would|could|can|is|was|are|were|has|have|had|said|says|told|tells|wrote|writes|left|quit|took|became|began|led|ran|won|sent|spoke|gave|made|met|went|came|held|found|did|does|stood|kept|lost|fell|sold|bought|\w+ed)\b)`;

/** A capital letter, accented ones included ("Émilie", "Łukasz"). */
const CAPITAL = String.raw`\p{Lu}`;
const NAME = String.raw`(?:[A-Z\u00C0-\u024F][\w\u00C0-\u024F'’-]+\s+){0,2}[A-Z\u00C0-\u024F][\w\u00C0-\u024F'’-]+`;
const TELLS = String.raw`(?:said|says|told|tells|wrote|writes|added)\b`;
const WHEN = String.raw`(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last\s+\w+|earlier\s+this\s+\w+|this\s+week)\b`;

/**
 * The comma before a named person's telling at the end of a report ("… introduced new rules, the
 * editor-in-chief, Ingrid Solberg, said in a memo"; "…, Ana Ruiz said"), or a pronoun's telling
 * with its own time words ("…, she said on Monday"): the telling is a statement of its own. An
 * institution or an unnamed source ("the company said", "two board members said") is only the
 * report's source.
 */
const ATTRIBUTION = String.raw`(?<attribution>,\s+)(?=(?:the\s+)?[\w\u00C0-\u024F'’-]+(?:\s+[\w\u00C0-\u024F'’-]+){0,4},\s+${NAME},\s+${TELLS}|${NAME}\s+${TELLS}|(?:he|she)\s+${TELLS}[^,.;]*?\b${WHEN})`;

/** Where a clause splits into two reports: a conjunction followed by a new named subject. */
const SPLIT = new RegExp(
  [
    String.raw`,?\s+(?:while|whereas|but|when)\s+(?=${CAPITAL})`,
    String.raw`;\s+(?:and\s+)?`,
    // "…, and the minister could order …", "…, and two nominees will join …": a new subject with
    // its own verb, a modal one included.
    String.raw`,\s+and\s+(?=(?:the|its|his|her|(?:a|an|their|two|three|four|five|six|seven|eight|nine|ten)\b|\d|${CAPITAL})[^.;]{0,120}?\b(?:was|were|is|are|has|have|had|will|would|could|may|might|did|said|resigned|quit|left|stepped|joined|announced|told|wrote|denied)\b)`,
    String.raw`\s+and\s+(?=(?:${CAPITAL}[\w\u00C0-\u024F’'-]+\s){1,3}(?:was|were|is|has|had|will|did|said|resigned|quit|left|stepped|joined|announced|told|wrote|denied)\b)`,
    String.raw`\s+and\s+(?=(?:is|was|has|had)\s+(?:likely|expected|set|rumou?red|due)\b)`,
    // "The board is expected to discuss it next week and could restore …": a second, guessed act.
    String.raw`\s+and\s+(?=(?:could|may|might)\s)`,
    // "X, who left in 2023, might join …": the subject with its clause, then the new predicate.
    WHO_PREDICATE,
    ATTRIBUTION,
    // "X said on Tuesday that …, and denied that …", "X denied …, saying …": one subject, a
    // second fact of its own.
    String.raw`(?<sameSubject>,["”]?\s+and\s+(?=(?:also\s+|later\s+)?(?:denied|denies|said|says|told|tells|added|wrote|confirmed|insisted)\b)|,["”]?\s+(?=saying\b))`,
    String.raw`,?\s+(?=since the (?:departure|resignation|exit|ousting|dismissal) of\b)`,
    // "…, a step it had not disclosed until now": a summing-up of the clause before, whose own
    // words ("not") say nothing of that clause's event.
    String.raw`,\s+(?=(?:a|the)\s+(?:step|move|decision|measure)\s+(?:that|which|it|he|she|they)\b)`,
    String.raw`,?\s+(?:after|following)\s+(?=(?:a|an|the)\s+(?:\w+\s+)?(?:report|review|investigation|audit|study)\b)`,
  ].join("|"),
  "gu",
);
const LEADING = /^(?:and|but|while|whereas|as|so|then|also)\s+/i;

/** A sentence cut into clauses at each conjunction that starts a new subject. */
export function splitClauses(sentence: TextSpan): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  let listItem = false;
  let predicate: Clause["predicate"];
  let attribution = false;
  const clause = (to: number): Clause => ({
    ...trimClause(sentence, from, to),
    listItem,
    ...(predicate ? { predicate } : {}),
    ...(attribution ? { attribution } : {}),
  });
  for (const m of sentence.text.matchAll(SPLIT)) {
    clauses.push(clause(m.index));
    listItem = m[0].startsWith(";");
    attribution = m.groups?.attribution !== undefined;
    predicate =
      m.groups?.predicate !== undefined
        ? "relative"
        : m.groups?.sameSubject !== undefined
          ? "coordinate"
          : undefined;
    from = m.index + m[0].length;
  }
  clauses.push(clause(sentence.text.length));
  return clauses.filter((u) => u.text.length > 0);
}

/** The part of a sentence from `from` to `to`, without outer space, a leading conjunction or a final comma. */
function trimClause(sentence: TextSpan, from: number, to: number): TextSpan {
  let a = from;
  let b = to;
  const text = sentence.text;
  while (a < b && /\s/.test(text[a] as string)) a++;
  const lead = LEADING.exec(text.slice(a, b));
  if (lead) a += lead[0].length;
  while (b > a && /[\s,;]/.test(text[b - 1] as string)) b--;
  return { start: sentence.start + a, end: sentence.start + b, text: text.slice(a, b) };
}

/**
 * The clauses with each subject that has no verb of its own joined to the clause after it
 * ("Leike and Maria Gomez resigned"), unless it is an item of a list; `verbs` are the tagger's.
 */
export function joinSubjects(text: string, clauses: readonly Clause[], verbs: readonly Tagged[]) {
  const pending = [...clauses];
  const joined: Clause[] = [];
  for (let u = 0; u < pending.length; u++) {
    const clause = pending[u] as Clause;
    const next = pending[u + 1];
    // "Javiera Salinas, a commissioner since 2016, | stepped down": an apposition that names a
    // post held since a date is a fact of its own, though it has no verb.
    const verbless = within(verbs, clause).length === 0;
    if (!clause.listItem && next && verbless && next.predicate !== "relative") {
      pending[u + 1] = { ...next, start: clause.start, text: text.slice(clause.start, next.end) };
      continue;
    }
    joined.push(clause);
  }
  return joined;
}

/**
 * A relative clause on a named person: the name, ", who" (or ", a local builder who": an
 * apposition that ends in the relative pronoun), and the clause up to a comma or the end (the
 * comma of a number, "the 41,000-member union", is not one).
 */
const RELATIVE =
  /((?:\p{Lu}[\p{L}’'-]+\s+){0,3}\p{Lu}[\p{L}’'-]+),\s+(?:(?:a|an|the)\s+[^,;"“]{1,60}?\s+)?who\s+(?:[^,;]|,(?=\d))+/gu;

/**
 * The relative clauses of a clause that name a person and say what they did ("…, including the
 * concertmaster, Jānis Ozols, who joined an ensemble in September"), each with the name it
 * follows: a fact of their own beside the clause's.
 */
export function relativeClauses(clause: Clause): Clause[] {
  return [...clause.text.matchAll(RELATIVE)].map((m) => ({
    start: clause.start + m.index,
    end: clause.start + m.index + m[0].length,
    text: m[0],
  }));
}

/**
 * The clauses with each telling joined back to the clause before it when that clause reports no
 * event of its own ("In a statement released on Monday, | Andrade said …" is one statement).
 */
export function joinTellings(
  text: string,
  clauses: readonly Clause[],
  reportsEvent: (clause: Clause) => boolean,
): Clause[] {
  const joined: Clause[] = [];
  for (const clause of clauses) {
    const before = joined.at(-1);
    if (clause.attribution && before && !reportsEvent(before)) {
      const { attribution: _, ...rest } = clause;
      joined[joined.length - 1] = {
        ...before,
        ...(rest.predicate ? { predicate: rest.predicate } : {}),
        end: clause.end,
        text: text.slice(before.start, clause.end),
      };
      continue;
    }
    joined.push(clause);
  }
  return joined;
}

/** "and" (with an adverb of sequence) right before a verb: the same subject's second predicate. */
const AND_VERB = /,?\s+and\s+(?:also\s+|later\s+|then\s+)?/g;

/**
 * The clauses with each second predicate of the same subject cut off where it reports another
 * kind of event ("the governing authority voted to open an inquiry | and appointed a retired
 * judge"; "Ashby, who was hired in 2018 | and left for a post in Dublin"): "and" directly before a
 * tagged verb, with two types either side; `typeOf` gives a clause's type. The second part is a
 * coordinate predicate: it keeps the subject's people.
 */
export function splitCoordinates(
  text: string,
  clauses: readonly Clause[],
  verbs: readonly Tagged[],
  typeOf: (clause: Clause) => string | null,
): Clause[] {
  const split: Clause[] = [];
  for (const clause of clauses) {
    let rest = clause;
    for (const m of clause.text.matchAll(AND_VERB)) {
      const at = clause.start + m.index + m[0].length;
      const verb = verbs.find((v) => v.start === at);
      if (at <= rest.start || !verb) continue;
      const before = span(text, rest.start, clause.start + m.index);
      // What follows a saying is what was said ("said it would cancel the contract and require …").
      if (REPORTING.test(before.text) || /\bthat\b/i.test(before.text)) continue;
      const after = span(text, at, clause.end);
      const a = typeOf({ ...rest, ...before });
      const b = typeOf(after);
      // The second part's type is its own verb's, not a telling's at its end ("…, a spokesman said").
      if (a === null || b === null || a === b || VERB_TYPES.get(verb.infinitive ?? "") !== b)
        continue;
      split.push({ ...rest, ...before });
      rest = { ...after, predicate: "coordinate" };
    }
    split.push(rest);
  }
  return split;
}

/** The text from `start` to `end`, as a span. */
const span = (text: string, start: number, end: number): TextSpan => ({
  start,
  end,
  text: text.slice(start, end),
});
