import { describe, expect, it } from "vitest";
import { resolveEdtf } from "../../src/dates/edtf.ts";
import { buildDataset, type CorpusInput } from "../../src/pipeline/buildDataset.ts";
import { type DatedEvent, dateOutrunsArticle } from "../../src/pipeline/dateOutrunsArticle.ts";
import { parseArticle } from "../../src/pipeline/parseArticle.ts";
import { formatPipelineError } from "../../src/pipeline/pipelineError.ts";
import { suggestEvents } from "../../src/suggest/suggestEvents.ts";
import { MINI_ANNOTATIONS, MINI_ARTICLE, miniCorpus } from "../fixtures/miniCorpus.ts";
import { loadLabelledSet } from "../suggest/loadLabelledSet.ts";

const PUBLISHED = "2024-05-18T04:52:21Z";
const Y = "corpus/articles/mini.yaml";

function dated(edtf: string | null, more: Partial<DatedEvent> = {}): DatedEvent {
  const resolved = resolveEdtf(edtf);
  if (!resolved.ok) throw new Error(resolved.reason);
  return { edtf, start: resolved.data.start, end: resolved.data.end, ...more };
}

const errorsOf = (input: CorpusInput) => {
  const result = buildDataset(input);
  return result.ok ? [] : result.errors.map(formatPipelineError);
};
const withLeikeDate = (edtf: string, extra = "") =>
  miniCorpus({
    annotations: MINI_ANNOTATIONS.replace('edtf: "2024-05-15"', `edtf: "${edtf}"`).replace(
      "      - quote: In May, Jan Leike resigned.\n",
      `      - quote: In May, Jan Leike resigned.\n${extra}`,
    ),
  });

describe("dateOutrunsArticle(date, published) holds a reported past event to its article", () => {
  it.each([
    [
      "a month running past the publication",
      dated("2024-05"),
      "ends on 2024-05-31",
      "2024-05/2024-05-18",
    ],
    ["a year running past it", dated("2024"), "ends on 2024-12-31", "2024/2024-05-18"],
    [
      "an interval ending after it",
      dated("2023-11/2024-05"),
      "ends on 2024-05-31",
      "2023-11/2024-05-18",
    ],
    ["an open end", dated("2023-11/.."), "has no end", "2023-11/2024-05-18"],
    ["an unknown end", dated("2023-11/"), "has no end", "2023-11/2024-05-18"],
    ["an open start ending after it", dated("../2024-06"), "ends on 2024-06-30", "../2024-05-18"],
    [
      "a day interval from the day itself",
      dated("2024-05-18/2024-05-20"),
      "ends on 2024-05-20",
      "2024-05-18",
    ],
    [
      "a vague note",
      dated("2024-05", { noteKind: "vague" }),
      "ends on 2024-05-31",
      "2024-05/2024-05-18",
    ],
  ])("%s is rejected, naming both dates and the fix", (_, date, ends, fix) => {
    expect(dateOutrunsArticle(date, PUBLISHED)).toBe(
      `"${date.edtf}" ${ends}, after the article that reports it was published on 2024-05-18: end it by then ("${fix}"), start it after 2024-05-18 if the article announces it, or say why in a note of kind wrong, disputed or unverified`,
    );
  });

  it.each([
    ["a day before the publication", dated("2024-05-17")],
    ["the publication day", dated("2024-05-18")],
    ["an interval ending on it", dated("2023-11/2024-05-18")],
    ["on or before it", dated("../2024-05-18")],
    ["an unknown date", dated(null)],
    ["a date wholly after it, which the article announces", dated("2024-07-01")],
    ["an interval wholly after it", dated("2024-05-19/..")],
    ["an event flagged speculation", dated("2024", { flags: ["speculation"] })],
    ["a note of kind wrong", dated("2024-05", { noteKind: "wrong" })],
    ["a note of kind disputed", dated("2024-05", { noteKind: "disputed" })],
    ["a note of kind unverified", dated("2024-05", { noteKind: "unverified" })],
    [
      "an instant whose own day is later than its UTC day",
      dated("2024-05-18"),
      "2024-05-18T01:00:00+05:00",
    ],
    ["a year before 1, compared as a day", dated("-0001/2024-05-18")],
    ["a year past 9999, compared as a day: announced", dated("10000")],
  ])("%s is accepted", (_, date, published = PUBLISHED) => {
    expect(dateOutrunsArticle(date, published)).toBeNull();
  });
});

describe("buildDataset(corpus) rejects a reported event that ends after its article", () => {
  it.each([
    [
      "a month past the publication",
      withLeikeDate("2024-05"),
      [
        `${Y}: event "leike-resigns" date.edtf: "2024-05" ends on 2024-05-31, after the article that reports it was published on 2024-05-18: end it by then ("2024-05/2024-05-18"), start it after 2024-05-18 if the article announces it, or say why in a note of kind wrong, disputed or unverified`,
      ],
    ],
    [
      "a vague note, which says nothing of the date",
      withLeikeDate("2024-05", "    note: {kind: vague, text: The article names no day.}\n"),
      [
        `${Y}: event "leike-resigns" date.edtf: "2024-05" ends on 2024-05-31, after the article that reports it was published on 2024-05-18: end it by then ("2024-05/2024-05-18"), start it after 2024-05-18 if the article announces it, or say why in a note of kind wrong, disputed or unverified`,
      ],
    ],
    [
      "a note of kind unverified that says why",
      withLeikeDate(
        "2024-05",
        "    note: {kind: unverified, text: He had only announced it; the date is the announced one.}\n",
      ),
      [],
    ],
    ["an event the article announces, wholly after it", withLeikeDate("2024-07-01"), []],
    ["an event flagged as expected", withLeikeDate("2024", "    flags: [speculation]\n"), []],
    ["a date ending on the publication day", withLeikeDate("2024-05/2024-05-18"), []],
  ])("%s", (_, input, errors) => {
    expect(errorsOf(input)).toEqual(errors);
  });

  it("checks a citation against the article that cites, naming that file", () => {
    const input = miniCorpus({
      annotations: MINI_ANNOTATIONS.replace('edtf: "2023-11"', 'edtf: "2023-11/2024-05-15"'),
    });
    input.articles.push({
      name: "earlier",
      textPath: "corpus/articles/earlier.txt",
      bytes: new TextEncoder().encode(
        "Fri, 10 May 2024 09:00:00 GMT\n\nThe board fought on for months.\n",
      ),
      annotations: {
        path: "corpus/articles/earlier.yaml",
        text: "source: {id: earlier, publisher: Wire, title: Earlier, url: null}\nevents: []\ncitations:\n  - event: board-acts\n    quote: The board fought on for months.\n",
      },
    });
    expect(errorsOf(input)).toEqual([
      `corpus/articles/earlier.yaml: citation 1 of event "board-acts": "2023-11/2024-05-15" ends on 2024-05-15, after the article that reports it was published on 2024-05-10: end it by then ("2023-11/2024-05-10"), start it after 2024-05-10 if the article announces it, or say why in a note of kind wrong, disputed or unverified`,
    ]);
  });
});

/** Dates that run past the publication unless ended on it: the current month and year, "since". */
const CURRENT_SPANS = `Sat, 18 May 2024 04:52:21 GMT

Anna Berg resigned as chief executive of Example Corp in 2024. The company appointed Carl Dunn as finance chief this month. Eva Fors left the board this year. At least five engineers have left since November. Gustav Holm, the chairman, is expected to step down this month.
`;

describe("suggestEvents never proposes a reported date the pipeline would reject", () => {
  const articles = [
    ...loadLabelledSet().map((a) => [a.name, a.text] as const),
    ["the mini article", MINI_ARTICLE] as const,
    ["an article of current months and years", CURRENT_SPANS] as const,
  ];

  it("ends the reported ones on the publication day and leaves an expected one as the text dates it", () => {
    const suggested = suggestEvents(CURRENT_SPANS);
    if (!suggested.ok) throw new Error(suggested.reason);
    expect(suggested.data.map((s) => [s.date.edtf, s.flags])).toEqual([
      ["2024/2024-05-18", []],
      ["2024-05/2024-05-18", []],
      ["2024/2024-05-18", []],
      ["2023-11/2024-05-18", []],
      ["2024-05", ["speculation"]],
    ]);
  });

  it.each(articles)("%s", (_, text) => {
    const parsed = parseArticle(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    const suggested = suggestEvents(text);
    if (!suggested.ok) throw new Error(suggested.reason);
    const outrunning = suggested.data
      .filter((s) => !s.flags.includes("speculation"))
      .map((s) => dateOutrunsArticle(dated(s.date.edtf), parsed.data.published))
      .filter((reason) => reason !== null);
    expect(outrunning).toEqual([]);
  });
});
