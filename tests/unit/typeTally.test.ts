import { describe, expect, it } from "vitest";
import { typeTally } from "../../src/data/typeTally.ts";
import { EVENT_TYPES, type EventType } from "../../src/data/vocabulary.ts";

const none = Object.fromEntries(EVENT_TYPES.map((type) => [type, 0]));

describe("typeTally() counts events per type, every type a key", () => {
  it.each<[EventType[], Partial<Record<EventType, number>>]>([
    [[], {}],
    [["report"], { report: 1 }],
    [["report", "board", "report"], { report: 2, board: 1 }],
  ])("%j", (added, expected) => {
    const tally = typeTally();
    for (const type of added) tally.add(type);
    expect(tally.counts()).toEqual({ ...none, ...expected });
  });

  it("counts a type read from JSON as the same type", () => {
    const tally = typeTally();
    for (const { type } of JSON.parse('[{"type":"board"},{"type":"board"}]')) tally.add(type);
    expect(tally.counts().board).toBe(2);
  });
});
