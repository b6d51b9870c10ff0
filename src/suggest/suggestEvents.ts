import { fail, ok, type Result } from "../lib/result.ts";
import { parseArticle } from "../pipeline/parseArticle.ts";
import { classifyClause, type SuggestedType } from "./classifyClause.ts";
import { findPeople, listPeople, type NamedPerson } from "./findPeople.ts";
import { flagClause, type SuggestionFlag } from "./flagClause.ts";
import type { PersonRef } from "./matchPerson.ts";
import { resolveEventDate, type SuggestedDate } from "./resolveEventDate.ts";
import { joinSubjects, splitClauses } from "./splitClauses.ts";
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
  const tags = tagSentences(text, sentences);
  const given = options.people ?? [];
  const known = listPeople(sentences, tags.people, given, tags.others);
  const givenIds = new Set(given.map((p) => p.id));
  const suggestions: Suggestion[] = [];
  let lastPeople: PersonRef[] = [];
  for (const [index, sentence] of sentences.entries()) {
    if (BOILERPLATE.test(sentence.text)) continue;
    // "The same day", "the following month": dated from the two sentences before, or the clause's own.
    const earlierStart = sentences[Math.max(0, index - 2)]?.start ?? sentence.start;
    let previous: Suggestion | null = null;
    for (const clause of joinSubjects(text, splitClauses(sentence), tags.verbs)) {
      let people = findPeople(clause, tags.people, known, givenIds);
      // "She told …", or a predicate whose subject came before ("… and is likely to …").
      if (
        people.length === 0 &&
        (/\b(he|she|they)\b/i.test(clause.text) || /^[a-z]/.test(clause.text))
      )
        people = lastPeople;
      if (people.length > 0) lastPeople = people;
      // An item of a list ("…: A, a banker; B, …") shares the date of the clause before it, and
      // its type and flags when it has no event verb of its own.
      const shared = clause.listItem ? previous : null;
      const own = classifyClause(clause.text, within(tags.verbs, clause));
      const type = own ?? shared?.type ?? null;
      if (type === null) continue;
      const flags = shared && !own ? shared.flags : flagClause(clause.text);
      const suggestion: Suggestion = {
        type,
        title: titleSuggestion(type, people, flags),
        people,
        excerpt: { start: clause.start, end: clause.end, exact: clause.text },
        date: shared
          ? shared.date
          : resolveEventDate(clause.text, published, text.slice(earlierStart, clause.start), {
              expected: flags.includes("speculation"),
            }),
        flags,
      };
      // A list's first item shares the clause; keep only the first-named person there.
      if (shared?.type === type && shared.people.length > 1) {
        shared.people = shared.people.slice(0, 1);
        shared.title = titleSuggestion(shared.type, shared.people, shared.flags);
      }
      suggestions.push(suggestion);
      previous = suggestion;
    }
  }
  return ok(suggestions);
}
