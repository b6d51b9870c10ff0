import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/buildDataset.ts";
import { formatPipelineError } from "../../src/pipeline/pipelineError.ts";
import { MINI_ANNOTATIONS, MINI_ARTICLE, miniCorpus, TIMELINE } from "../fixtures/miniCorpus.ts";

function errorsOf(input: ReturnType<typeof miniCorpus>): string[] {
  const result = buildDataset(input);
  return result.ok ? [] : result.errors.map(formatPipelineError);
}

const edit = (from: string, to: string) => MINI_ANNOTATIONS.replace(from, to);
const Y = "corpus/articles/mini.yaml";

describe("buildDataset(corpus) builds the dataset from the articles", () => {
  const result = buildDataset(miniCorpus());
  if (!result.ok) throw new Error(result.errors.map(formatPipelineError).join("\n"));
  const { dataset, articleTexts } = result.data;

  it("sorts events by date then id", () => {
    expect(dataset.events.map((e) => e.id)).toEqual(["board-acts", "leike-resigns"]);
  });

  it("anchors every excerpt, citations included, to the article's own text", () => {
    const board = dataset.events[0];
    expect(board?.excerpts.map((x) => x.exact)).toEqual([
      "The board tried to remove Sam Altman in November.",
      "\u201CIt was chaos,\u201D said one employee",
    ]);
    for (const x of dataset.events.flatMap((e) => e.excerpts)) {
      expect(MINI_ARTICLE.slice(x.start, x.end)).toBe(x.exact);
    }
  });

  it("resolves dates with their precision", () => {
    expect(dataset.events[0]?.date).toMatchObject({
      edtf: "2023-11",
      start: "2023-11-01",
      end: "2023-11-30",
      precision: "month",
    });
  });

  it("takes the article's publication instant from its first line and publishes its text", () => {
    expect(dataset.sources.find((s) => s.id === "mini-article")).toMatchObject({
      kind: "article",
      published: "2024-05-18T04:52:21Z",
      text: { path: "articles/mini.txt", length: MINI_ARTICLE.length },
    });
    expect(articleTexts.map((t) => t.path)).toEqual(["articles/mini.txt"]);
  });

  it("resolves eras to their first and last days, keeping their EDTF for the era list", () => {
    expect(dataset.eras).toEqual([
      {
        id: "crisis",
        title: "The crisis",
        start: "2023-11-01",
        end: "2024-01-31",
        edtf: "2023-11/2024-01",
      },
    ]);
  });

  it("gives the same dataset on every run", () => {
    const again = buildDataset(miniCorpus());
    expect(JSON.stringify(again.ok && again.data.dataset)).toBe(JSON.stringify(dataset));
  });
});

describe("buildDataset(corpus) stops with a message naming the file, the annotation and the fault", () => {
  it.each([
    [
      "a quote that is not in its article names the closest passage",
      {
        annotations: edit(
          "quote: In May, Jan Leike resigned.",
          "quote: In May, Jan Leike retired.",
        ),
      },
      `${Y}: event "leike-resigns" excerpt 1: the quote "In May, Jan Leike retired." is not in the article; the closest passage (89% alike) is "In May, Jan Leike resigned."`,
    ],
    [
      "a quote found more than once with nothing to say which",
      { annotations: edit("quote: In May, Jan Leike resigned.", "quote: was chaos") },
      `${Y}: event "leike-resigns" excerpt 1: the quote "was chaos" occurs 2 times (at 85, 126); add a prefix or suffix to say which`,
    ],
    [
      "an unknown person",
      { annotations: edit("people: [jan-leike]", "people: [jan-leik]") },
      `${Y}: event "leike-resigns" people: names unknown person "jan-leik"`,
    ],
    [
      "an unknown reference source",
      { annotations: edit("references: [ref-one]", "references: [ref-two]") },
      `${Y}: event "leike-resigns" date.references: names unknown source "ref-two"`,
    ],
    [
      "a repeated event id",
      { annotations: edit("id: board-acts", "id: leike-resigns") },
      `${Y}: events[1]: repeats the event id "leike-resigns", already used in ${Y} (events[0])`,
    ],
    [
      "a repeated source id",
      { annotations: edit("id: mini-article", "id: ref-one") },
      `${Y}: source: repeats the source id "ref-one", already used in corpus/references.yaml (references[0])`,
    ],
    [
      "an invalid date",
      { annotations: edit('edtf: "2024-05-15"', 'edtf: "2024-05-32"') },
      `${Y}: event "leike-resigns" date.edtf: "2024-05-32" has no day 32 (that month has 31)`,
    ],
    [
      "a date that ends before it starts",
      { annotations: edit('edtf: "2024-05-15"', 'edtf: "2024-05-15/2024-04"') },
      `${Y}: event "leike-resigns" date.edtf: "2024-05-15/2024-04" ends (2024-04-30) before it starts (2024-05-15)`,
    ],
    [
      "an empty title",
      { annotations: edit("title: Jan Leike resigns", 'title: "  "') },
      `${Y}: event "leike-resigns" (events[0].title): must not be empty`,
    ],
    [
      "an event with no excerpt",
      {
        annotations: edit(
          "    excerpts:\n      - quote: In May, Jan Leike resigned.",
          "    excerpts: []",
        ),
      },
      `${Y}: event "leike-resigns" (events[0].excerpts): needs at least one excerpt`,
    ],
    [
      "a misspelt field",
      { annotations: edit("summary: He leaves.", "summery: He leaves.") },
      `${Y}: event "leike-resigns" (events[0]): Unrecognized key: "summery"`,
    ],
    [
      "a citation of an unknown event",
      { annotations: edit("- event: board-acts", "- event: board-act") },
      `${Y}: citation 1 of event "board-act": names an unknown event`,
    ],
    [
      "an article whose first line is not an HTTP date",
      { article: MINI_ARTICLE.replace("Sat, 18 May 2024 04:52:21 GMT", "2024-05-18") },
      'corpus/articles/mini.txt: first line "2024-05-18" is not an HTTP date like "Sat, 18 May 2024 04:52:21 GMT"',
    ],
    [
      "an article that is not UTF-8",
      { article: "" },
      "corpus/articles/mini.txt: has only one line; expected an HTTP date, a blank line, then the body",
    ],
    [
      "an article without annotations",
      { annotations: null },
      "corpus/articles/mini.txt: has no annotations file beside it (add mini.yaml with its source metadata and events)",
    ],
    [
      "annotations without an article",
      { article: null },
      `${Y}: has no article text beside it (expected corpus/articles/mini.txt)`,
    ],
    [
      "annotations that are not YAML",
      { annotations: "source: [unclosed\n" },
      `${Y}: is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1:`,
    ],
    [
      "a repeated person id",
      {
        people:
          "people:\n  - {id: jan-leike, name: A, description: B}\n  - {id: jan-leike, name: C, description: D}\n  - {id: sam-altman, name: E, description: F}\n",
      },
      'corpus/people.yaml: people[1]: repeats the person id "jan-leike", already used in corpus/people.yaml (people[0])',
    ],
    [
      "an era whose date is not EDTF",
      { timeline: `${TIMELINE.replace("2023-11/2024-01", "November")}` },
      'corpus/timeline.yaml: era "crisis" (eras[0]): "November" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      "an era with an open end",
      { timeline: `${TIMELINE.replace("2023-11/2024-01", "2023-11/..")}` },
      'corpus/timeline.yaml: era "crisis" (eras[0]): "2023-11/.." must have both a start and an end',
    ],
    [
      "a repeated era id",
      { timeline: `${TIMELINE}  - {id: crisis, title: Again, edtf: "2024"}\n` },
      'corpus/timeline.yaml: eras[1]: repeats the era id "crisis", already used in corpus/timeline.yaml (eras[0])',
    ],
  ])("%s", (_, parts, message) => {
    expect(errorsOf(miniCorpus(parts))).toContain(message);
  });

  it("reports every problem at once, not only the first", () => {
    const annotations = edit("people: [jan-leike]", "people: [nobody]").replace(
      'edtf: "2023-11"',
      'edtf: "2023-13"',
    );
    expect(errorsOf(miniCorpus({ annotations }))).toHaveLength(2);
  });

  it("rejects bytes that are not UTF-8", () => {
    const input = miniCorpus();
    const first = input.articles[0];
    if (first) first.bytes = new Uint8Array([0xff, 0xfe, 0x00]);
    expect(errorsOf(input)).toEqual(["corpus/articles/mini.txt: is not valid UTF-8"]);
  });
});
