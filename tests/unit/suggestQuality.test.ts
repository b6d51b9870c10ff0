import { describe, expect, it } from "vitest";
import { fail, ok } from "../../src/lib/result.ts";
import {
  bundledCoverage,
  evaluateHalves,
  evaluateLabelledSet,
  evaluateSuggestions,
  type Score,
  type ScoredSuggestion,
  TEST_HALF_TARGETS,
} from "../suggest/evaluateSuggestions.ts";
import {
  countOccurrences,
  DEV_DIRS,
  HELDOUT_DIR,
  type LabelledArticle,
  loadLabelledSet,
  loadLabelledSets,
} from "../suggest/loadLabelledSet.ts";
import { notPeopleProposed } from "../suggest/notPeopleProposed.ts";
import { sameDays } from "../suggest/sameDays.ts";

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

describe("the labels of both halves", () => {
  // Only the labels are checked here; no rule reads the test half's texts.
  const all = [...loadLabelledSets(DEV_DIRS), ...loadLabelledSet(HELDOUT_DIR)];
  const wholeWords = (text: string, name: string) =>
    new RegExp(`(?<!\\p{L})${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`, "iu").test(
      text,
    );

  it.each(all.map((article) => [article.name, article] as const))(
    "%s: every expected quote occurs exactly once, and notPeople names places and organisations of the text, no labelled person",
    (_name, article) => {
      for (const event of article.expected) {
        expect(countOccurrences(article.text, event.quote), event.quote).toBe(1);
      }
      expect(article.notPeople.length).toBeGreaterThan(0);
      for (const name of article.notPeople) expect(wholeWords(article.text, name), name).toBe(true);
      const people = article.expected.flatMap((event) => event.people);
      expect(notPeopleProposed(people, people, article.notPeople)).toEqual([]);
    },
  );
});

describe("npm run suggest:eval over the two halves of SPLIT.md", () => {
  const prefixes = (scores: readonly Score[]) => scores.map((score) => score.name.split("_")[0]);

  it("scores the dev half (labelled/ + dev/, 48 articles) and the test half (heldout/, 16 articles)", () => {
    const { dev, test } = evaluateHalves();
    const devPrefixes = prefixes(dev.articles);
    expect(devPrefixes).toHaveLength(48);
    // The first 8, the 8 dev articles of the split, and 32 dev articles written after it.
    expect(devPrefixes).toEqual(
      expect.arrayContaining(["01", "08", "b04", "b05", "l02", "l04", "t03", "t05", "w03", "w05"]),
    );
    for (const style of ["b", "l", "t", "w"])
      for (let n = 7; n <= 14; n++)
        expect(devPrefixes).toContain(`${style}${String(n).padStart(2, "0")}`);
    expect(devPrefixes.filter((p) => prefixes(test.articles).includes(p))).toEqual([]);
    expect(prefixes(test.articles)).toEqual(
      ["b01", "b02", "b03", "b06", "l01", "l03", "l05", "l06"].concat([
        "t01",
        "t02",
        "t04",
        "t06",
        "w01",
        "w02",
        "w04",
        "w06",
      ]),
    );
    const expected = (dirs: string[]) =>
      loadLabelledSets(dirs).reduce((n, article) => n + article.expected.length, 0);
    expect(dev.overall.expected).toBe(expected(DEV_DIRS));
    expect(test.overall.expected).toBe(expected([HELDOUT_DIR]));
    // 64 articles through the whole suggester: longer than a unit test's default on a busy machine.
  }, 60_000);

  it("proposes no date of a past event that ends after its article, in either half (issue 22)", () => {
    const { dev, test } = evaluateHalves();
    expect([dev.outrunning, test.outrunning]).toEqual([0, 0]);
    // The one test-half target of issue 22 that is met: date agreement ≥ 85% over matched pairs.
    expect(test.overall.dateAgreement).toBeGreaterThanOrEqual(TEST_HALF_TARGETS.dateAgreement);
    // And no labelled place or organisation as a person on the dev half the rules come from.
    expect(dev.notPeople).toEqual([]);
  }, 60_000);
});

describe("sameDays: date agreement compares the calendar days two EDTF dates cover", () => {
  it.each([
    ["2019-04-01/2019-04-17", "2019-04/2019-04-17", true],
    ["2019-04", "2019-04-01/2019-04-30", true],
    ["2019", "2019-01/2019-12-31", true],
    ["2019-04-17", "2019-04-17", true],
    ["../2019-04-17", "../2019-04-17", true],
    ["2019-04-17", "2019-04-16", false],
    ["2019-04", "2019-04-01/2019-04-17", false],
    ["../2019-04-17", "2019-04-17", false],
    ["2019-04-17", "not a date", false],
  ])("%s and %s: %s", (a, b, same) => {
    expect(sameDays(a, b)).toBe(same);
    expect(sameDays(b, a)).toBe(same);
  });
});

describe("notPeopleProposed: suggested people that are labelled places or organisations", () => {
  it.each([
    ["a labelled organisation", ["Marlowe & Finch"], [], ["Marlowe & Finch"], ["Marlowe & Finch"]],
    ["case aside", ["MARLOWE & FINCH"], [], ["Marlowe & Finch"], ["MARLOWE & FINCH"]],
    [
      "a name containing one",
      ["Marlowe & Finch Ltd"],
      [],
      ["Marlowe & Finch"],
      ["Marlowe & Finch Ltd"],
    ],
    ["a possessive", ["Palo Alto's"], [], ["Palo Alto"], ["Palo Alto's"]],
    ["part of a place", ["Palo"], [], ["Palo Alto"], ["Palo"]],
    ["part of an organisation", ["Finch"], [], ["Marlowe & Finch"], ["Finch"]],
    ["a labelled person part of one", ["Sable Finch"], ["Sable Finch"], ["Sable Finch Mills"], []],
    ["an unlabelled name part of one", ["Sable Finch"], [], ["Sable Finch Mills"], ["Sable Finch"]],
    ["words, not letters", ["Anna Berg"], [], ["Bergen"], []],
    ["a person", ["Anna Berg"], ["Anna Berg"], ["Marlowe & Finch", "Palo Alto"], []],
    ["once each", ["Palo Alto", "Anna Berg", "Palo Alto"], [], ["Palo Alto"], ["Palo Alto"]],
  ])("%s", (_case, names, expectedPeople, notPeople, found) => {
    expect(notPeopleProposed(names, expectedPeople, notPeople)).toEqual(found);
  });
});

describe("the eval's figures on a small synthetic labelled set", () => {
  const text = [
    "Thu, 18 Apr 2019 10:00:00 GMT",
    "",
    "Anna Berg resigned from Marlowe & Finch on Monday, the company said. Marlowe & Finch said on " +
      "Thursday that it would name Tom Lind as chief executive. Berg denied that she had been " +
      "pushed out. A report by Alder Research found that sales in Palo Alto fell earlier this month.",
  ].join("\n");
  const QUOTES = {
    resigned: "Anna Berg resigned from Marlowe & Finch on Monday",
    said: "Marlowe & Finch said on Thursday that it would name Tom Lind",
    denied: "Berg denied that she had been pushed out",
    report: "A report by Alder Research found that sales in Palo Alto fell earlier this month",
  };
  const article: LabelledArticle = {
    name: "synthetic",
    text,
    expected: [
      {
        type: "departure",
        people: ["Anna Berg"],
        quote: QUOTES.resigned,
        edtf: "2019-04-15",
        flags: [],
      },
      { type: "statement", people: [], quote: QUOTES.said, edtf: "2019-04-18", flags: [] },
      {
        type: "departure",
        people: ["Anna Berg"],
        quote: QUOTES.denied,
        edtf: "../2019-04-18",
        flags: ["denial"],
      },
      {
        type: "report",
        people: [],
        quote: QUOTES.report,
        edtf: "2019-04-01/2019-04-18",
        flags: [],
      },
    ],
    notPeople: ["Marlowe & Finch", "Alder Research", "Palo Alto"],
  };
  const at = (
    quote: keyof typeof QUOTES,
    type: string,
    edtf: string,
    options: { people?: string[]; flags?: string[] } = {},
  ): ScoredSuggestion => {
    const start = text.indexOf(QUOTES[quote]);
    return {
      type,
      people: (options.people ?? []).map((name) => ({ name })),
      excerpt: { start, end: start + QUOTES[quote].length },
      date: { edtf },
      flags: options.flags ?? [],
    };
  };
  const berg = { people: ["Anna Berg"] };

  it.each<[string, ScoredSuggestion[], Partial<Score>]>([
    [
      "all right, one interval written another way",
      [
        at("resigned", "departure", "2019-04-15", berg),
        at("said", "statement", "2019-04-18"),
        at("denied", "departure", "../2019-04-18", { ...berg, flags: ["denial"] }),
        at("report", "report", "2019-04/2019-04-18"),
      ],
      {
        matched: 4,
        unflagged: 3,
        unflaggedMatched: 3,
        unflaggedPrecision: 1,
        dateAgreements: 4,
        dateAgreement: 1,
        flagErrors: 0,
        notPeople: 0,
      },
    ],
    [
      "a date one day off, and a month for a span to the publication day, disagree",
      [at("resigned", "departure", "2019-04-14", berg), at("report", "report", "2019-04")],
      { matched: 2, dateAgreements: 0, dateAgreement: 0 },
    ],
    [
      "flagged proposals are left out of precision over unflagged proposals",
      [
        at("resigned", "departure", "2019-04-15", berg),
        at("report", "departure", "2019-04-18"),
        at("said", "statement", "2019-04-18", { flags: ["speculation"] }),
      ],
      {
        suggested: 3,
        matched: 2,
        precision: 2 / 3,
        unflagged: 2,
        unflaggedMatched: 1,
        unflaggedPrecision: 0.5,
        flagErrors: 1,
      },
    ],
    [
      "a denial proposed without its flag is matched, and is a flag error",
      [at("denied", "departure", "../2019-04-18", berg)],
      {
        matched: 1,
        unflagged: 1,
        unflaggedMatched: 1,
        unflaggedPrecision: 1,
        flagErrors: 1,
        dateAgreements: 1,
      },
    ],
    [
      "places and organisations proposed as people count once each per article",
      [
        at("resigned", "departure", "2019-04-15", { people: ["Anna Berg", "Marlowe & Finch"] }),
        at("said", "statement", "2019-04-18", { people: ["Marlowe & Finch"] }),
        at("report", "report", "2019-04-01/2019-04-18", { people: ["Alder", "Palo Alto"] }),
      ],
      { matched: 3, notPeople: 3 },
    ],
  ])("%s", (_case, suggestions, figures) => {
    const { overall, articles } = evaluateSuggestions([article], () => ok(suggestions));
    expect(overall).toMatchObject(figures);
    expect(articles[0]).toMatchObject({ ...figures, name: "synthetic" });
  });
});
