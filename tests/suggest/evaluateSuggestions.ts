/**
 * Evaluates `suggestEvents` (src/suggest/suggestEvents.ts) against the labelled set in
 * tests/suggest/labelled, against the curated events of the bundled article, and for speed.
 *
 *   npx tsx tests/suggest/evaluateSuggestions.ts
 *
 * Matching. A suggestion matches an expected event when
 *   1. their types are equal,
 *   2. their character spans overlap: the suggestion's `excerpt.start..end` and the expected
 *      span `indexOf(quote) .. indexOf(quote) + quote.length` in the whole file text (date line
 *      included), and
 *   3. when the expected event names people, at least one suggested person's `name` equals one
 *      of them (an expected event with `people: []` accepts any people).
 * Pairs are matched one to one, greedily by largest overlap (ties: earlier expected event, then
 * earlier suggestion): each expected event matches at most one suggestion and each suggestion
 * at most one expected event. Precision = matched / suggested, recall = matched / expected,
 * micro-averaged over the set for the overall row.
 * Flags are scored separately: a matched pair whose flag sets differ is a "flag error". An
 * expected flagged event (negated, denied, speculated) that is missed counts against recall
 * like any other. Date agreement = matched pairs whose `date.edtf` equals the expected `edtf`.
 *
 * Labelling conventions for `edtf`: the date the text supports, resolved against publication;
 * "../<published day>" when the text gives none; for a denied or negated event, the date the
 * denial is reported when given, otherwise "../<published day>"; for a speculated event, the date
 * the text gives for it (e.g. "in June"), otherwise "../<published day>".
 */
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import type { Result } from "../../src/lib/result.ts";
import { anchorQuote } from "../../src/pipeline/anchorQuote.ts";
import { suggestEvents } from "../../src/suggest/suggestEvents.ts";
import { generateArticles } from "./generateArticles.ts";
import { type ExpectedEvent, type LabelledArticle, loadLabelledSet } from "./loadLabelledSet.ts";

/** The parts of a suggestion the evaluation reads. */
export interface ScoredSuggestion {
  type: string;
  people: readonly { name: string }[];
  excerpt: { start: number; end: number };
  date: { edtf: string };
  flags: readonly string[];
}

/** A suggester with the signature of `suggestEvents`. */
export type Suggest = (
  text: string,
  options?: { people?: { id: string; name: string }[]; published?: string },
) => Result<readonly ScoredSuggestion[]>;

/** The suggestions for an article, or an error naming the article when `suggest` refuses it. */
function suggestFor(
  suggest: Suggest,
  article: string,
  text: string,
  options?: Parameters<Suggest>[1],
): readonly ScoredSuggestion[] {
  const result = suggest(text, options);
  if (!result.ok) throw new Error(`${article}: no suggestions: ${result.reason}`);
  return result.data;
}

/** Counts for one article, or summed over the set. */
export interface Score {
  name: string;
  suggested: number;
  expected: number;
  matched: number;
  flagErrors: number;
  dateAgreements: number;
  precision: number;
  recall: number;
}

/** A matched pair: indexes into the expected events and into the suggestions. */
export interface Match {
  expected: number;
  suggestion: number;
  overlap: number;
}

/** The labelled-set result: one score per article and the micro-averaged overall score. */
export interface LabelledEvaluation {
  articles: Score[];
  overall: Score;
  /** Expected events no suggestion matched, per article, with why, for inspection. */
  missed: { article: string; event: ExpectedEvent; reason: string }[];
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

const overlapOf = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The expected span of an event: its quote's first occurrence in the whole text. */
export function expectedSpan(text: string, event: ExpectedEvent): { start: number; end: number } {
  const start = text.indexOf(event.quote);
  if (start < 0) throw new Error(`quote not in article: "${event.quote}"`);
  return { start, end: start + event.quote.length };
}

/** Matches suggestions to expected events one to one, greedily by largest overlap (see above). */
export function matchSuggestions(
  text: string,
  expected: readonly ExpectedEvent[],
  suggestions: readonly ScoredSuggestion[],
): Match[] {
  const candidates: Match[] = [];
  expected.forEach((event, e) => {
    const span = expectedSpan(text, event);
    suggestions.forEach((suggestion, s) => {
      if (suggestion.type !== event.type) return;
      const overlap = overlapOf(span, suggestion.excerpt);
      if (overlap === 0) return;
      if (
        event.people.length > 0 &&
        !suggestion.people.some((person) => event.people.includes(person.name))
      ) {
        return;
      }
      candidates.push({ expected: e, suggestion: s, overlap });
    });
  });
  candidates.sort(
    (a, b) => b.overlap - a.overlap || a.expected - b.expected || a.suggestion - b.suggestion,
  );
  const usedExpected = new Set<number>();
  const usedSuggestion = new Set<number>();
  const matches: Match[] = [];
  for (const candidate of candidates) {
    if (usedExpected.has(candidate.expected) || usedSuggestion.has(candidate.suggestion)) continue;
    usedExpected.add(candidate.expected);
    usedSuggestion.add(candidate.suggestion);
    matches.push(candidate);
  }
  return matches;
}

const sameFlags = (a: readonly string[], b: readonly string[]) =>
  new Set(a).size === new Set(b).size && a.every((flag) => b.includes(flag));

/** Scores one article's suggestions against its expected events. */
export function scoreArticle(
  article: LabelledArticle,
  suggestions: readonly ScoredSuggestion[],
): { score: Score; matches: Match[] } {
  const matches = matchSuggestions(article.text, article.expected, suggestions);
  let flagErrors = 0;
  let dateAgreements = 0;
  for (const match of matches) {
    const event = article.expected[match.expected] as ExpectedEvent;
    const suggestion = suggestions[match.suggestion] as ScoredSuggestion;
    if (!sameFlags(event.flags, suggestion.flags)) flagErrors++;
    if (event.edtf === suggestion.date.edtf) dateAgreements++;
  }
  return {
    score: {
      name: article.name,
      suggested: suggestions.length,
      expected: article.expected.length,
      matched: matches.length,
      flagErrors,
      dateAgreements,
      precision: ratio(matches.length, suggestions.length),
      recall: ratio(matches.length, article.expected.length),
    },
    matches,
  };
}

/** Why an expected event went unmatched: what the suggestions overlapping its span got wrong. */
function whyMissed(
  article: LabelledArticle,
  event: ExpectedEvent,
  suggestions: readonly ScoredSuggestion[],
): string {
  const span = expectedSpan(article.text, event);
  const overlapping = suggestions.filter((s) => overlapOf(span, s.excerpt) > 0);
  if (overlapping.length === 0) return "no suggestion overlaps its quote";
  return overlapping
    .map((s) => `${s.type} [${s.people.map((p) => p.name).join(", ")}]`)
    .map((got) => `overlapped by ${got}`)
    .join("; ");
}

/** Runs `suggest` on every labelled article and scores it, with a micro-averaged overall row. */
export function evaluateSuggestions(
  articles: readonly LabelledArticle[],
  suggest: Suggest,
): LabelledEvaluation {
  const scores: Score[] = [];
  const missed: LabelledEvaluation["missed"] = [];
  for (const article of articles) {
    const suggestions = suggestFor(suggest, article.name, article.text);
    const { score, matches } = scoreArticle(article, suggestions);
    scores.push(score);
    const hit = new Set(matches.map((m) => m.expected));
    article.expected.forEach((event, e) => {
      if (!hit.has(e))
        missed.push({
          article: article.name,
          event,
          reason: whyMissed(article, event, suggestions),
        });
    });
  }
  const sum = (key: "suggested" | "expected" | "matched" | "flagErrors" | "dateAgreements") =>
    scores.reduce((total, score) => total + score[key], 0);
  const overall: Score = {
    name: "overall",
    suggested: sum("suggested"),
    expected: sum("expected"),
    matched: sum("matched"),
    flagErrors: sum("flagErrors"),
    dateAgreements: sum("dateAgreements"),
    precision: ratio(sum("matched"), sum("suggested")),
    recall: ratio(sum("matched"), sum("expected")),
  };
  return { articles: scores, overall, missed };
}

/** `suggestEvents` over the labelled set in tests/suggest/labelled. */
export function evaluateLabelledSet(suggest: Suggest = suggestEvents): LabelledEvaluation {
  return evaluateSuggestions(loadLabelledSet(), suggest);
}

const BUNDLED_ARTICLE = "src/corpus/articles/000_bf3454ffed0dd5e7";
const PEOPLE_FILE = "src/corpus/people.yaml";
const repoPath = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const peopleSchema = z.object({
  people: z.array(z.object({ id: z.string(), name: z.string() })),
});
const annotationsSchema = z.object({
  events: z.array(
    z.object({
      id: z.string(),
      excerpts: z.array(
        z.object({
          quote: z.string(),
          prefix: z.string().optional(),
          suffix: z.string().optional(),
        }),
      ),
    }),
  ),
});

/** The people of src/corpus/people.yaml, as `suggestEvents` takes them. */
export function corpusPeople(): { id: string; name: string }[] {
  const raw: unknown = parse(readFileSync(repoPath(PEOPLE_FILE), "utf8"));
  return peopleSchema.parse(raw).people.map(({ id, name }) => ({ id, name }));
}

/** The bundled article's coverage: the share of its curated events some suggestion overlaps. */
export interface BundledCoverage {
  events: number;
  covered: number;
  share: number;
  suggested: number;
  /** Ids of the curated events no suggestion overlaps. */
  uncovered: string[];
}

/**
 * Runs `suggest` on the bundled article with the corpus people and counts the curated events
 * (src/corpus/articles/000_bf3454ffed0dd5e7.yaml) covered: some suggestion's excerpt overlaps one
 * of the event's quote spans. Quotes are typed with straight quote marks and the article uses
 * curly ones; `anchorQuote` (the pipeline's own matcher) folds ‘’“” to '" and white space runs
 * to one space, keeping offsets into the article's own text.
 */
export function bundledCoverage(suggest: Suggest = suggestEvents): BundledCoverage {
  const text = readFileSync(repoPath(`${BUNDLED_ARTICLE}.txt`), "utf8");
  const raw: unknown = parse(readFileSync(repoPath(`${BUNDLED_ARTICLE}.yaml`), "utf8"));
  const { events } = annotationsSchema.parse(raw);
  const suggestions = suggestFor(suggest, BUNDLED_ARTICLE, text, { people: corpusPeople() });
  const uncovered: string[] = [];
  for (const event of events) {
    const spans = event.excerpts.map((excerpt) => {
      const anchored = anchorQuote(text, excerpt);
      if (!anchored.ok) throw new Error(`${event.id}: ${anchored.reason}`);
      return anchored.data;
    });
    const covered = spans.some((span) =>
      suggestions.some((suggestion) => overlapOf(span, suggestion.excerpt) > 0),
    );
    if (!covered) uncovered.push(event.id);
  }
  const covered = events.length - uncovered.length;
  return {
    events: events.length,
    covered,
    share: ratio(covered, events.length),
    suggested: suggestions.length,
    uncovered,
  };
}

/** Times `suggest` over `count` generated articles; returns seconds and the suggestions made. */
export function timeSuggestions(
  count = 1000,
  suggest: Suggest = suggestEvents,
): { articles: number; seconds: number; suggestions: number } {
  const articles = generateArticles(count);
  let suggestions = 0;
  const started = performance.now();
  articles.forEach((article, i) => {
    suggestions += suggestFor(suggest, `generated article ${i + 1}`, article).length;
  });
  const seconds = (performance.now() - started) / 1000;
  return { articles: articles.length, seconds, suggestions };
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

function printTable(evaluation: LabelledEvaluation): void {
  const header = [
    "article",
    "suggested",
    "expected",
    "matched",
    "precision",
    "recall",
    "flag errors",
    "date agreement",
  ];
  const rows = [...evaluation.articles, evaluation.overall].map((s) => [
    s.name,
    String(s.suggested),
    String(s.expected),
    String(s.matched),
    percent(s.precision),
    percent(s.recall),
    String(s.flagErrors),
    `${s.dateAgreements}/${s.matched}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  rows.forEach((row, i) => {
    if (i === rows.length - 1) console.log(widths.map((w) => "-".repeat(w)).join("  "));
    console.log(line(row));
  });
}

function main(): void {
  const evaluation = evaluateLabelledSet();
  console.log("Labelled set (targets: precision ≥ 80%, recall ≥ 90%)\n");
  printTable(evaluation);
  console.log("(run with --missed to list the expected events no suggestion matched, and why)");
  if (process.argv.includes("--missed")) {
    console.log("\nMissed expected events:");
    for (const { article, event, reason } of evaluation.missed) {
      console.log(
        `  ${article}  ${event.type} [${event.people.join(", ")}] {${event.flags.join(", ")}}`,
      );
      console.log(`    "${event.quote}"\n    ${reason}`);
    }
  }

  const coverage = bundledCoverage();
  console.log(
    `\nBundled article: ${coverage.covered}/${coverage.events} curated events covered (${percent(coverage.share)}, target ≥ 80%) by ${coverage.suggested} suggestions`,
  );
  if (coverage.uncovered.length > 0) console.log(`  uncovered: ${coverage.uncovered.join(", ")}`);

  const speed = timeSuggestions(1000);
  console.log(
    `\n${speed.articles.toLocaleString("en-US")} articles suggested in ${speed.seconds.toFixed(1)} s (${speed.suggestions.toLocaleString("en-US")} suggestions; target ≤ 60 s)`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
