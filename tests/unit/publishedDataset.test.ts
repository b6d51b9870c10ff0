import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareEvents } from "../../src/data/compareEvents.ts";
import { datasetSchema } from "../../src/data/datasetSchema.ts";
import { datasetJsonSchema, toStableJson } from "../../src/pipeline/publishedFiles.ts";

const DATA_DIR = new URL("../../public/data/", import.meta.url);
const CORPUS_DIR = new URL("../../src/corpus/articles/", import.meta.url);
const dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL("timeline.json", DATA_DIR), "utf8")),
);
const articles = dataset.sources.filter((s) => s.kind === "article");

describe("the published dataset (public/data/timeline.json)", () => {
  it("has at least one article and every event has an excerpt", () => {
    expect(articles.length).toBeGreaterThan(0);
    for (const event of dataset.events) expect(event.excerpts.length).toBeGreaterThan(0);
  });

  it.each(articles.map((a) => [a.id, a] as const))(
    "article %s: the published text is the corpus file byte for byte, with the recorded sha256 and length",
    (_, article) => {
      const bytes = readFileSync(new URL(article.text.path, DATA_DIR));
      const corpus = readFileSync(
        new URL(article.text.path.replace(/^articles\//, ""), CORPUS_DIR),
      );
      expect(bytes.equals(corpus)).toBe(true);
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(article.text.sha256);
      expect(bytes.toString("utf8").length).toBe(article.text.length);
    },
  );

  const excerpts = dataset.events.flatMap((e) =>
    e.excerpts.map((x, i) => [`${e.id} #${i + 1}`, x] as const),
  );
  it.each(excerpts)("excerpt %s: the article text sliced at start/end is exact", (_, excerpt) => {
    const source = articles.find((a) => a.id === excerpt.source);
    expect(source).toBeDefined();
    const text = readFileSync(new URL(source?.text.path ?? "", DATA_DIR), "utf8");
    expect(text.slice(excerpt.start, excerpt.end)).toBe(excerpt.exact);
    expect(text.slice(Math.max(0, excerpt.start - 32), excerpt.start)).toBe(excerpt.prefix);
    expect(text.slice(excerpt.end, excerpt.end + 32)).toBe(excerpt.suffix);
  });

  it("names only people and sources it defines", () => {
    const people = new Set(dataset.people.map((p) => p.id));
    const sources = new Set(dataset.sources.map((s) => s.id));
    for (const event of dataset.events) {
      for (const id of event.people) expect(people).toContain(id);
      for (const id of event.date.references) expect(sources).toContain(id);
    }
  });

  it("lists events by date then id", () => {
    expect(dataset.events.map((e) => e.id)).toEqual(
      [...dataset.events].sort(compareEvents).map((e) => e.id),
    );
  });

  it("publishes the JSON Schema generated from the app's schema", () => {
    expect(readFileSync(new URL("timeline.schema.json", DATA_DIR), "utf8")).toBe(
      toStableJson(datasetJsonSchema()),
    );
  });

  // The dates facts.md gives for each event the article reports.
  it.each([
    ["board-attempts-to-dismiss-altman", "board", "2023-11-17", "day"],
    ["altman-ousting-fails", "board", "2023-11-21", "day"],
    ["safety-employees-leave", "departure", "2023-11/2024-05-18", "range"],
    ["kokotajlo-resigns", "departure", "2024-04", "month"],
    ["kokotajlo-speaks-out", "statement", "../2024-05-18", "range"],
    ["sutskever-announces-departure", "departure", "2024-05-14", "day"],
    ["pachocki-named-chief-scientist", "appointment", "2024-05-14", "day"],
    ["leike-resigns", "departure", "2024-05-15", "day"],
    ["leike-explains-on-x", "statement", "2024-05-17", "day"],
    ["exit-agreements-reported", "policy", "2024-05-17", "day"],
    ["vox-reports-loss-of-trust", "report", "2024-05-17", "day"],
    ["benzinga-xai-speculation", "report", "2024-05-15", "day"],
    ["musk-recalls-page-rift", "report", null, "unknown"],
    ["benzinga-reports-exodus", "report", "2024-05-18", "day"],
  ])("event %s is a %s dated %j (%s)", (id, type, edtf, precision) => {
    const event = dataset.events.find((e) => e.id === id);
    expect(event).toMatchObject({ type, date: { edtf, precision } });
  });

  it("names none of the five unnamed employees", () => {
    expect(dataset.events.find((e) => e.id === "safety-employees-leave")?.people).toEqual([]);
  });

  it.each([
    ["pachocki-named-chief-scientist", "wrong", [1]],
    ["benzinga-xai-speculation", "wrong", [0]],
    ["kokotajlo-speaks-out", "unverified", [1]],
    ["safety-employees-leave", "vague", undefined],
  ])("event %s carries a %s note, on excerpts %j", (id, kind, excerpts) => {
    const note = dataset.events.find((e) => e.id === id)?.note;
    expect(note).toMatchObject({ kind, text: expect.stringMatching(/\S/) });
    expect(typeof note === "object" ? note.excerpts : "a plain note").toEqual(excerpts);
  });

  it("gives notes to those four events only", () => {
    expect(dataset.events.filter((e) => e.note !== undefined)).toHaveLength(4);
  });
});
