import { describe, expect, it } from "vitest";
import type { LoadProblem } from "../../src/data/loadProblem.ts";
import { LISTED_PER_SECTION, ProblemLog } from "../../src/data/problemLog.ts";
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
      warnings: 0,
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
  it.each<[string, LoadProblem[], { problems: number; warnings: number; leftOut: number }]>([
    ["nothing", [], { problems: 0, warnings: 0, leftOut: 0 }],
    [
      "three problems of one event left out",
      [
        { path: "events[2].type", reason: "bad type; event left out", leftOut: true },
        { path: "events[2].title", reason: "no title; event left out", leftOut: true },
        { path: "events[3].date", reason: "ends before it starts; event left out", leftOut: true },
      ],
      { problems: 3, warnings: 0, leftOut: 2 },
    ],
    [
      "a link taken out leaves its item in",
      [{ path: "sources[0].url", reason: "not an http(s) link; shown without a link" }],
      { problems: 1, warnings: 0, leftOut: 0 },
    ],
    [
      "a reference left out leaves its event in",
      [{ path: "events[1].people[0]", reason: "no such person; reference left out" }],
      { problems: 1, warnings: 0, leftOut: 0 },
    ],
    [
      "a line standing for many",
      [
        { path: "events[0]", reason: "null is not an event object; left out", leftOut: true },
        { path: "events", reason: "and 5 more like these: …, left out", more: 5, leftOut: true },
      ],
      { problems: 6, warnings: 0, leftOut: 6 },
    ],
  ])("%s", (_, problems, tally) => {
    expect(tallyProblems(problems)).toEqual(tally);
  });
});

describe("ProblemLog lists LISTED_PER_SECTION problems of a section and counts the rest", () => {
  // A reason that says an item is left out comes with the fact, as the checks make it.
  const repeat = (n: number, reason: string, section = "events"): LoadProblem[] =>
    Array.from({ length: n }, (_, i) => ({
      path: `${section}[${i}].id`,
      reason,
      ...(/(?:event|era) left out$/.test(reason) ? { leftOut: true as const } : {}),
    }));
  it.each<[string, LoadProblem[], number, string[]]>([
    ["none", [], 0, []],
    [
      "as many as are listed",
      repeat(LISTED_PER_SECTION, "x; event left out"),
      LISTED_PER_SECTION,
      [],
    ],
    [
      "one more, left out",
      repeat(LISTED_PER_SECTION + 1, "x; event left out"),
      LISTED_PER_SECTION,
      ["and 1 more like these: event left out"],
    ],
    [
      "300,000 references dropped",
      repeat(300_000, "x; reference left out"),
      LISTED_PER_SECTION,
      ["and 299,000 more like these, in events"],
    ],
    [
      "each section its own count, a problem of no section always listed",
      [
        ...repeat(LISTED_PER_SECTION + 2, "x; event left out"),
        ...repeat(LISTED_PER_SECTION + 3, "x; era left out", "eras"),
        { path: "(top level)", reason: "x" },
      ],
      2 * LISTED_PER_SECTION + 1,
      ["and 2 more like these: events left out", "and 3 more like these: eras left out"],
    ],
  ])("%s", (_, problems, listed, summaries) => {
    const log = new ProblemLog();
    for (const problem of problems) log.push(problem);
    const lines = log.lines();
    expect(lines.filter((l) => l.more === undefined)).toHaveLength(listed);
    expect(lines.filter((l) => l.more !== undefined).map((l) => l.reason)).toEqual(summaries);
    expect(tallyProblems(lines).problems).toBe(problems.length);
  });
});

describe("a dataset of 5,000 people without descriptions", () => {
  it("keeps them all, lists the first thousand warnings and counts the rest as warnings", async () => {
    const people = Array.from({ length: 5000 }, (_, i) => ({ id: `p-${i}`, name: `P ${i}` }));
    const events = [syntheticEvent("e", "2024-05-01", { people: ["p-0", "p-4999"] })];
    const json = { version: 1, title: "T", description: "D", sources: [], people, events };
    const { dataset, problems } = await readDatasetJson(json, "f.json");
    expect(dataset.people).toHaveLength(5000);
    expect(dataset.events[0]?.people).toEqual(["p-0", "p-4999"]);
    expect(problems.filter((p) => p.more === undefined)).toHaveLength(LISTED_PER_SECTION);
    expect(problems.at(-1)).toEqual({
      path: "people",
      reason: "and 4,000 more warnings like these, in people",
      warning: true,
      more: 4000,
    });
    expect(tallyProblems(problems)).toEqual({ problems: 5000, warnings: 5000, leftOut: 0 });
  });
});

describe("a TimelineJS file of 300,000 broken slides", () => {
  it("lists the first thousand and counts the rest as left out", async () => {
    const events: unknown[] = Array.from({ length: 300_000 }, () => ({
      start_date: { year: "soon" },
    }));
    events.push({ start_date: { year: 2020 }, text: { headline: "The one good slide" } });
    const { dataset, problems } = await readDatasetJson({ events }, "f.json");
    expect(dataset.events.map((e) => e.title)).toEqual(["The one good slide"]);
    expect(problems.filter((p) => p.more === undefined)).toHaveLength(LISTED_PER_SECTION);
    expect(problems.at(-1)).toMatchObject({
      path: "events",
      reason: "and 299,000 more like these: events left out",
      more: 299_000,
    });
    expect(tallyProblems(problems).leftOut).toBe(300_000);
  });
});
