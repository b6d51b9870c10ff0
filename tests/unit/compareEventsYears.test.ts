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

  it.each([
    ["a year with a leading zero", "02024-05-14", "2024-05-14"],
    ["a six-digit year with leading zeros", "002024-05-14", "2024-05-14"],
  ])("%s names the same day, so ids decide", (_, longer, shorter) => {
    expect(Math.sign(compareEvents(ev("b", longer), ev("a", shorter)))).toBe(1);
    expect(Math.sign(compareEvents(ev("a", longer), ev("b", shorter)))).toBe(-1);
    expect(compareEvents(ev("a", longer), ev("a", shorter))).toBe(0);
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

describe("sortedOrder keeps events that tie completely in the order they were given", () => {
  /** `n` events of one id on one day, after one later event so the list is not in order. */
  const twins = (n: number) => [
    ev("late", "2024-12-31"),
    ...Array.from({ length: n }, () => ev("same", "2024-05-14")),
  ];
  it.each([3, 20])("%i events with one id on one day", (n) => {
    const events = twins(n);
    expect(Array.from(sortedOrder(events))).toEqual([
      ...Array.from({ length: n }, (_, i) => i + 1),
      0,
    ]);
  });
});

describe("sortedOrder asks for days only when the list is out of order", () => {
  const days = (events: ReturnType<typeof ev>[]) => {
    const asked: number[] = [];
    const order = sortedOrder(events, (i) => {
      asked.push(i);
      const day = events[i]?.date.start;
      return day ? Date.parse(day) / 86_400_000 : null;
    });
    return { order: Array.from(order), asked };
  };
  it.each([
    ["in order", [ev("a", "2024-01-01"), ev("b", "2024-01-02"), ev("u", null, null)]],
    ["in order, one event given twice", [ev("a", "2024-01-01"), ev("a", "2024-01-01")]],
  ])("a list %s is kept as is, no day asked for", (_, events) => {
    expect(days(events)).toEqual({ order: events.map((_, i) => i), asked: [] });
  });

  it("a list out of order asks for each event's day once", () => {
    const events = [ev("b", "2024-01-02"), ev("u", null, null), ev("a", "2024-01-01")];
    expect(days(events)).toEqual({ order: [2, 0, 1], asked: [0, 1, 2] });
  });
});
