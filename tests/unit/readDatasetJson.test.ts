import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DatasetLoadError } from "../../src/data/datasetLoadError.ts";
import { describeFound } from "../../src/data/describeFound.ts";
import { readDatasetJson } from "../../src/data/readDatasetJson.ts";

const published = JSON.parse(readFileSync("public/data/timeline.json", "utf8"));
const tjs = { events: [{ start_date: { year: 2024 }, text: { headline: "One" } }] };

describe("readDatasetJson(json, name) detects the format and keeps what is valid", () => {
  it.each([
    ["a Sourceline dataset", published, "sourceline", 14, 0],
    ["a TimelineJS file", tjs, "timelinejs", 1, 0],
    [
      "a Sourceline dataset with two bad events",
      {
        ...published,
        events: published.events.map((e: { id: string }, i: number) =>
          i === 1 ? { ...e, type: "rumour" } : i === 3 ? { ...e, excerpts: "none" } : e,
        ),
      },
      "sourceline",
      12,
      2,
    ],
    [
      "a TimelineJS file with a bad slide",
      { events: [...tjs.events, { start_date: { year: "soon" } }] },
      "timelinejs",
      1,
      1,
    ],
  ])("%s", async (_, json, format, events, problems) => {
    const loaded = await readDatasetJson(json, "f.json");
    expect(loaded.format).toBe(format);
    expect(loaded.dataset.events).toHaveLength(events);
    expect(loaded.problems).toHaveLength(problems);
  });

  it("keeps an event 13.8 billion years ago, written as EDTF's Y year, through a Sourceline round trip", async () => {
    const bigBang = {
      ...published.events[0],
      id: "big-bang",
      excerpts: [],
      date: {
        ...published.events[0].date,
        edtf: "Y-13800000000",
        start: "-13800000000-01-01",
        end: "-13800000000-12-31",
        precision: "year",
      },
    };
    const json = { ...published, events: [bigBang, ...published.events] };
    const loaded = await readDatasetJson(json, "f.json");
    expect(loaded.problems).toEqual([]);
    expect(loaded.dataset.events.map((e) => e.id)).toContain("big-bang");
    const again = await readDatasetJson(JSON.parse(JSON.stringify(loaded.dataset)), "f.json");
    expect(again.dataset.events.find((e) => e.id === "big-bang")?.date).toEqual(bigBang.date);
  });

  it("names each event it leaves out by its title, its id and its JSON path", async () => {
    const events = [...published.events];
    events[1] = { ...events[1], type: "rumour" };
    const { problems } = await readDatasetJson({ ...published, events }, "f.json");
    expect(problems).toEqual([
      {
        path: "events[1].type",
        reason: expect.stringMatching(/; event left out$/),
        item: { title: events[1]?.title, id: events[1]?.id },
        leftOut: true,
      },
    ]);
  });

  it("names an item left out by whatever it has: a person by name, a nameless one not at all", async () => {
    const people = [...published.people, { name: "No Id", description: "d" }, { description: "d" }];
    const { problems } = await readDatasetJson({ ...published, people }, "f.json");
    expect(problems.map((p) => [p.path, p.item])).toEqual([
      [`people[${people.length - 2}].id`, { title: "No Id" }],
      [`people[${people.length - 1}].id`, undefined],
      [`people[${people.length - 1}].name`, undefined],
    ]);
  });

  it.each([
    [
      "another version",
      { ...published, version: 2 },
      "f.json is a Sourceline dataset of version 2",
    ],
    ["a broken frame", { ...published, title: "" }, "f.json is not a valid Sourceline dataset."],
    ["a list", [], "f.json is neither a Sourceline dataset nor a TimelineJS file."],
    [
      "more than 1,000,000 events (before any check)",
      { ...published, events: new Array(1_000_001) },
      "f.json has 1,000,001 events; Sourceline opens timelines of up to 1,000,000.",
    ],
    ["a number", 42, "f.json is neither a Sourceline dataset nor a TimelineJS file."],
    [
      "a TimelineJS file with no readable event",
      { events: [{ start_date: { year: "soon" } }] },
      "f.json is a TimelineJS file, but none of its events could be read.",
    ],
  ])("refuses %s with a clear message", async (_, json, message) => {
    const error = await readDatasetJson(json, "f.json").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as Error).message).toContain(message);
  });
});

describe("describeFound(value) says what a JSON value is", () => {
  it.each([
    [null, "null"],
    [[], "an empty list"],
    [[1, 2], "a list of 2 items"],
    [{}, "an empty object"],
    [{ a: 1, b: 2 }, 'an object with the fields "a", "b"'],
    [
      { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 },
      'an object with the fields "a", "b", "c", "d", "e" and 1 more',
    ],
    ["<html>", 'the text "<html>"'],
    [42, "the number 42"],
    [true, "the boolean true"],
  ])("%j → %s", (value, text) => {
    expect(describeFound(value)).toBe(text);
  });
});
