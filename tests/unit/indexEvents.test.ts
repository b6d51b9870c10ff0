import { describe, expect, it } from "vitest";
import { compareEvents } from "../../src/data/compareEvents.ts";
import { EVENT_TYPES } from "../../src/data/vocabulary.ts";
import { eventSpan } from "../../src/timeline/eventSpan.ts";
import { indexEvents } from "../../src/timeline/indexEvents.ts";
import { seededRandom } from "../fixtures/seededRandom.ts";
import { syntheticEvent } from "../fixtures/syntheticEvent.ts";

const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));

describe("indexEvents", () => {
  it.each([
    {
      name: "days, months, years and ranges in time order",
      dates: ["2024-05-15", "2024-05", "2023", "2023-11-17/2023-11-21", "2024-05-14"],
      order: ["e3", "e4", "e2", "e5", "e1"],
    },
    {
      name: "same day: by id",
      dates: ["2024-05-15", "2024-05-15", "2024-05-15"],
      ids: ["c", "a", "b"],
      order: ["a", "b", "c"],
    },
    {
      name: "open start sorts by its end; undated last",
      dates: [null, "../2020-01-10", "2020-01-05", "2020-01-10/.."],
      order: ["e3", "e2", "e4", "e1"],
    },
    {
      name: "negative and five-digit years",
      dates: ["12024-01-01", "-0500-03-15", "0044-03-15"],
      order: ["e2", "e3", "e1"],
    },
  ])("$name", ({ dates, ids, order }) => {
    const events = dates.map((d, i) => syntheticEvent(ids?.[i] ?? `e${i + 1}`, d));
    const index = indexEvents(events);
    expect(index.ordered.map((e) => e.id)).toEqual(order);
    expect(index.ordered.map((e) => e.id)).toEqual(
      [...events].sort(compareEvents).map((e) => e.id),
    );
  });

  it("finds every event and its span by id, and nothing for an unknown id", () => {
    const events = ["2024-05-15", "2023-11", null].map((d, i) => syntheticEvent(`e${i}`, d));
    const index = indexEvents(events);
    for (const event of events) {
      expect(index.eventById.get(event.id)).toBe(event);
      expect(index.spanById.get(event.id)).toEqual(eventSpan(event));
    }
    expect(index.eventById.get("missing")).toBeUndefined();
    expect(index.spanById.get("missing")).toBeUndefined();
  });

  it.each([
    {
      dates: ["2024-05-15", "2023-11"],
      extent: { start: day("2023-11-01"), end: day("2024-05-16") },
    },
    { dates: [null], extent: null },
    { dates: [], extent: null },
  ])("covers $dates with $extent", ({ dates, extent }) => {
    const events = dates.map((d, i) => syntheticEvent(`e${i}`, d));
    expect(indexEvents(events).extent).toEqual(extent);
  });

  it("orders 2,000 random events exactly as compareEvents does", () => {
    const random = seededRandom(7);
    const pick = () => {
      const y = 1990 + Math.floor(random() * 40);
      const m = String(1 + Math.floor(random() * 12)).padStart(2, "0");
      const d = String(1 + Math.floor(random() * 28)).padStart(2, "0");
      const r = random();
      if (r < 0.05) return null;
      if (r < 0.15) return `${y}`;
      if (r < 0.3) return `${y}-${m}`;
      if (r < 0.4) return `${y}-${m}-${d}/..`;
      if (r < 0.45) return `../${y}-${m}-${d}`;
      return `${y}-${m}-${d}`;
    };
    const events = Array.from({ length: 2000 }, (_, i) =>
      syntheticEvent(`ev-${Math.floor(random() * 1e6)}-${i}`, pick()),
    );
    expect(indexEvents(events).ordered.map((e) => e.id)).toEqual(
      [...events].sort(compareEvents).map((e) => e.id),
    );
  });

  it("gives the spans of any list of its events, the types that occur and their counts", () => {
    const events = ["2024-05-15", "2023-11", null].map((d, i) =>
      syntheticEvent(`e${i}`, d, { type: i === 0 ? "board" : "report" }),
    );
    const index = indexEvents(events);
    expect(index.spansOf(index.ordered)).toEqual(index.ordered.map(eventSpan));
    expect(index.spansOf(index.ordered)).toBe(index.spansOf(index.ordered));
    const some = [index.ordered[2], index.ordered[0]] as typeof events;
    expect(index.spansOf(some)).toEqual(some.map(eventSpan));
    expect([...index.types].sort()).toEqual(["board", "report"]);
    const none = Object.fromEntries(EVENT_TYPES.map((type) => [type, 0]));
    expect(index.typeCounts).toEqual({ ...none, board: 1, report: 2 });
  });

  it.each([
    ["every other event", (i: number) => i % 2 === 0],
    ["none", () => false],
    ["all", () => true],
  ])("marks the places of a filter's result (%s) and gives its spans", (_, kept) => {
    const events = ["2024-05-15", "2023-11", null, "2022", "2024-01-02"].map((d, i) =>
      syntheticEvent(`e${i}`, d),
    );
    const index = indexEvents(events);
    const list = index.ordered.filter((_, i) => kept(i));
    const keep = index.keepOf(list);
    expect(Array.from(keep ?? [])).toEqual(index.ordered.map((_, i) => (kept(i) ? 1 : 0)));
    expect(index.spansOf(list)).toEqual(list.map(eventSpan));
  });

  it("says a list out of order is no filter's result, and still finds its spans by id", () => {
    const events = ["2024-05-15", "2023-11", "2022"].map((d, i) => syntheticEvent(`e${i}`, d));
    const index = indexEvents(events);
    const reversed = [...index.ordered].reverse();
    expect(index.keepOf(reversed)).toBeNull();
    expect(index.spansOf(reversed)).toEqual(reversed.map(eventSpan));
  });

  it("answers each list in turn, the same list again without a second walk", () => {
    const events = ["2024-05-15", "2023-11", "2022"].map((d, i) => syntheticEvent(`e${i}`, d));
    const index = indexEvents(events);
    const first = index.ordered.slice(0, 1);
    const last = index.ordered.slice(2);
    const keepFirst = index.keepOf(first);
    expect(index.keepOf(first)).toBe(keepFirst);
    expect(Array.from(index.keepOf(last) ?? [])).toEqual([0, 0, 1]);
    expect(Array.from(index.keepOf(first) ?? [])).toEqual([1, 0, 0]);
    expect(index.keepOf([...index.ordered].reverse())).toBeNull();
  });
});
