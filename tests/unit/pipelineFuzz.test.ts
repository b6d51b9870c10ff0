import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import {
  type BuildOutput,
  buildDataset,
  type CorpusInput,
} from "../../src/pipeline/buildDataset.ts";
import { type Checked, formatPipelineError } from "../../src/pipeline/pipelineError.ts";
import { MINI_ANNOTATIONS, MINI_ARTICLE, miniCorpus } from "../fixtures/miniCorpus.ts";
import { annotationsCase } from "../fuzz/annotationsCase.ts";
import { checkOutcome } from "../fuzz/checkOutcome.ts";
import { mutatedAnnotations } from "../fuzz/mutatedAnnotations.ts";
import { mutatedArticle } from "../fuzz/mutatedArticle.ts";
import { runFuzz } from "../fuzz/runFuzz.ts";

/** Longest one build of the mini corpus may take: anything slower counts as a hang. */
const BUDGET_MS = 2000;
const ANNOTATIONS_PATH = "corpus/articles/mini.yaml";
const DATE_LINE = "Sat, 18 May 2024 04:52:21 GMT";
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Builds the dataset, failing the property when the pipeline takes too long. */
function build(input: CorpusInput): Checked<BuildOutput> {
  const started = performance.now();
  const result = buildDataset(input);
  const ms = performance.now() - started;
  if (ms >= BUDGET_MS) throw new Error(`buildDataset took ${Math.round(ms)} ms`);
  return result;
}

function withBytes(bytes: Uint8Array): CorpusInput {
  const input = miniCorpus();
  const article = input.articles[0];
  if (article) article.bytes = bytes;
  return input;
}

/** An RFC 9110 IMF-fixdate, with the weekday moved on by `shift` days (0: the right one). */
function httpDate(d: Date, shift = 0): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const weekday = WEEKDAYS[(d.getUTCDay() + shift) % 7];
  const day = `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCFullYear(), 4)}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${weekday}, ${day} ${time} GMT`;
}

function publishedOf(result: Checked<BuildOutput>): string | undefined {
  return result.ok
    ? result.data.dataset.sources.find((s) => s.kind === "article")?.published
    : undefined;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("buildDataset(corpus) on fuzzed input gives a valid dataset or precise errors", () => {
  it("never throws, drops nothing nor misplaces an excerpt, on mutated article bytes", () => {
    runFuzz(
      "mutated articles",
      mutatedArticle,
      (bytes) => {
        const input = withBytes(bytes);
        checkOutcome(input, build(input));
      },
      1500,
    );
  }, 60_000);

  it("never throws, hangs or drops an event on mutated annotation YAML", () => {
    runFuzz(
      "mutated annotation files",
      mutatedAnnotations,
      (annotations) => {
        const input = miniCorpus({ annotations });
        checkOutcome(input, build(input));
      },
      1500,
    );
  }, 60_000);

  it("builds generated annotations exactly when every part is valid and every quote unique", () => {
    runFuzz(
      "generated annotation sets",
      annotationsCase,
      (c) => {
        expect(parseYaml(c.yaml)).toEqual(c.doc);
        const input = miniCorpus({ article: c.article, annotations: c.yaml });
        const result = build(input);
        checkOutcome(input, result);
        if (c.valid) {
          expect(result.ok ? [] : result.errors.map(formatPipelineError)).toEqual([]);
          const built = result.ok ? result.data.dataset.events : [];
          expect(Object.fromEntries(built.map((e) => [e.id, e.excerpts.length]))).toEqual(c.events);
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.errors.map((e) => e.file)).toContain(ANNOTATIONS_PATH);
        }
      },
      800,
    );
  }, 60_000);

  it("takes the publication instant from any HTTP date line, and rejects a wrong weekday", () => {
    runFuzz(
      "HTTP date lines",
      fc.tuple(
        // Every four-digit year, 0000–0099 included (once read as 1900–1999; see below).
        fc.date({
          min: new Date("0000-01-01T00:00:00Z"),
          max: new Date("9999-12-31T23:59:59Z"),
          noInvalidDate: true,
        }),
        fc.nat({ max: 6 }),
      ),
      ([date, shift]) => {
        const line = httpDate(date, shift);
        const result = build(miniCorpus({ article: MINI_ARTICLE.replace(DATE_LINE, line) }));
        if (shift === 0) {
          const expected = new Date(Math.floor(date.getTime() / 1000) * 1000);
          expect(publishedOf(result)).toBe(expected.toISOString().replace(".000Z", "Z"));
        } else {
          expect(result.ok ? [] : result.errors.map(formatPipelineError)).toEqual([
            expect.stringMatching(/^corpus\/articles\/mini\.txt: .* names the wrong weekday/),
          ]);
        }
      },
      500,
    );
  }, 60_000);
});

// Bugs the fuzzing found, fixed; each test keeps it from coming back.
describe("buildDataset(corpus) regressions found by fuzzing", () => {
  it("reads an HTTP date in the years 0000–0099 as those years, not 1900–1999", () => {
    // "Sun, 18 May 0024" is a Sunday in 1924, not in 24: the pipeline takes it as 1924-05-18.
    const article = MINI_ARTICLE.replace(DATE_LINE, "Sun, 18 May 0024 04:52:21 GMT");
    expect(publishedOf(buildDataset(miniCorpus({ article })))).not.toBe("1924-05-18T04:52:21Z");
    const right = MINI_ARTICLE.replace(DATE_LINE, "Sat, 18 May 0024 04:52:21 GMT");
    expect(publishedOf(buildDataset(miniCorpus({ article: right })))).toBe("0024-05-18T04:52:21Z");
  });

  it("accepts the right weekday in the years 0000–0099", () => {
    // 18 May 0024 was a Saturday (as 18 May 2024); the pipeline checks 1924's weekday (Sunday).
    const article = MINI_ARTICLE.replace(DATE_LINE, "Sat, 18 May 0024 04:52:21 GMT");
    const result = buildDataset(miniCorpus({ article }));
    const errors = result.ok ? [] : result.errors.map(formatPipelineError);
    expect(errors.filter((e) => e.includes("wrong weekday"))).toEqual([]);
  });

  it("never anchors a quote to half of an astral character", () => {
    // A quote of one UTF-16 surrogate ("\uD83D") matches inside "😀" and becomes an excerpt
    // whose `exact` is a lone surrogate: not a character, and not valid Unicode text.
    const article = MINI_ARTICLE.replace("Later,", "Later \u{1F600},");
    const annotations = MINI_ANNOTATIONS.replace(
      "quote: In May, Jan Leike resigned.",
      'quote: "\\uD83D"',
    );
    const result = buildDataset(miniCorpus({ article, annotations }));
    const exacts = result.ok
      ? result.data.dataset.events.flatMap((e) => e.excerpts.map((x) => x.exact))
      : [];
    expect(exacts.filter((x) => LONE_SURROGATE.test(x))).toEqual([]);
  });

  it("reports a long quote missing from a long article quickly", () => {
    // closestPassage once compared the quote with a window at every word: O(words × quote²);
    // 4,000 words and a 1,000-character quote took ~0.9 s, 8,000 and 2,000 about 8 s.
    const article = `${MINI_ARTICLE}${"lorem ipsum dolor sit amet ".repeat(800)}`;
    const annotations = MINI_ANNOTATIONS.replace(
      "quote: In May, Jan Leike resigned.",
      `quote: ${"x".repeat(1000)}`,
    );
    const started = performance.now();
    const result = buildDataset(miniCorpus({ article, annotations }));
    expect(result.ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(300);
  }, 60_000);
});
