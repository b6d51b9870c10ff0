import { fail, ok, type Result } from "../lib/result.ts";
import { parseArticle } from "../pipeline/parseArticle.ts";
import { appointedPeople } from "./appointedPeople.ts";
import { classifiedPart, classifyClause, type SuggestedType } from "./classifyClause.ts";
import { datePart, toldForSetTime } from "./datePart.ts";
import { deniedPeople } from "./deniedPeople.ts";
import { describesState } from "./describesState.ts";
import { FINDING, REPLACED_BY } from "./eventLexicon.ts";
import {
  antecedentOf,
  findPeople,
  listPeople,
  type NamedPerson,
  pronounsOf,
} from "./findPeople.ts";
import { flagClause, type SuggestionFlag, speakerPart } from "./flagClause.ts";
import { isColourQuote } from "./isColourQuote.ts";
import { isRestatement, retellsFinding } from "./isRestatement.ts";
import { maskQuotes } from "./maskQuotes.ts";
import { type PersonRef, sharePerson } from "./matchPerson.ts";
import { resolveEventDate, type SuggestedDate } from "./resolveEventDate.ts";
import { retypeTelling } from "./retypeTelling.ts";
import {
  type Clause,
  joinSubjects,
  joinTellings,
  relativeClauses,
  splitClauses,
  splitCoordinates,
} from "./splitClauses.ts";
import { splitSentences } from "./splitSentences.ts";
import { tagSentences, within } from "./tagSentences.ts";
import { titleSuggestion } from "./titleSuggestion.ts";

/** A candidate event proposed from an article, for a curator to accept or correct. */
export interface Suggestion {
  type: SuggestedType;
  title: string;
  people: PersonRef[];
  /** The clause or sentence that reports it, with offsets into the whole file text. */
  excerpt: { start: number; end: number; exact: string };
  date: SuggestedDate;
  flags: SuggestionFlag[];
}

/** A clause that opens with a subject of its own, a noun after a determiner: "the minister could order". */
const OWN_SUBJECT = /^(the|a|an|its|his|her|their)\s/;

/** The text of the paragraph that holds `offset`, up to it. */
function paragraphBefore(text: string, offset: number): string {
  return text.slice(text.lastIndexOf("\n", offset - 1) + 1, offset);
}

/**
 * How a price or a sales figure moved ("Quellwater's shares have fallen 18 percent since August",
 * "Analysts … raised their price targets"): market colour, not an act of the story's people.
 * Told after "that" ("reported that profit fell"), it is what an event said.
 */
const MARKET_MOVE =
  /\b(?:(?:shares|stock|sales|revenue|profits?)\s+(?:have\s+|has\s+)?(?:now\s+)?(?:rose|risen|fell|fallen|lost|gained|dropped|climbed|slumped|jumped)|(?:raised|cut|lowered)\s+(?:their|its)\s+price\s+targets?)\b/i;

/**
 * "Under the agreement, Solvane shareholders will receive 41 euros a share": a term of an
 * agreement, told where the story tells the agreement itself; an act done under it ("Under the
 * agreement, Sjöberg will step down") is typed by its own verb and kept.
 */
const UNDER_TERMS =
  /^\s*under\s+(?:the|its|that|this)\s+(?:same\s+|new\s+)?(?:agreement|deal|terms|settlement|plan|accord|contract)\b/i;

/**
 * A phrase before the subject that names the occasion of a telling and has no subject of its
 * own ("Speaking to reporters on Thursday, | he said …", "In a memo sent to staff on Wednesday,
 * | Farquhar said …"): with the telling after it, one statement, dated by it.
 */
const FRONTED_OCCASION =
  /^(?:(?:speaking|writing|talking)\b(?!.*\b(?:said|says|told|wrote)\b)|(?:in|at|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:statement|interview|letter|email|e-mail|memo|note|message|post|speech|call|briefing|conference|meeting|hearing)\b)/i;

/** A speaker part that is a pronoun and its saying verb, an adverb at most between: "He added", "She also said". */
const PRONOUN_SPEAKER = /^\s*(?:he|she|they)\s+(?:\w+\s+)?\w+\s*$/i;

/** Lines that are the publisher's, not the story's. */
const BOILERPLATE = /^(disclaimer|subscribe|sign up|check out|photo|image|editor'?s note)\b/i;

/**
 * Proposes the events an article reports: each clause with an event verb or noun becomes a
 * candidate with its type, the people it names (matched to `people` by name), its exact words
 * and offsets, a date resolved against the publication, and flags for negation, denial and
 * speculation. Two people doing different things in one sentence give two candidates. Fails,
 * saying why, for a text with no publication date (its first line) when none is given.
 */
export function suggestEvents(
  text: string,
  options: { people?: readonly NamedPerson[]; published?: string } = {},
): Result<Suggestion[]> {
  const parsed = parseArticle(text);
  const published = options.published ?? (parsed.ok ? parsed.data.published : null);
  if (published === null) {
    // Relative dates mean nothing without the day the article appeared.
    return fail(
      `${parsed.ok ? "no publication date" : parsed.reason}: relative dates ("on Tuesday", "last month") cannot be resolved without the day the article appeared`,
    );
  }
  // A given date is checked here: an unreadable one would otherwise throw deep in date resolving.
  if (Number.isNaN(Date.parse(published)))
    return fail(
      `publication date "${published}" is not a date (e.g. 2024-05-18 or 2024-05-18T04:52:21Z)`,
    );
  const sentences = splitSentences(text, parsed.ok ? parsed.data.bodyStart : 0);
  const tagged = tagSentences(text, sentences);
  // The tagger keeps a verb's trailing comma ("had been dismissed,"): without it, the verb lies
  // inside a clause that ends before the comma.
  const tags = {
    ...tagged,
    verbs: tagged.verbs.map((v) => {
      const bare = v.text.replace(/[.,;:!?"”’]+$/, "");
      return { ...v, text: bare, end: v.end - (v.text.length - bare.length) };
    }),
  };
  const given = options.people ?? [];
  const known = listPeople(sentences, tags.people, given, tags.others);
  const givenIds = new Set(given.map((p) => p.id));
  /** The people named in a span of the article. */
  const find = (span: { start: number; end: number; text: string }) =>
    findPeople(span, tags.people, known, givenIds);
  const suggestions: Suggestion[] = [];
  let lastPeople: PersonRef[] = [];
  // Everyone named so far, the latest last, and the pronoun the article uses for each.
  let recent: PersonRef[] = [];
  const pronouns = pronounsOf(sentences, known);
  /** The people of a clause; a statement's are those named up to its reporting verb, if any. */
  const peopleOf = (clause: Clause, type: SuggestedType | null): PersonRef[] => {
    if (type === "statement") {
      const { start, end } = speakerPart(clause.text);
      const named = find({
        start: clause.start + start,
        end: clause.start + end,
        text: clause.text.slice(start, end),
      });
      if (named.length > 0) return named;
      // "He added that the fund backed Lund": a pronoun speaks; the speaker is the one before,
      // not the people named in what was said.
      if (PRONOUN_SPEAKER.test(clause.text.slice(start, end))) return [];
    }
    return find(clause);
  };
  /** A clause's type and the words it was read from, once its telling is read (who tells what). */
  const typed = (clause: Clause, subjectIsPerson = false) => {
    const verbs = within(tags.verbs, clause);
    const { type, part } = classifiedPart(clause.text, verbs);
    const telling = retypeTelling(part, type, {
      typeOf: (words) => classifyClause(words, verbs),
      // A predicate's speaker is its sentence's subject ("Almeida, who led it, | said …").
      namesPerson: (words) =>
        (words.trim() === "" && subjectIsPerson) ||
        namesSomeone(words, within(tags.people, clause), known),
    });
    return { part, telling };
  };
  for (const [index, sentence] of sentences.entries()) {
    if (BOILERPLATE.test(sentence.text)) continue;
    // "The same day", "the following month", or no date words at all: dated from the three sentences
    // before (a quotation of two sentences between a denial and "he said" hides no occasion), or the
    // clause's own.
    const earlierStart = sentences[Math.max(0, index - 3)]?.start ?? sentence.start;
    let previous: Suggestion | null = null;
    let subjectPeople: PersonRef[] = [];
    const typeOf = (c: Clause) => classifiedPart(c.text, within(tags.verbs, c)).type;
    const clauses = splitCoordinates(
      text,
      joinTellings(
        text,
        joinSubjects(text, splitClauses(sentence), tags.verbs),
        (c) => typeOf(c) !== null && !FRONTED_OCCASION.test(c.text),
      ),
      tags.verbs,
      typeOf,
    );
    for (const clause of clauses) {
      const clauseVerbs = within(tags.verbs, clause);
      const { part, telling } = typed(
        clause,
        clause.predicate !== undefined && subjectPeople.length > 0,
      );
      // An act an organisation tells again is its statement ("The board said Feld was dismissed").
      const toldAgain =
        telling.toldAct &&
        telling.type !== null &&
        reportedBefore(suggestions, telling.type, find(clause), false);
      const own = toldAgain ? "statement" : telling.type;
      // An item of a list ("…: A, a banker; B, …") shares the date of the clause before it, and
      // its type and flags when it has no event verb of its own.
      const shared = clause.listItem ? previous : null;
      const type = own ?? shared?.type ?? null;
      let people = peopleOf(clause, type);
      // "X, who resigned last week, | said on Wednesday …": the predicate is X's; a statement's
      // people are its speaker, not those named in what was said.
      // "X, who joined in 2017, will be replaced by Y": the post goes to the agent, not to X.
      const toAgent = type === "appointment" && REPLACED_BY.test(clause.text) && people.length > 0;
      if (clause.predicate && subjectPeople.length > 0 && !toAgent)
        people =
          type === "statement"
            ? subjectPeople
            : [
                ...subjectPeople,
                ...people.filter((p) => !subjectPeople.some((q) => q.id === p.id)),
              ];
      // "She told …": the latest person the article calls "she"; "they", or a predicate whose
      // subject came before ("… and is likely to …"): the people of the clause before; a
      // clause that opens with its own subject ("…, and the minister could order …") is not one.
      const opensWithPronoun = /^(?:he|she)\b/i.test(maskQuotes(clause.text));
      if (people.length === 0 && !/^[a-z]/.test(clause.text) && /\b(he|she)\b/i.test(clause.text))
        people = antecedentOf(clause.text, lastPeople, recent, pronouns);
      else if (
        people.length === 0 &&
        (/\b(he|she|they)\b/i.test(clause.text) ||
          (/^[a-z]/.test(clause.text) && !OWN_SUBJECT.test(clause.text)))
      )
        people = lastPeople;
      // "He did not resign, though X and Y called for him to go": the pronoun is the subject,
      // and the people named after it do something else or have it done to them.
      // "He did not criticise Ferrity": a statement's speaker is he; a statement names its
      // speaker only.
      else if (opensWithPronoun && !clause.predicate) {
        const [subject] = antecedentOf(clause.text, lastPeople, recent, pronouns);
        if (subject)
          people =
            type === "statement"
              ? [subject]
              : [subject, ...people.filter((p) => p.id !== subject.id)];
      }
      if (people.length > 0) lastPeople = people;
      // A statement's people are its speakers; the others it names were named too.
      const named = type === "statement" ? [...people, ...find(clause)] : people;
      recent = [...recent.filter((p) => !named.some((q) => q.id === p.id)), ...named];
      subjectPeople = people;
      if (type === null) continue;
      const flags = shared && !own ? shared.flags : flagClause(own ? part : clause.text, type);
      if (type === "appointment" && !flags.includes("denial"))
        people = appointedPeople(clause, people, find);
      if (flags.includes("denial") && PERSONAL_EVENTS.has(type))
        people = deniedPeople(clause, people, find);
      const suggestion: Suggestion = {
        type,
        title: titleSuggestion(type, people, flags),
        people,
        excerpt: { start: clause.start, end: clause.end, exact: clause.text },
        // Each fact is dated by its own words: a relative clause's "last week" does not date
        // the main clause's "said on Wednesday".
        date: shared
          ? shared.date
          : resolveEventDate(
              datePart(
                own && type !== "report"
                  ? telling.bySubject
                    ? part.slice(0, telling.toldStart)
                    : part
                  : clause.text,
                type,
                flags,
                telling.announced,
              ),
              published,
              text.slice(earlierStart, clause.start),
              {
                expected: flags.includes("speculation"),
                context: flags.length === 0,
              },
            ),
        flags,
      };
      // "X said on Tuesday …, and denied …": a second verb with no time words of its own was
      // said on the same occasion as the first.
      if (clause.predicate === "coordinate" && suggestion.date.phrase === null && previous)
        suggestion.date = previous.date;
      // "X is not leaving, he told colleagues on Monday": a negated or denied event is dated
      // by when the denial was told.
      if (
        clause.attribution &&
        previous &&
        suggestion.date.phrase !== null &&
        previous.date.phrase === null &&
        negated(previous.flags)
      )
        previous.date = suggestion.date;
      // A quotation that illustrates the story is not one of its events, an event told over
      // several sentences is one event, and a state of things is none; a relative clause in
      // it may still report a fact of its own.
      const noEvent =
        suggestion.flags.length === 0 &&
        ((type === "statement" &&
          isColourQuote(clause.text, suggestion, paragraphBefore(text, clause.start))) ||
          isRestatement(clause.text, suggestion, suggestions) ||
          (type === "report" &&
            retellsFinding(
              clause.text,
              resolveEventDate(clause.text.slice(0, FINDING.exec(clause.text)?.index), published),
              suggestions,
            )) ||
          describesState(clause, clauseVerbs, type === "statement") ||
          (type === "policy" && UNDER_TERMS.test(clause.text)) ||
          MARKET_MOVE.test(maskQuotes(clause.text).split(/\bthat\b/)[0] ?? ""));
      if (noEvent && type === "statement") continue;
      if (!noEvent) {
        // A list's first item shares the clause; keep only the first-named person there.
        if (shared?.type === type && shared.people.length > 1) {
          shared.people = shared.people.slice(0, 1);
          shared.title = titleSuggestion(shared.type, shared.people, shared.flags);
        }
        suggestions.push(suggestion);
        previous = suggestion;
      }
      // "X said Y had resigned": what X told is an event of its own when the article has not
      // already reported it, with the people it names (or the speaker, for "he", "she").
      if (telling.also) {
        const toldWords = part.slice(telling.toldStart);
        const at = clause.text.indexOf(toldWords);
        const toldSpan =
          at < 0
            ? clause
            : {
                start: clause.start + at,
                end: clause.start + at + toldWords.length,
                text: toldWords,
              };
        // A statement by the clause's subject is theirs ("Osei, who quit, said …"); a told act
        // is of whom it names, or of the speaker when it says "he" or "she".
        let toldPeople = telling.bySubject ? people : find(toldSpan);
        if (
          toldPeople.length === 0 &&
          telling.also !== "statement" &&
          /^\s*(that\s+)?(he|she)\b/i.test(toldWords)
        )
          toldPeople = people;
        // Flagged as told: "would" after the saying is a decision announced, not a guess.
        const toldFlags = telling.also === "statement" ? [] : flagClause(part, telling.also);
        const reported =
          telling.also !== "statement" &&
          reportedBefore(suggestions, telling.also, toldPeople, negated(toldFlags));
        // A told act needs the person it is about; a told policy is the institution's.
        if ((telling.also === "policy" || toldPeople.length > 0) && !reported)
          suggestions.push({
            type: telling.also,
            title: titleSuggestion(telling.also, toldPeople, toldFlags),
            people: toldPeople,
            excerpt: { start: clause.start, end: clause.end, exact: clause.text },
            date:
              telling.also === "policy" && !toldForSetTime(toldWords)
                ? suggestion.date
                : resolveEventDate(
                    datePart(toldWords, telling.also, toldFlags),
                    published,
                    text.slice(earlierStart, clause.start),
                    {
                      expected: toldFlags.includes("speculation"),
                    },
                  ),
            flags: toldFlags,
          });
      }
      // "…, including the concertmaster, Jānis Ozols, who joined an ensemble in September": a
      // relative clause that reports another kind of act is a second fact, with its own date.
      if (own)
        for (const relative of relativeClauses(clause)) {
          const its = typed(relative).telling.type;
          // What the person said there elaborates the clause ("a memo by X, who wrote that …").
          if (its === null || its === type || its === "statement") continue;
          const who = find(relative);
          const itsFlags = flagClause(relative.text, its);
          suggestions.push({
            type: its,
            title: titleSuggestion(its, who, itsFlags),
            people: who,
            excerpt: { start: relative.start, end: relative.end, exact: relative.text },
            date: resolveEventDate(datePart(relative.text, its, itsFlags), published),
            flags: itsFlags,
          });
        }
    }
  }
  return ok(suggestions);
}

/** Events that happen to a person (who leaves, is removed or named), unlike a denied policy. */
const PERSONAL_EVENTS: ReadonlySet<SuggestedType> = new Set(["departure", "board", "appointment"]);

/** Whether some words name a person: one the tagger found there, or a known person by name or surname. */
function namesSomeone(
  words: string,
  tagged: readonly { text: string }[],
  known: readonly NamedPerson[],
): boolean {
  return (
    tagged.some((t) => words.includes(t.text)) ||
    known.some((k) => words.includes(k.name) || words.includes(k.name.split(" ").at(-1) ?? k.name))
  );
}

/** Whether a flag set says the event did not happen or is denied. */
const negated = (flags: readonly SuggestionFlag[]) =>
  flags.includes("negation") || flags.includes("denial");

/** Leaving and being removed are one exit, told as either ("fired" … "was dismissed"). */
const EXITS = new Set<SuggestedType>(["departure", "board"]);

/** Reported already: the same act of the same person, done or not done alike. */
function reportedBefore(
  suggestions: readonly Suggestion[],
  type: SuggestedType,
  people: readonly PersonRef[],
  notDone: boolean,
): boolean {
  return suggestions.some(
    (s) =>
      (s.type === type || (EXITS.has(s.type) && EXITS.has(type))) &&
      negated(s.flags) === notDone &&
      sharePerson(s.people, people),
  );
}
