import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Person, TimelineEvent } from "../../src/data/datasetSchema.ts";
import { typeTally } from "../../src/data/typeTally.ts";
import type { EventFilters } from "../../src/search/eventFilters.ts";
import { keptEvents } from "../../src/search/filterMask.ts";
import { buildSearchIndex, type SearchIndex } from "../../src/search/searchIndex.ts";
import { useEventMask } from "../../src/search/useEventMask.ts";

const people = new Map<string, Person>();
const titles = ["Board votes", "Board meets", "Boarding pass", "Sam returns", "Board resigns"];
const events: TimelineEvent[] = titles.map((title, i) => ({
  id: `e${i}`,
  type: "statement",
  title,
  summary: "",
  people: [],
  excerpts: [],
  date: { edtf: null, start: null, end: null, precision: "unknown", basis: "b", references: [] },
}));
const index = buildSearchIndex(events, people);
const ids = (list: readonly TimelineEvent[]) => list.map((e) => e.id);
const typeCounts = typeTally().counts();
const filtersFor = (query: string): EventFilters => ({ types: null, person: null, query });

function typing(queries: string[], indexes: SearchIndex[] = queries.map(() => index)) {
  const { result, rerender } = renderHook(
    ({ query, searchIndex }) =>
      keptEvents(
        events,
        useEventMask(events, typeCounts, filtersFor(query), searchIndex).mask.keep,
      ),
    { initialProps: { query: queries[0] as string, searchIndex: indexes[0] as SearchIndex } },
  );
  const seen = [result.current];
  queries.slice(1).forEach((query, k) => {
    rerender({ query, searchIndex: indexes[k + 1] as SearchIndex });
    seen.push(result.current);
  });
  return seen;
}

describe("useEventMask(events, typeCounts, filters, index): the search as a mask", () => {
  it("gives the events themselves for an empty query", () => {
    expect(typing([""])[0]).toBe(events);
    expect(typing(["board", ""])[1]).toBe(events);
  });

  it.each<[string[], string[]]>([
    [
      ["b", "bo", "boa", "board"],
      ["e0", "e1", "e2", "e4"],
    ],
    [["board", "board v"], ["e0"]],
    [["board", "boar", "sam"], ["e3"]],
    [
      ["sam", "s"],
      ["e0", "e1", "e2", "e3", "e4"],
    ],
    [
      ["board", "board x", "board"],
      ["e0", "e1", "e2", "e4"],
    ],
  ])("typing %j ends with what a fresh search finds: %j", (queries, expected) => {
    const seen = typing(queries);
    expect(ids(seen.at(-1) ?? [])).toEqual(expected);
    expect(ids(seen.at(-1) ?? [])).toEqual(ids(typing([queries.at(-1) as string])[0] ?? []));
  });

  it("searches again, not within old matches, when the index changes", () => {
    const partial = index.slice(0, 1);
    const seen = typing(["board", "board"], [partial, index]);
    expect(ids(seen[0] ?? [])).toEqual(["e0"]);
    expect(ids(seen[1] ?? [])).toEqual(["e0", "e1", "e2", "e4"]);
  });
});
