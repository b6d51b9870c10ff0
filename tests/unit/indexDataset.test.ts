import { describe, expect, it } from "vitest";
import { compareEvents } from "../../src/data/compareEvents.ts";
import type { TimelineEvent } from "../../src/data/datasetSchema.ts";
import { indexDataset } from "../../src/data/indexDataset.ts";
import { EVENT_TYPES } from "../../src/data/vocabulary.ts";
import { eventSpan } from "../../src/timeline/eventSpan.ts";
import { placeEvents } from "../../src/timeline/placeEvents.ts";
import { seededRandom } from "../fixtures/seededRandom.ts";
import { syntheticEvent } from "../fixtures/syntheticEvent.ts";

const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));

/** The index of a dataset made of `events` alone. */
function indexEvents(events: TimelineEvent[], days?: Float64Array) {
  const dataset = {
    version: 1 as const,
    title: "t",
    description: "",
    sources: [],
    people: [],
    events,
  };
  return indexDataset({ dataset, problems: [], format: "sourceline", days });
}

describe("indexDataset", () => {
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
    const index = placeEvents(indexEvents(events));
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
    expect(placeEvents(indexEvents(events)).extent).toEqual(extent);
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

  it("places every event in time order, and counts the types that occur", () => {
    const events = ["2024-05-15", "2023-11", null].map((d, i) =>
      syntheticEvent(`e${i}`, d, { type: i === 0 ? "board" : "report" }),
    );
    const index = indexEvents(events);
    expect(placeEvents(index).orderedSpans).toEqual(index.ordered.map(eventSpan));
    expect([...index.types].sort()).toEqual(["board", "report"]);
    const none = Object.fromEntries(EVENT_TYPES.map((type) => [type, 0]));
    expect(index.typeCounts).toEqual({ ...none, board: 1, report: 2 });
  });

  it("orders by the day numbers the loader parsed, in file order, keeping them in time order", () => {
    const events = ["2024-05-15", "2023-11", null].map((d, i) => syntheticEvent(`e${i}`, d));
    const parsed = indexEvents(events).days;
    // Day numbers that disagree with the strings show which the index used.
    const given = new Float64Array([30, 30, 10, 12, Number.NaN, Number.NaN]);
    const index = indexEvents(events, given);
    expect(index.ordered.map((e) => e.id)).toEqual(["e1", "e0", "e2"]);
    expect(Array.from(index.days)).toEqual([10, 12, 30, 30, Number.NaN, Number.NaN]);
    expect(Array.from(parsed.subarray(4))).toEqual([Number.NaN, Number.NaN]);
    expect(index.positionOf("e0")).toBe(1);
    expect(index.positionOf("missing")).toBeUndefined();
  });
});
