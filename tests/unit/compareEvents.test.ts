import { describe, expect, it } from "vitest";
import { compareEvents, sortedOrder } from "../../src/data/compareEvents.ts";
import { generateDataset } from "../bench/generateDataset.ts";

const ev = (id: string, start: string | null, end: string | null) => ({ id, date: { start, end } });

describe("compareEvents(a, b) orders by earliest day, undated last, then id", () => {
  it.each([
    [
      "earlier start first",
      ev("b", "2024-01-01", "2024-01-01"),
      ev("a", "2024-02-01", "2024-02-01"),
      -1,
    ],
    [
      "same day: by id",
      ev("a", "2024-01-01", "2024-01-01"),
      ev("b", "2024-01-01", "2024-01-31"),
      -1,
    ],
    [
      "open start sorts at its end",
      ev("a", null, "2024-01-05"),
      ev("b", "2024-01-06", "2024-01-06"),
      -1,
    ],
    ["undated after dated", ev("a", null, null), ev("z", "2099-01-01", "2099-01-01"), 1],
    ["two undated: by id", ev("b", null, null), ev("a", null, null), 1],
    ["identical", ev("a", "2024-01-01", null), ev("a", "2024-01-01", null), 0],
  ])("%s", (_, a, b, sign) => {
    expect(Math.sign(compareEvents(a, b))).toBe(sign);
    expect(Math.sign(compareEvents(b, a))).toBe(-sign || 0);
  });
});

/** The events in the order `sortedOrder` gives. */
const sortEvents = <T extends { id: string; date: { start: string | null; end: string | null } }>(
  events: readonly T[],
) => Array.from(sortedOrder(events), (i) => events[i] as T);

describe("sortedOrder(events) gives compareEvents order, fast", () => {
  const shuffled = [
    ev("m", "2024-03-01", "2024-03-01"),
    ev("u2", null, null),
    ev("c", "2024-01-01", "2024-01-31"),
    ev("a", "2024-01-01", "2024-01-01"),
    ev("u1", null, null),
    ev("open", null, "2023-12-31"),
    ev("y", "0999-05-05", "0999-05-05"),
  ];
  it.each([
    ["empty", [], []],
    ["one", shuffled.slice(0, 1), ["m"]],
    [
      "already in order (kept as is)",
      [...shuffled].sort(compareEvents),
      ["y", "open", "a", "c", "m", "u1", "u2"],
    ],
    [
      "shuffled, with same-day ties and undated",
      shuffled,
      ["y", "open", "a", "c", "m", "u1", "u2"],
    ],
    [
      "six-digit years either side of 0, before undated events",
      [
        ev("u", null, null),
        ev("late", "999999-12-31", "999999-12-31"),
        ev("now", "2024-01-01", "2024-01-01"),
        ev("early", "-999999-01-01", "-999999-01-01"),
        ev("old", "-400000-01-01", "-400000-01-01"),
        ev("far", "400000-01-01", "400000-01-01"),
      ],
      ["early", "old", "now", "far", "late", "u"],
    ],
  ])("%s", (_, events, ids) => {
    const input = [...events];
    expect(sortEvents(events).map((e) => e.id)).toEqual(ids);
    expect(events).toEqual(input);
  });

  it.each([1, 2, 3])(
    "matches a comparator sort on a generated dataset of 20,000 events (seed %i)",
    (seed) => {
      const { events } = generateDataset(20_000, seed);
      expect(sortEvents(events).map((e) => e.id)).toEqual(
        [...events].sort(compareEvents).map((e) => e.id),
      );
    },
  );
});
