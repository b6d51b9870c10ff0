import { resolveEdtf } from "../../src/dates/edtf.ts";
import { parseArticle } from "../../src/pipeline/parseArticle.ts";
import { splitSentences } from "../../src/suggest/splitSentences.ts";
import type { ExpectedEvent, LabelledArticle } from "./loadLabelledSet.ts";

/**
 * The error classes of issue 22 that an expected event belongs to, read from its label and its
 * article (never from a suggestion), so that the eval can score each class on its own:
 * - "same-day weekday": its quote names a weekday and it is dated the publication day;
 * - "relative span": its quote has a relative span ("last week", "earlier this month", "since
 *   November", "this year");
 * - "two facts in one clause": another expected event of another type, or of other people, is
 *   told in the same sentence;
 * - "report or policy": it is a report or a policy (the types that were read as statement or
 *   board).
 */
export const EVENT_CLASSES = [
  "same-day weekday",
  "relative span",
  "two facts in one clause",
  "report or policy",
] as const;
export type EventClass = (typeof EVENT_CLASSES)[number];

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const RELATIVE_SPAN =
  /\b(last|this|earlier this|later this|past)\s+(week|month|year)\b|\bsince\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** The publication's calendar day (UTC), from the article's date line. */
export function publishedDay(text: string): string {
  const parsed = parseArticle(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.data.published.slice(0, 10);
}

/** The classes of each expected event of `article`, in the order of `article.expected`. */
export function eventClasses(article: LabelledArticle): EventClass[][] {
  const parsed = parseArticle(article.text);
  if (!parsed.ok) throw new Error(`${article.name}: ${parsed.reason}`);
  const day = parsed.data.published.slice(0, 10);
  const sentences = splitSentences(article.text, parsed.data.bodyStart);
  const sentenceOf = (event: ExpectedEvent) => {
    const start = article.text.indexOf(event.quote);
    return sentences.findIndex((s) => s.start <= start && start < s.end);
  };
  const where = article.expected.map(sentenceOf);
  return article.expected.map((event, i) => {
    const classes: EventClass[] = [];
    if (WEEKDAY.test(event.quote) && event.edtf === day) classes.push("same-day weekday");
    if (RELATIVE_SPAN.test(event.quote)) classes.push("relative span");
    const sameSentence = article.expected.some(
      (other, j) =>
        j !== i &&
        where[j] === where[i] &&
        (other.type !== event.type || other.people.join() !== event.people.join()),
    );
    if (sameSentence) classes.push("two facts in one clause");
    if (event.type === "report" || event.type === "policy") classes.push("report or policy");
    return classes;
  });
}

/**
 * Whether a suggestion dates a past event after the article's publication day: it is not
 * speculation, its date begins on or before `day` (or has an open start) and ends after it. A
 * decision announced for later ("will publish its next report in February") is dated wholly
 * after the article and is not counted, as the pipeline's `dateOutrunsArticle` lets it through.
 */
export function outrunsArticle(
  suggestion: { date: { edtf: string }; flags: readonly string[] },
  day: string,
): boolean {
  if (suggestion.flags.includes("speculation")) return false;
  const resolved = resolveEdtf(suggestion.date.edtf);
  if (!resolved.ok) return false;
  const { start, end } = resolved.data;
  return (start === null || start <= day) && end !== null && end > day;
}
