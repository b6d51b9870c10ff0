/**
 * Evaluates `suggestEvents` (src/suggest/suggestEvents.ts) against the labelled set, against the
 * curated events of the bundled article, and for speed.
 *
 *   npx tsx tests/suggest/evaluateSuggestions.ts [--missed]
 *
 * Halves (tests/suggest/SPLIT.md). The dev half is tests/suggest/labelled (the first 8 articles,
 * which the rules were tuned on) and tests/suggest/dev; rules may be read from it. The test half
 * is tests/suggest/heldout: only this eval reads it, and it prints its figures, never its texts
 * (no quotes, no names: `--missed` and the list of names proposed as people cover the dev half).
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
 * at most one expected event. Flags and dates play no part in matching; each has its own count.
 *
 * Figures, per article and micro-averaged over a half (sums of counts, then the ratio):
 * - recall = matched / expected. An expected flagged event (negated, denied, speculated) that is
 *   missed counts against recall like any other.
 * - precision = matched / suggested (all suggestions; the old set's target is on this one).
 * - precision over unflagged proposals = of the suggestions whose `flags` is empty, the share the
 *   matching above pairs with an expected event. A proposal without flags is one a curator is
 *   asked to take as fact, so this is the precision the issue-22 target is on. A pair whose flags
 *   differ still counts here (it is counted as a flag error below), and so does a pair whose dates
 *   differ (counted under date agreement).
 * - flag errors = matched pairs whose flag sets differ.
 * - date agreement = matched pairs whose dates cover the same calendar days (`sameDays`: the
 *   same first and last day of the two EDTF expressions, an open or unknown end counting as
 *   unbounded), over matched pairs. `2019-04-01/2019-04-17` and `2019-04/2019-04-17` agree.
 * - per error class of issue 22 (`eventClasses`, read from the labels): recall and date
 *   agreement over the class's expected events; and the suggestions that date a past event after
 *   their article's publication day.
 * - places or organisations as people = suggested people's names, once each per article, that
 *   `notPeopleProposed` counts against the article's `notPeople` labels: a name that is or
 *   contains a labelled place or organisation, or one that is no expected person of the article
 *   and is part of one ("Palo" of "Palo Alto"). All suggestions count, flagged or not.
 *
 * Labelling conventions for `edtf`: the date the text supports, resolved against publication;
 * "../<published day>" when the text gives none; for a denied or negated event, the date the
 * denial is reported when given, otherwise "../<published day>"; for a speculated event, the date
 * the text gives for it (e.g. "in June"), otherwise "../<published day>". `notPeople` lists, as
 * the text spells them, the places and organisations a careless reader might take for people:
 * cities, countries and regions, companies, funds, agencies and institutions (not products,
 * families or adjectives such as "Belgian").
 */
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import type { Result } from "../../src/lib/result.ts";
import { anchorQuote } from "../../src/pipeline/anchorQuote.ts";
import { suggestEvents } from "../../src/suggest/suggestEvents.ts";
import {
  EVENT_CLASSES,
  type EventClass,
  eventClasses,
  outrunsArticle,
  publishedDay,
} from "./eventClasses.ts";
import { generateArticles } from "./generateArticles.ts";
import {
  DEV_DIRS,
  type ExpectedEvent,
  HELDOUT_DIR,
  type LabelledArticle,
  loadLabelledSet,
  loadLabelledSets,
} from "./loadLabelledSet.ts";
import { notPeopleProposed } from "./notPeopleProposed.ts";
import { sameDays } from "./sameDays.ts";

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

/** Counts for one article, or summed over a set (see the header for each figure). */
export interface Score {
  name: string;
  suggested: number;
  expected: number;
  matched: number;
  /** Suggestions without flags. */
  unflagged: number;
  /** Suggestions without flags that are matched to an expected event. */
  unflaggedMatched: number;
  flagErrors: number;
  /** Matched pairs whose dates cover the same calendar days. */
  dateAgreements: number;
  /** Suggested people's names that are labelled places or organisations. */
  notPeople: number;
  precision: number;
  recall: number;
  /** `unflaggedMatched / unflagged`. */
  unflaggedPrecision: number;
  /** `dateAgreements / matched`. */
  dateAgreement: number;
}

/** The counts a `Score` sums; its ratios follow from them. */
type Counts = Pick<
  Score,
  | "suggested"
  | "expected"
  | "matched"
  | "unflagged"
  | "unflaggedMatched"
  | "flagErrors"
  | "dateAgreements"
  | "notPeople"
>;

/** A score from its counts, with the ratios computed from them. */
function scoreOf(name: string, counts: Counts): Score {
  return {
    name,
    ...counts,
    precision: ratio(counts.matched, counts.suggested),
    recall: ratio(counts.matched, counts.expected),
    unflaggedPrecision: ratio(counts.unflaggedMatched, counts.unflagged),
    dateAgreement: ratio(counts.dateAgreements, counts.matched),
  };
}

/** The micro-averaged score of several: counts summed, then the ratios. */
export function sumScores(name: string, scores: readonly Score[]): Score {
  const sum = (key: keyof Counts) => scores.reduce((total, score) => total + score[key], 0);
  return scoreOf(name, {
    suggested: sum("suggested"),
    expected: sum("expected"),
    matched: sum("matched"),
    unflagged: sum("unflagged"),
    unflaggedMatched: sum("unflaggedMatched"),
    flagErrors: sum("flagErrors"),
    dateAgreements: sum("dateAgreements"),
    notPeople: sum("notPeople"),
  });
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
  /** Suggested people's names that are labelled places or organisations, per article. */
  notPeople: { article: string; name: string }[];
  /** Each error class of issue 22 (`eventClasses`): its expected events, those matched, and those dated alike. */
  classes: ClassScore[];
  /** Suggestions that date a past event after their article's publication day (`outrunsArticle`). */
  outrunning: number;
}

/** One error class's counts over a set of articles. */
export interface ClassScore {
  name: EventClass;
  expected: number;
  matched: number;
  dateAgreements: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

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

/** Scores one article's suggestions against its expected events (see the header). */
export function scoreArticle(
  article: LabelledArticle,
  suggestions: readonly ScoredSuggestion[],
): { score: Score; matches: Match[]; notPeople: string[] } {
  const matches = matchSuggestions(article.text, article.expected, suggestions);
  let flagErrors = 0;
  let dateAgreements = 0;
  let unflaggedMatched = 0;
  for (const match of matches) {
    const event = article.expected[match.expected] as ExpectedEvent;
    const suggestion = suggestions[match.suggestion] as ScoredSuggestion;
    if (!sameFlags(event.flags, suggestion.flags)) flagErrors++;
    if (sameDays(event.edtf, suggestion.date.edtf)) dateAgreements++;
    if (suggestion.flags.length === 0) unflaggedMatched++;
  }
  const notPeople = notPeopleProposed(
    suggestions.flatMap((suggestion) => suggestion.people.map((person) => person.name)),
    article.expected.flatMap((event) => event.people),
    article.notPeople,
  );
  return {
    score: scoreOf(article.name, {
      suggested: suggestions.length,
      expected: article.expected.length,
      matched: matches.length,
      unflagged: suggestions.filter((suggestion) => suggestion.flags.length === 0).length,
      unflaggedMatched,
      flagErrors,
      dateAgreements,
      notPeople: notPeople.length,
    }),
    matches,
    notPeople,
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
  const notPeople: LabelledEvaluation["notPeople"] = [];
  const classes: ClassScore[] = EVENT_CLASSES.map((name) => ({
    name,
    expected: 0,
    matched: 0,
    dateAgreements: 0,
  }));
  let outrunning = 0;
  for (const article of articles) {
    const suggestions = suggestFor(suggest, article.name, article.text);
    const scored = scoreArticle(article, suggestions);
    scores.push(scored.score);
    const day = publishedDay(article.text);
    outrunning += suggestions.filter((suggestion) => outrunsArticle(suggestion, day)).length;
    eventClasses(article).forEach((its, e) => {
      const match = scored.matches.find((m) => m.expected === e);
      const event = article.expected[e] as ExpectedEvent;
      for (const name of its) {
        const count = classes.find((c) => c.name === name) as ClassScore;
        count.expected++;
        if (!match) continue;
        count.matched++;
        const suggestion = suggestions[match.suggestion] as ScoredSuggestion;
        if (sameDays(event.edtf, suggestion.date.edtf)) count.dateAgreements++;
      }
    });
    for (const name of scored.notPeople) notPeople.push({ article: article.name, name });
    const hit = new Set(scored.matches.map((m) => m.expected));
    article.expected.forEach((event, e) => {
      if (!hit.has(e))
        missed.push({
          article: article.name,
          event,
          reason: whyMissed(article, event, suggestions),
        });
    });
  }
  return {
    articles: scores,
    overall: sumScores("overall", scores),
    missed,
    notPeople,
    classes,
    outrunning,
  };
}

/** `suggestEvents` over the first 8 articles, tests/suggest/labelled (the old set). */
export function evaluateLabelledSet(suggest: Suggest = suggestEvents): LabelledEvaluation {
  return evaluateSuggestions(loadLabelledSet(), suggest);
}

/** The two halves of SPLIT.md, each scored: dev (labelled/ + dev/) and test (heldout/). */
export interface HalvesEvaluation {
  dev: LabelledEvaluation;
  test: LabelledEvaluation;
}

/** `suggest` over both halves of the labelled set. */
export function evaluateHalves(suggest: Suggest = suggestEvents): HalvesEvaluation {
  return {
    dev: evaluateSuggestions(loadLabelledSets(DEV_DIRS), suggest),
    test: evaluateSuggestions(loadLabelledSet(HELDOUT_DIR), suggest),
  };
}

/** The issue-22 targets, which the test half is to meet. */
export const TEST_HALF_TARGETS = {
  recall: 0.9,
  unflaggedPrecision: 0.85,
  dateAgreement: 0.85,
  notPeople: 0,
} as const;

/** Each target with whether a score meets it, in print order. */
export function checkTargets(score: Score): { label: string; met: boolean }[] {
  const t = TEST_HALF_TARGETS;
  return [
    {
      label: `recall ≥ ${t.recall.toFixed(2)}: ${score.recall.toFixed(3)}`,
      met: score.recall >= t.recall,
    },
    {
      label: `precision over unflagged proposals ≥ ${t.unflaggedPrecision.toFixed(2)}: ${score.unflaggedPrecision.toFixed(3)}`,
      met: score.unflaggedPrecision >= t.unflaggedPrecision,
    },
    {
      label: `date agreement ≥ ${percent(t.dateAgreement)}: ${percent(score.dateAgreement)}`,
      met: score.dateAgreement >= t.dateAgreement,
    },
    {
      label: `places or organisations proposed as people = ${t.notPeople}: ${score.notPeople}`,
      met: score.notPeople <= t.notPeople,
    },
  ];
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

/** Prints each error class's recall and date agreement, and the dates that outrun their article. */
function printClasses(evaluation: LabelledEvaluation): void {
  console.log(
    "By error class of issue 22 (expected events of the class: matched, and dated alike):",
  );
  for (const c of evaluation.classes)
    console.log(
      `  ${c.name.padEnd(24)} ${String(c.expected).padStart(4)} expected  recall ${c.matched}/${c.expected} ${percent(ratio(c.matched, c.expected)).padStart(6)}  dates ${c.dateAgreements}/${c.matched} ${percent(ratio(c.dateAgreements, c.matched)).padStart(6)}`,
    );
  console.log(
    `  places or orgs as people ${String(evaluation.overall.notPeople).padStart(4)}\n  dates past the article    ${String(evaluation.outrunning).padStart(4)} suggestions`,
  );
}

/** Prints one score a row, with a rule above each of the `totals` rows at the end. */
function printTable(rows: readonly Score[], totals: readonly Score[]): void {
  const header = [
    "article",
    "suggested",
    "expected",
    "matched",
    "recall",
    "precision",
    "unflagged",
    "precision unflagged",
    "date agreement",
    "flag errors",
    "not people",
  ];
  const cells = [...rows, ...totals].map((s) => [
    s.name,
    String(s.suggested),
    String(s.expected),
    String(s.matched),
    percent(s.recall),
    percent(s.precision),
    String(s.unflagged),
    `${s.unflaggedMatched}/${s.unflagged} ${percent(s.unflaggedPrecision)}`,
    `${s.dateAgreements}/${s.matched} ${percent(s.dateAgreement)}`,
    String(s.flagErrors),
    String(s.notPeople),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
  const line = (row: string[]) =>
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  console.log(line(header));
  console.log(rule);
  cells.forEach((row, i) => {
    if (i === rows.length) console.log(rule);
    console.log(line(row));
  });
}

function main(): void {
  const { dev, test } = evaluateHalves();
  const old = dev.articles.filter((score) => /^\d/.test(score.name));
  const devOnly = dev.articles.filter((score) => !/^\d/.test(score.name));

  console.log(
    `Dev half: tests/suggest/labelled + tests/suggest/dev (${dev.articles.length} articles; rules may be read from it)\n`,
  );
  printTable(dev.articles, [
    sumScores("labelled/ (old 8)", old),
    sumScores("dev/", devOnly),
    { ...dev.overall, name: "dev half" },
  ]);
  printClasses(dev);
  console.log("(old 8 targets, asserted by npm test: precision ≥ 80%, recall ≥ 90%)");
  if (dev.notPeople.length > 0) {
    console.log("Places or organisations proposed as people (dev half):");
    for (const { article, name } of dev.notPeople) console.log(`  ${article}  ${name}`);
  }
  console.log("(run with --missed to list the dev half's expected events no suggestion matched)");
  if (process.argv.includes("--missed")) {
    console.log("\nMissed expected events (dev half):");
    for (const { article, event, reason } of dev.missed) {
      console.log(
        `  ${article}  ${event.type} [${event.people.join(", ")}] {${event.flags.join(", ")}}`,
      );
      console.log(`    "${event.quote}"\n    ${reason}`);
    }
  }

  console.log(
    `\nTest half: tests/suggest/heldout (${test.articles.length} articles; figures only, no rule is written from it)\n`,
  );
  printTable(test.articles, [{ ...test.overall, name: "test half" }]);
  printClasses(test);
  console.log("Targets on the test half (issue 22):");
  for (const { label, met } of checkTargets(test.overall)) {
    console.log(`  ${met ? "met    " : "NOT met"}  ${label}`);
  }

  console.log(
    "(how far two independent labellers agree with the dev labels: npx tsx tests/suggest/labellerAgreement.ts)",
  );

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
