import { describe, expect, it } from "vitest";
import { EVENT_TYPES } from "../../src/data/datasetSchema.ts";
import { type EventSpan, GROUP_PREFIX } from "../../src/timeline/eventSpan.ts";
import { type LanesLayout, layoutLanes } from "../../src/timeline/layoutLanes.ts";
import {
  laneInstants,
  lowerBound,
  type PreparedSpans,
  prepareSpans,
  prepareSubset,
  prepareTrack,
} from "../../src/timeline/prepareSpans.ts";
import { timeScale } from "../../src/timeline/timeScale.ts";
import { DAY_MS, type TimeWindow } from "../../src/timeline/types.ts";
import { seededRandom } from "../fixtures/seededRandom.ts";
import { bar, LANE_OPTIONS, point, randomSpans, T0, undated } from "../fixtures/spans.ts";

const OPTIONS = LANE_OPTIONS;
const layoutPrepared = (prepared: PreparedSpans, window: TimeWindow, width: number) =>
  layoutLanes(prepared, timeScale(window, width), 0, OPTIONS);

describe("prepareSubset(prepared, keep) picks a filter's lanes from every event's", () => {
  it.each([
    [1, 300, 0.5],
    [2, 2000, 0.1],
    [3, 2000, 0.9],
    [4, 500, 0],
    [5, 500, 1],
  ])(
    "seed %i, %i events, keeping a share of %f: what preparing the subset gives",
    (seed, count, share) => {
      const rand = seededRandom(seed * 7);
      // Some events in group lanes (imported timelines), whose order and type come from their
      // first event: open-start bars among them sort differently from where they stand.
      const spans = [
        ...randomSpans(seed, count, 400).map((span, i) =>
          i % 3 === 0 ? { ...span, lane: `${GROUP_PREFIX}G${i % 4}` } : span,
        ),
        undated("u1"),
        undated("u2"),
      ];
      const keep = Uint8Array.from(spans, () => (rand() < share ? 1 : 0));
      const subset = spans.filter((_, i) => keep[i] === 1);
      const picked = prepareSubset(prepareSpans(spans, EVENT_TYPES), keep);
      const direct = prepareSpans(subset, EVENT_TYPES);
      const withoutPlaces = (p: typeof picked) => ({
        lanes: p.lanes.map(({ at: _, ...lane }) => lane),
        undated: p.undated,
      });
      expect(withoutPlaces(picked)).toEqual(withoutPlaces(direct));
      // A mark's place counts in the list its lanes were prepared from: all spans, or the subset.
      const placedIn = (layout: LanesLayout, list: readonly EventSpan[]) =>
        layout.lanes.flatMap((lane) =>
          lane.marks.map((mark) => {
            expect(list[mark.at]?.id).toBe(mark.id);
            return { ...mark, at: undefined };
          }),
        );
      for (const width of [390, 1280]) {
        const window = { start: T0 - 20 * DAY_MS, end: T0 + 120 * DAY_MS };
        const fromAll = layoutPrepared(picked, window, width);
        const fromSubset = layoutPrepared(direct, window, width);
        expect(placedIn(fromAll, spans)).toEqual(placedIn(fromSubset, subset));
        const withoutMarks = (layout: LanesLayout) =>
          layout.lanes.map(({ marks: _, ...lane }) => lane);
        expect(withoutMarks(fromAll)).toEqual(withoutMarks(fromSubset));
      }
    },
  );
});

describe("prepareSubset(prepared, keep) with group lanes", () => {
  it("orders group lanes and types them by their first kept event, as prepareSpans does", () => {
    const g = (span: EventSpan, group: string) => ({ ...span, lane: `${GROUP_PREFIX}${group}` });
    const spans = [
      g(point("a", 0, "board"), "G1"),
      g(point("b", 1, "appointment"), "G2"),
      g(point("c", 2, "board"), "G1"),
      g(bar("x", null, 5, "policy"), "G3"),
      g(point("y", 5, "statement"), "G3"),
      point("z", 3, "report"),
    ];
    const keep = Uint8Array.from([0, 1, 1, 1, 1, 0]);
    const picked = prepareSubset(prepareSpans(spans, EVENT_TYPES), keep);
    const direct = prepareSpans(
      spans.filter((_, i) => keep[i] === 1),
      EVENT_TYPES,
    );
    expect(picked.lanes.map((l) => [l.key, l.type])).toEqual(
      direct.lanes.map((l) => [l.key, l.type]),
    );
    expect(picked.lanes.map((l) => [l.key, l.type])).toEqual([
      ["group:G2", "appointment"],
      ["group:G1", "board"],
      ["group:G3", "policy"],
    ]);
  });
});

describe("prepareSubset(prepared, keep) with undated events", () => {
  it("keeps the undated events marked, with their places in the full list", () => {
    const spans = [point("a", 0), undated("u1"), point("b", 1), undated("u2"), undated("u3")];
    const picked = prepareSubset(
      prepareSpans(spans, EVENT_TYPES),
      Uint8Array.from([1, 0, 1, 1, 1]),
    );
    expect(picked.undated.map((s) => s.id)).toEqual(["u2", "u3"]);
    expect(picked.undatedAt).toEqual([3, 4]);
  });
});

describe("prepareSpans(spans): each span's shape and title length, for the per-frame loop", () => {
  it.each<[string, EventSpan, number, number]>([
    ["a point", point("p", 0, "departure", "Minister resigns"), 0, 16],
    ["a bar", bar("b", 0, 5, "board", "Board meets"), 1, 11],
    ["a bar with an open start", bar("s", null, 5), 3, 1],
    ["a bar with an open end", bar("e", 0, null), 5, 1],
    ["a title too long to count", point("t", 0, "departure", "a".repeat(70_000)), 0, 65_535],
  ])("%s", (_, span, shape, titleLength) => {
    const [lane] = prepareSpans([span], EVENT_TYPES).lanes;
    expect([lane?.shape[0], lane?.titleLength[0]]).toEqual([shape, titleLength]);
  });
});

describe("lowerBound(values, t): the first index whose value is at least t", () => {
  it.each<[number[], number, number]>([
    [[1, 2, 2, 3], 2, 1],
    [[1, 2, 2, 3], 2.5, 3],
    [[1, 2, 2, 3], 0, 0],
    [[1, 2, 2, 3], 4, 4],
    [[], 1, 0],
  ])("%j, %f: %i", (values, t, index) => {
    expect(lowerBound(Float64Array.from(values), t)).toBe(index);
  });
});

describe("laneInstants(prepared): where each dated event is centred, for the overview", () => {
  it.each([1, 2, 3])("gives every dated span's `at`, and no undated one (seed %i)", (seed) => {
    const spans = [
      ...randomSpans(seed, 500, 200),
      bar("open-start", null, 30),
      bar("open-end", 40, null),
      point("p", 3),
      undated("u"),
    ];
    const instants = [...laneInstants(prepareSpans(spans, EVENT_TYPES))].sort((a, b) => a - b);
    const expected = spans.flatMap((s) => (s.at === null ? [] : [s.at])).sort((a, b) => a - b);
    expect(instants).toEqual(expected);
  });
});

describe("prepareSpans(spans) orders each lane by start; spans that start together keep their order", () => {
  it.each<[string, EventSpan[], string[]]>([
    [
      "an open start (in time order at its last day) before what starts the next day, whatever the ids",
      [bar("z", null, 5), point("a", 5, "board"), point("b", 5, "board")],
      ["z", "a", "b"],
    ],
    [
      "same start, in time order: as given (by id)",
      [point("a", 2, "board"), bar("b", 2, 9)],
      ["a", "b"],
    ],
    [
      "same start, given the other way round: as given",
      [bar("b", 2, 9), point("a", 2, "board")],
      ["b", "a"],
    ],
    ["earlier start first", [bar("c", 1, 3), point("a", 0, "board")], ["a", "c"]],
    [
      "an open start, in time order at its last day, moves after what starts that day",
      [bar("a", null, 5), point("b", 4, "board"), point("c", 6, "board")],
      ["b", "a", "c"],
    ],
  ])("%s", (_, spans, order) => {
    const [lane] = prepareSpans(spans, EVENT_TYPES).lanes;
    expect(lane?.spans.map((s) => s.id)).toEqual(order);
  });
});

describe("prepareTrack(prepared): every lane in one, the track down a phone", () => {
  it.each([1, 2, 3])("holds every dated span once, ordered by start (seed %i)", (seed) => {
    const spans = [...randomSpans(seed, 400, 200), undated("u")];
    const prepared = prepareSpans(spans, EVENT_TYPES);
    const track = prepareTrack(prepared);
    expect([...track.spans.map((s) => s.id)].sort()).toEqual(
      spans
        .filter((s) => s.kind !== "undated")
        .map((s) => s.id)
        .sort(),
    );
    for (let i = 1; i < track.left.length; i++)
      expect(track.left[i] as number).toBeGreaterThanOrEqual(track.left[i - 1] as number);
    track.spans.forEach((span, i) => {
      expect(spans[track.at[i] as number]?.id).toBe(span.id);
    });
  });

  it.each<[string, EventSpan[], string]>([
    ["no dated event: an empty track of type other", [undated("u")], "other"],
    ["the type of the first lane", [point("r", 0, "report"), point("b", 1, "board")], "board"],
  ])("%s", (_, spans, type) => {
    const track = prepareTrack(prepareSpans(spans, EVENT_TYPES));
    expect([track.key, track.group, track.type]).toEqual(["track", null, type]);
  });

  it("keeps the order the spans came in when they start together", () => {
    const spans = [point("b", 3, "report"), point("a", 3, "board"), bar("c", 3, 9, "departure")];
    const track = prepareTrack(prepareSpans(spans, EVENT_TYPES));
    expect(track.spans.map((s) => s.id)).toEqual(["b", "a", "c"]);
  });
});
