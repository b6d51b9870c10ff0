import { describe, expect, it } from "vitest";
import { DESCRIBED_ITEMS, readDatasetJson } from "../../src/data/readDatasetJson.ts";
import { tallyProblems } from "../../src/data/tallyProblems.ts";
import { syntheticEvent } from "../fixtures/syntheticEvent.ts";

/** A dataset whose events are `bad` events that break the schema three ways, every `every`-th one valid. */
function withBadEvents(bad: number, every = 0) {
  const events: unknown[] = [];
  for (let i = 0; i < bad; i++) {
    events.push({ id: `bad-${i}` });
    if (every > 0 && i % every === 0) events.push(syntheticEvent(`good-${i}`, "2024-05-01"));
  }
  return { version: 1, title: "T", description: "D", sources: [], people: [], events };
}

describe("readDatasetJson describes the first bad items of a section and counts the rest", () => {
  it.each<[string, number, number, string | null]>([
    ["one bad event", 1, 1, null],
    ["as many as are described", DESCRIBED_ITEMS, DESCRIBED_ITEMS, null],
    [
      "one more than are described",
      DESCRIBED_ITEMS + 1,
      DESCRIBED_ITEMS,
      "and 1 more like these: event that does not fit the schema, left out",
    ],
    [
      "300,000 bad events",
      300_000,
      DESCRIBED_ITEMS,
      "and 299,990 more like these: events that do not fit the schema, left out",
    ],
  ])("%s", async (_, bad, described, summary) => {
    const { problems, dataset } = await readDatasetJson(withBadEvents(bad), "f.json");
    expect(dataset.events).toEqual([]);
    const detailed = problems.filter((p) => p.more === undefined);
    // Each described event is named by its first three issues, at its own path.
    expect(new Set(detailed.map((p) => /^events\[\d+\]/.exec(p.path)?.[0])).size).toBe(described);
    expect(detailed.length).toBe(3 * described);
    expect(problems.filter((p) => p.more !== undefined).map((p) => p.reason)).toEqual(
      summary === null ? [] : [summary],
    );
    expect(tallyProblems(problems)).toEqual({
      problems: 3 * described + (bad - described),
      leftOut: bad,
    });
  });

  it("keeps every valid event, those after the last described bad one too", async () => {
    const { dataset, problems } = await readDatasetJson(withBadEvents(1000, 100), "f.json");
    expect(dataset.events.map((e) => e.id)).toEqual(
      Array.from({ length: 10 }, (_, k) => `good-${k * 100}`),
    );
    expect(problems.at(-1)).toMatchObject({ path: "events", more: 1000 - DESCRIBED_ITEMS });
  });
});

describe("tallyProblems counts problems, and each item left out once", () => {
  it.each([
    ["nothing", [], { problems: 0, leftOut: 0 }],
    [
      "three problems of one event left out",
      [
        { path: "events[2].type", reason: "bad type; event left out" },
        { path: "events[2].title", reason: "no title; event left out" },
        { path: "events[3].date", reason: "ends before it starts; event left out" },
      ],
      { problems: 3, leftOut: 2 },
    ],
    [
      "a link taken out leaves its item in",
      [{ path: "sources[0].url", reason: "not an http(s) link; shown without a link" }],
      { problems: 1, leftOut: 0 },
    ],
    [
      "a line standing for many",
      [
        { path: "events[0]", reason: "null is not an event object; left out" },
        { path: "events", reason: "and 5 more like these: …, left out", more: 5 },
      ],
      { problems: 6, leftOut: 6 },
    ],
  ])("%s", (_, problems, tally) => {
    expect(tallyProblems(problems)).toEqual(tally);
  });
});
