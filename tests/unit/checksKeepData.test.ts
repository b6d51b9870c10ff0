import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import type { LoadProblem } from "../../src/data/loadProblem.ts";
import { problemsSummary } from "../../src/data/problemsSummary.ts";
import { readDatasetJson } from "../../src/data/readDatasetJson.ts";
import { sourcePublisher } from "../../src/data/sourcePublisher.ts";
import { tallyProblems } from "../../src/data/tallyProblems.ts";

const published = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;

/** The published dataset, changed by `change` (a copy of it, as raw JSON). */
function changed(change: (json: Record<string, unknown> & Dataset) => void): unknown {
  const json = structuredClone(published) as Record<string, unknown> & Dataset;
  change(json);
  return json;
}

const rawPeople = (json: Dataset) => json.people as unknown as Record<string, unknown>[];
const rawEvents = (json: Dataset) => json.events as unknown as Record<string, unknown>[];

const warning = (path: string, reason: string) =>
  expect.objectContaining({ path, reason, warning: true });

describe("a missing or empty text a reader can do without is a warning; the item is kept", () => {
  it("keeps every person, and so every event's people, when every description is empty", async () => {
    const json = changed((d) => {
      for (const person of d.people) person.description = "";
    });
    const { dataset, problems } = await readDatasetJson(json, "t.json");
    expect(dataset.people.map((p) => p.id)).toEqual(published.people.map((p) => p.id));
    expect(dataset.events.map((e) => e.people)).toEqual(published.events.map((e) => e.people));
    expect(problems).toEqual(
      published.people.map((_, i) =>
        warning(
          `people[${i}].description`,
          "description is empty or missing; shown without a description",
        ),
      ),
    );
    expect(tallyProblems(problems)).toEqual({
      problems: published.people.length,
      warnings: published.people.length,
      leftOut: 0,
    });
  });

  it.each<[string, (json: Dataset) => void, string, string, (d: Dataset) => unknown, unknown]>([
    [
      "a missing description",
      (d) => delete rawPeople(d)[0]?.description,
      "people[0].description",
      "description is empty or missing; shown without a description",
      (d) => d.people[0]?.description,
      "",
    ],
    [
      "a description of white space and a zero-width space",
      (d) => {
        (d.people[1] as { description: string }).description = " \u200B ";
      },
      "people[1].description",
      "description has no visible character (only U+0020 U+200B U+0020); shown without a description",
      (d) => d.people[1]?.description,
      "",
    ],
    [
      "a summary of a million spaces, named by its first few",
      (d) => {
        (d.events[2] as { summary: string }).summary = " ".repeat(1_000_000);
      },
      "events[2].summary",
      "summary has no visible character (only U+0020 U+0020 U+0020 U+0020 U+0020 U+0020 …); shown without a summary",
      (d) => d.events[2]?.summary,
      "",
    ],
    [
      "an empty summary",
      (d) => {
        (d.events[2] as { summary: string }).summary = "";
      },
      "events[2].summary",
      "summary is empty or missing; shown without a summary",
      (d) => d.events[2]?.summary,
      "",
    ],
    [
      "a missing summary",
      (d) => delete rawEvents(d)[3]?.summary,
      "events[3].summary",
      "summary is empty or missing; shown without a summary",
      (d) => d.events[3]?.summary,
      "",
    ],
    [
      "a missing basis of a date",
      (d) => delete (rawEvents(d)[4] as { date: Record<string, unknown> }).date.basis,
      "events[4].date.basis",
      "date.basis is empty or missing; shown without how its date is known",
      (d) => d.events[4]?.date.basis,
      "",
    ],
    [
      "an empty note",
      (d) => {
        (d.events[5] as { note?: unknown }).note = { kind: "wrong", text: "" };
      },
      "events[5].note",
      "note is empty; shown without a note",
      (d) => d.events[5]?.note,
      undefined,
    ],
    [
      "an empty note of the old kind, a plain string",
      (d) => {
        (d.events[5] as { note?: unknown }).note = " ";
      },
      "events[5].note",
      "note has no visible character (only U+0020); shown without a note",
      (d) => d.events[5]?.note,
      undefined,
    ],
    [
      "an empty group",
      (d) => {
        (d.events[6] as { group?: string }).group = "";
      },
      "events[6].group",
      "group is empty; shown without a group",
      (d) => "group" in (d.events[6] ?? {}),
      false,
    ],
    [
      "an empty display date",
      (d) => {
        (d.events[6] as { displayDate?: string }).displayDate = "\u200B";
      },
      "events[6].displayDate",
      "displayDate has no visible character (only U+200B); shown without its date as the file wrote it",
      (d) => "displayDate" in (d.events[6] ?? {}),
      false,
    ],
    [
      "an empty description of the dataset",
      (d) => {
        d.description = "";
      },
      "description",
      "description is empty or missing; shown without a description",
      (d) => d.description,
      "",
    ],
    [
      "a missing description of the dataset",
      (d) => delete (d as Partial<Dataset>).description,
      "description",
      "description is empty or missing; shown without a description",
      (d) => d.description,
      "",
    ],
  ])("%s", async (_, change, path, reason, read, value) => {
    const { dataset, problems } = await readDatasetJson(changed(change), "t.json");
    expect(dataset.people).toHaveLength(published.people.length);
    expect(dataset.events).toHaveLength(published.events.length);
    expect(read(dataset)).toBe(value);
    expect(problems).toEqual([warning(path, reason)]);
    expect(problemsSummary(problems)).toBe("1 warning in this file");
  });

  it("keeps a source without a publisher, and so every excerpt of it", async () => {
    const json = changed((d) => {
      for (const source of d.sources) delete (source as Partial<typeof source>).publisher;
    });
    const { dataset, problems } = await readDatasetJson(json, "t.json");
    expect(dataset.sources.map((s) => s.id)).toEqual(published.sources.map((s) => s.id));
    expect(dataset.events.map((e) => e.excerpts)).toEqual(published.events.map((e) => e.excerpts));
    expect(problems).toEqual(
      published.sources.map((_, i) =>
        warning(
          `sources[${i}].publisher`,
          "publisher is empty or missing; shown without a publisher (its address or title stands in)",
        ),
      ),
    );
  });

  it("names the item a warning is about", async () => {
    const json = changed((d) => {
      (d.events[0] as { summary: string }).summary = "";
    });
    const { problems } = await readDatasetJson(json, "t.json");
    expect(problems[0]?.item).toEqual({
      title: published.events[0]?.title,
      id: published.events[0]?.id,
    });
  });

  it("still leaves out an event with a real fault, and counts it apart from the warnings", async () => {
    const json = changed((d) => {
      (d.events[0] as { summary: string }).summary = "";
      (d.events[1] as { title: string }).title = "\u200B";
      (d.people[0] as { description: string }).description = "";
    });
    const { dataset, problems } = await readDatasetJson(json, "t.json");
    expect(dataset.events).toHaveLength(published.events.length - 1);
    expect(tallyProblems(problems)).toEqual({ problems: 3, warnings: 2, leftOut: 1 });
    expect(problemsSummary(problems)).toBe(
      "1 problem and 2 warnings in this file (1 item left out)",
    );
  });
});

describe("problemsSummary(problems) counts problems and warnings apart", () => {
  const p = (path: string, reason: string): LoadProblem => ({ path, reason });
  const out = (path: string, reason: string): LoadProblem => ({ path, reason, leftOut: true });
  const w = (path: string): LoadProblem => ({
    path,
    reason: "empty; shown without",
    warning: true,
  });
  it.each<[string, LoadProblem[], string]>([
    [
      "one problem",
      [out("events[0].date", "x; event left out")],
      "1 problem in this file (1 item left out)",
    ],
    [
      "problems, no item left out",
      [
        p("events[0].people[0]", "no person; reference left out"),
        p("events[1].media.url", "not http(s); left out"),
      ],
      "2 problems in this file",
    ],
    ["one warning", [w("people[0].description")], "1 warning in this file"],
    [
      "warnings",
      [w("people[0].description"), w("people[1].description")],
      "2 warnings in this file",
    ],
    [
      "both",
      [out("events[0].title", "x; event left out"), w("events[1].summary"), w("events[2].summary")],
      "1 problem and 2 warnings in this file (1 item left out)",
    ],
    [
      "many of each",
      [
        { ...out("events", "and 1,200 more like these: events left out"), more: 1200 },
        { ...w("people"), more: 3000 },
      ],
      "1,200 problems and 3,000 warnings in this file (1,200 items left out)",
    ],
  ])("%s", (_, problems, summary) => {
    expect(problemsSummary(problems)).toBe(summary);
  });
});

describe("sourcePublisher(source) names who published a source, never a blank", () => {
  it.each<[string, string, string | null, string]>([
    ["its publisher", "TechCrunch", "https://techcrunch.com/2024/05/14/a", "TechCrunch"],
    [
      "none: the host of its address",
      "",
      "https://www.techcrunch.com/2024/05/14/a",
      "techcrunch.com",
    ],
    ["none, and no address: nothing, for the caller to leave out", "", null, ""],
  ])("%s", (_, publisher, url, expected) => {
    expect(sourcePublisher({ publisher, url })).toBe(expected);
  });
});
