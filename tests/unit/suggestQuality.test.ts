import { describe, expect, it } from "vitest";
import { fail } from "../../src/lib/result.ts";
import {
  bundledCoverage,
  evaluateLabelledSet,
  evaluateSuggestions,
} from "../suggest/evaluateSuggestions.ts";
import { countOccurrences, loadLabelledSet } from "../suggest/loadLabelledSet.ts";

const labelled = loadLabelledSet();

describe("the labelled set for event suggestions", () => {
  it("has at least 8 articles and 40 expected events", () => {
    expect(labelled.length).toBeGreaterThanOrEqual(8);
    expect(labelled.reduce((n, a) => n + a.expected.length, 0)).toBeGreaterThanOrEqual(40);
  });

  it.each(labelled.map((article) => [article.name, article] as const))(
    "%s: every expected quote occurs exactly once in the article",
    (_name, article) => {
      for (const event of article.expected) {
        expect(countOccurrences(article.text, event.quote), event.quote).toBe(1);
      }
    },
  );

  it.each(labelled.map((article) => [article.name, article] as const))(
    "%s: starts with an HTTP date line and a blank line, and has a 150–400-word body",
    (_name, article) => {
      const [dateLine = "", blank, ...body] = article.text.split("\n");
      expect(dateLine).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(new Date(dateLine).toUTCString()).toBe(dateLine);
      expect(blank).toBe("");
      const words = body.join(" ").split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(150);
      expect(words).toBeLessThanOrEqual(400);
    },
  );
});

describe("suggestEvents quality targets", () => {
  it("reaches recall ≥ 0.9 and precision ≥ 0.8 over the labelled set", () => {
    const { overall } = evaluateLabelledSet();
    expect(overall.recall).toBeGreaterThanOrEqual(0.9);
    expect(overall.precision).toBeGreaterThanOrEqual(0.8);
  });

  it("covers at least 80% of the bundled article's curated events", () => {
    expect(bundledCoverage().share).toBeGreaterThanOrEqual(0.8);
  });
});

describe("the evaluation of a suggester that refuses an article", () => {
  it("stops with the article's name and the suggester's reason", () => {
    const [first] = labelled;
    if (!first) throw new Error("no labelled article");
    expect(() => evaluateSuggestions([first], () => fail("no publication date"))).toThrow(
      `${first.name}: no suggestions: no publication date`,
    );
  });
});
