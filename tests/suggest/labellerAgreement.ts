/**
 * How far two careful labellers agree, by the eval's own matching: a second labeller's events are
 * scored as if they were suggestions against the first's (tests/suggest/agreement/README.md).
 *
 *   npx tsx tests/suggest/labellerAgreement.ts
 *
 * It bounds what any suggester can score against one labeller: a recall that independent humans
 * do not reach is not a fair target.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { REPORTED_TYPES } from "../../src/data/vocabulary.ts";
import { SUGGESTION_FLAGS } from "../../src/pipeline/articleAnnotationsSchema.ts";
import {
  expectedSpan,
  type Score,
  type ScoredSuggestion,
  scoreArticle,
  sumScores,
} from "./evaluateSuggestions.ts";
import { DEV_DIRS, type ExpectedEvent, loadLabelledSets } from "./loadLabelledSet.ts";

/** The folders of the two independent labellings, one `<article>.expected.yaml` each. */
export const AGREEMENT_DIRS = ["a", "b"].map((labeller) =>
  fileURLToPath(new URL(`./agreement/${labeller}/`, import.meta.url)),
);

const labellingSchema = z.object({
  events: z.array(
    z.object({
      type: z.enum(REPORTED_TYPES),
      people: z.array(z.string()),
      quote: z.string(),
      edtf: z.string(),
      flags: z.array(z.enum(SUGGESTION_FLAGS)),
    }),
  ),
});

/** One labeller's events for each article they labelled, by article name. */
export function loadLabelling(dir: string): Map<string, ExpectedEvent[]> {
  const files = readdirSync(dir).filter((file) => file.endsWith(".expected.yaml"));
  return new Map(
    files.map((file) => {
      const raw: unknown = parse(readFileSync(join(dir, file), "utf8"));
      const parsed = labellingSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
      return [file.slice(0, -".expected.yaml".length), parsed.data.events];
    }),
  );
}

/** A labeller's events in the shape of suggestions: their quote's span, people, date and flags. */
function asSuggestions(text: string, events: readonly ExpectedEvent[]): ScoredSuggestion[] {
  return events.map((event) => ({
    type: event.type,
    people: event.people.map((name) => ({ name })),
    excerpt: expectedSpan(text, event),
    date: { edtf: event.edtf },
    flags: event.flags,
  }));
}

/**
 * Scores `other`'s events against `truth`'s over the articles `other` labelled: recall is the
 * share of `truth`'s events `other` also lists, precision the share of `other`'s that `truth` lists.
 */
export function agreement(
  truth: ReadonlyMap<string, readonly ExpectedEvent[]>,
  other: ReadonlyMap<string, readonly ExpectedEvent[]>,
): Score {
  const articles = new Map(loadLabelledSets(DEV_DIRS).map((article) => [article.name, article]));
  const scores = [...other].map(([name, events]) => {
    const article = articles.get(name);
    const expected = truth.get(name);
    if (!article || !expected) throw new Error(`${name}: not labelled by both`);
    return scoreArticle(
      { ...article, expected: [...expected] },
      asSuggestions(article.text, events),
    ).score;
  });
  return sumScores("agreement", scores);
}

function main(): void {
  const original = new Map(loadLabelledSets(DEV_DIRS).map((a) => [a.name, a.expected]));
  const [a, b] = AGREEMENT_DIRS.map(loadLabelling) as [
    Map<string, ExpectedEvent[]>,
    Map<string, ExpectedEvent[]>,
  ];
  const line = (label: string, s: Score) =>
    console.log(
      `${label.padEnd(34)} recall ${s.matched}/${s.expected} ${(s.recall * 100).toFixed(1)}%  precision ${s.matched}/${s.suggested} ${(s.precision * 100).toFixed(1)}%  dates ${s.dateAgreements}/${s.matched} ${(s.dateAgreement * 100).toFixed(1)}%  flag errors ${s.flagErrors}`,
    );
  console.log(`Independent labellings of ${a.size} dev articles (tests/suggest/agreement/)\n`);
  line("labeller A against the dev labels", agreement(original, a));
  line("labeller B against the dev labels", agreement(original, b));
  line("labeller B against labeller A", agreement(a, b));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
