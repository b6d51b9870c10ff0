import { describe, expect, it } from "vitest";
import type { IndexedDataset } from "../../src/data/indexDataset.ts";
import type { EventFilters } from "../../src/search/eventFilters.ts";
import { describeFilters } from "../../src/state/describeFilters.ts";

const data = {
  people: new Map([["jan-leike", { id: "jan-leike", name: "Jan Leike", description: "" }]]),
} as unknown as IndexedDataset;
const none: EventFilters = { types: null, person: null, query: "" };

describe("describeFilters(filters) says in one sentence what a printed page was filtered by", () => {
  it.each<[Partial<EventFilters>, string]>([
    [{}, "Filters: none (all events)."],
    [{ corrections: true }, "Filters: only events with a correction or caveat."],
    [{ certainty: ["day", "open"] }, "Filters: dates exact day, open-ended."],
    [{ certainty: [] }, "Filters: dates none."],
    [
      { person: "jan-leike", certainty: ["month"], corrections: true, query: " trust " },
      "Filters: person Jan Leike; dates month or year; only events with a correction or caveat; search “trust”.",
    ],
  ])("%j", (patch, sentence) => {
    expect(describeFilters({ ...none, ...patch }, data)).toBe(sentence);
  });
});
