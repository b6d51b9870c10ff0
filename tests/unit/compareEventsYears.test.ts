import { describe, expect, it } from "vitest";
import { compareEvents, sortedOrder } from "../../src/data/compareEvents.ts";

const ev = (id: string, start: string | null, end: string | null = start) => ({
  id,
  date: { start, end },
});

describe("compareEvents orders years that do not compare as text by their numbers", () => {
  it.each([
    ["100 BC before 50 BC", ev("b", "-0100-01-01"), ev("a", "-0050-01-01")],
    ["1 BC before AD 1", ev("b", "-0001-12-31"), ev("a", "0001-01-01")],
    ["2024 before the year 12345", ev("b", "2024-01-01"), ev("a", "12345-01-01")],
    ["the year 10000 before 20000", ev("b", "10000-01-01"), ev("a", "20000-01-01")],
  ])("%s", (_, earlier, later) => {
    expect(Math.sign(compareEvents(earlier, later))).toBe(-1);
    expect(Math.sign(compareEvents(later, earlier))).toBe(1);
  });
});

describe("sortedOrder puts events of one day in id order, however many share it", () => {
  /** `n` events on one day, ids in reverse order, after one later event so the list is not in order. */
  const oneDay = (n: number) => [
    ev("late", "2024-12-31"),
    ...Array.from({ length: n }, (_, i) => ev(`e${String(n - i).padStart(2, "0")}`, "2024-05-14")),
    ev("undated", null, null),
  ];
  it.each([2, 12, 13, 30])("%i events on one day", (n) => {
    const events = oneDay(n);
    const ids = Array.from(sortedOrder(events), (i) => events[i]?.id);
    expect(ids).toEqual([...events].sort(compareEvents).map((e) => e.id));
    expect(ids.slice(0, 2)).toEqual(["e01", "e02"]);
    expect(ids.slice(-2)).toEqual(["late", "undated"]);
  });

  it("two busy days next to each other stay apart", () => {
    const events = [
      ...Array.from({ length: 14 }, (_, i) =>
        ev(`b${String(20 - i).padStart(2, "0")}`, "2024-05-15"),
      ),
      ...Array.from({ length: 14 }, (_, i) =>
        ev(`a${String(20 - i).padStart(2, "0")}`, "2024-05-14"),
      ),
    ];
    const ids = Array.from(sortedOrder(events), (i) => events[i]?.id);
    expect(ids).toEqual([...events].sort(compareEvents).map((e) => e.id));
  });
});
