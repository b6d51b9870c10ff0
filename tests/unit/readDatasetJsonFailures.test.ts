import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DatasetLoadError } from "../../src/data/datasetLoadError.ts";
import { readDatasetJson } from "../../src/data/readDatasetJson.ts";

const published = JSON.parse(readFileSync("public/data/timeline.json", "utf8"));
const badSlide = { start_date: { year: "soon" } };

/** What a refused load says: the kind of failure, how many details and the first of them. */
async function refusal(json: unknown) {
  const error = await readDatasetJson(json, "f.json").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetLoadError);
  const { failure, details, message } = error as DatasetLoadError;
  return { kind: failure.kind, message, details: details.length, first: details[0] };
}

describe("readDatasetJson says what kind of failure each refusal is, and why", () => {
  it.each([
    ["too many events", { events: new Array(1_000_001) }, "too-large", 0, undefined],
    ["another version", { ...published, version: 2 }, "version", 0, undefined],
    ["neither format", null, "unrecognised", 1, expect.stringMatching(/; found null\.$/)],
    ["a broken frame", { ...published, title: "" }, "invalid", 1, expect.stringMatching(/^title/)],
    [
      "a TimelineJS file with no readable event (at most ten listed)",
      { events: Array.from({ length: 12 }, () => badSlide) },
      "invalid",
      10,
      expect.stringMatching(/^events\[0\]/),
    ],
  ])("%s", async (_, json, kind, details, first) => {
    expect(await refusal(json)).toEqual({ kind, message: expect.any(String), details, first });
  });

  it("names a version given as text for what it is", async () => {
    expect((await refusal({ ...published, version: "2" })).message).toContain(
      'f.json is a Sourceline dataset of version the text "2";',
    );
  });
});

describe("readDatasetJson loads what it can", () => {
  it.each([
    ["story.json", undefined],
    ["https://news.example/data/story.json?v=2", "https://news.example/data/story.json?v=2"],
  ])(
    "a TimelineJS file with no events is an empty timeline named after the file: %s",
    async (name, address) => {
      const loaded = await readDatasetJson({ events: [] }, name, address);
      expect([loaded.dataset.title, loaded.dataset.events, loaded.problems]).toEqual([
        "story",
        [],
        [],
      ]);
    },
  );

  it("a Sourceline file with a bad person keeps the others and adds no section it lacked", async () => {
    const { eras: _, ...noEras } = published;
    const people = [...published.people, { id: "x" }];
    const loaded = await readDatasetJson({ ...noEras, people }, "f.json");
    expect(loaded.dataset.people).toEqual(published.people);
    expect("eras" in loaded.dataset).toBe(false);
    expect(loaded.dataset.events).toEqual(published.events);
  });

  it("lists at most three faults of one item", async () => {
    const events = [{ id: "e" }, ...published.events];
    const { problems } = await readDatasetJson({ ...published, events }, "f.json");
    expect(problems).toHaveLength(3);
    expect(problems.every((p) => p.path.startsWith("events[0]"))).toBe(true);
  });

  it("names a repeat by where it and the first stood in the file, past an item left out", async () => {
    const first = published.events[0];
    const events = [{ id: "x" }, ...published.events, first];
    const { problems } = await readDatasetJson({ ...published, events }, "f.json");
    expect(problems.at(-1)?.path).toBe(`events[${events.length - 1}].id`);
    expect(problems.at(-1)?.reason).toBe(
      `repeats the id "${first.id}" of events[1]; event left out`,
    );
  });

  it("exactly 1,000,000 events is not too many", async () => {
    const error = await readDatasetJson(
      { ...published, events: new Array(1_000_000) },
      "f.json",
    ).catch((e: unknown) => e);
    expect((error as DatasetLoadError).failure?.kind).not.toBe("too-large");
  });
});
