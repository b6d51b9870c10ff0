import { describe, expect, it } from "vitest";
import { EVENT_TYPES, type EventType } from "../../src/data/schema.ts";
import { type EventSpan, GROUP_PREFIX } from "../../src/timeline/eventSpan.ts";
import {
  type LayoutOptions,
  laneInstants,
  layoutPrepared,
  layoutTimeline,
  prepareSpans,
  prepareSubset,
  type TimelineLayout,
} from "../../src/timeline/layoutTimeline.ts";
import { DAY_MS, type TimeWindow } from "../../src/timeline/types.ts";
import { seededRandom } from "../fixtures/seededRandom.ts";

const OPTIONS: LayoutOptions = {
  measure: (text) => text.length * 7,
  typeOrder: EVENT_TYPES,
  maxRows: 3,
  rowHeight: 24,
  laneHeader: 20,
  pointRadius: 6,
  openReach: 60,
  clusterMinWidth: 24,
  gap: 4,
  minLabel: 40,
  charWidth: 7,
};
const T0 = Date.UTC(2024, 0, 1);
const WINDOW: TimeWindow = { start: T0, end: T0 + 100 * DAY_MS };

function point(id: string, day: number, type: EventType = "departure", title = id): EventSpan {
  const start = T0 + day * DAY_MS;
  return {
    id,
    type,
    lane: type,
    title,
    kind: "point",
    start,
    end: start + DAY_MS,
    at: start + DAY_MS / 2,
  };
}
function bar(
  id: string,
  from: number | null,
  to: number | null,
  type: EventType = "board",
): EventSpan {
  const start = from === null ? null : T0 + from * DAY_MS;
  const end = to === null ? null : T0 + to * DAY_MS;
  return { id, type, lane: type, title: id, kind: "bar", start, end, at: start ?? end };
}
const undated = (id: string): EventSpan => ({
  id,
  type: "report",
  lane: "report",
  title: id,
  kind: "undated",
  start: null,
  end: null,
  at: null,
});

function randomSpans(seed: number, count: number, days: number): EventSpan[] {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const type = EVENT_TYPES[Math.floor(rand() * EVENT_TYPES.length)] as EventType;
    const day = Math.floor(rand() * days) - 10;
    const title = `Event ${i} ${"x".repeat(Math.floor(rand() * 30))}`;
    const kind = rand();
    if (kind < 0.6) return point(`e${i}`, day, type, title);
    const s = bar(
      `e${i}`,
      kind < 0.7 ? null : day,
      kind > 0.9 ? null : day + 1 + Math.floor(rand() * 40),
      type,
    );
    return { ...s, title };
  });
}

/** Every interval drawn in a row: marks, their labels and clusters. */
function rowIntervals(layout: ReturnType<typeof layoutTimeline>) {
  return layout.lanes.flatMap((lane) => {
    const byRow = new Map<number, [number, number, string][]>();
    const add = (row: number, x0: number, x1: number, what: string) => {
      const list = byRow.get(row) ?? [];
      list.push([x0, x1, what]);
      byRow.set(row, list);
    };
    for (const m of lane.marks) {
      add(m.row, m.x0, m.x1, `mark ${m.id}`);
      if (m.label && !m.label.inside) {
        add(m.row, m.label.x, m.label.x + OPTIONS.measure(m.label.text), `label ${m.id}`);
      }
    }
    for (const c of lane.clusters) add(c.row, c.x0, c.x1, `cluster ${c.key}`);
    return [...byRow.values()];
  });
}

describe("layoutTimeline(spans, window, width) gives a render-ready model", () => {
  it("makes one lane per type present, in type order, each with its count", () => {
    const layout = layoutTimeline(
      [point("a", 1, "report"), point("b", 2, "departure"), point("c", 3, "report")],
      WINDOW,
      1000,
      OPTIONS,
    );
    expect(layout.lanes.map((l) => [l.type, l.count])).toEqual([
      ["departure", 1],
      ["report", 2],
    ]);
    expect(layout.lanes.map((l) => l.y)).toEqual([0, 92]);
    expect(layout.height).toBe(184);
  });

  it("puts grouped events in one lane per group, after the type lanes, each mark keeping its type", () => {
    const grouped = (span: EventSpan, group: string): EventSpan => ({
      ...span,
      lane: `group:${group}`,
    });
    const layout = layoutTimeline(
      [
        grouped(point("a", 1, "report"), "Courts"),
        point("b", 2, "departure"),
        grouped(point("c", 3, "policy"), "Politics"),
        grouped(point("d", 4, "other"), "Courts"),
      ],
      WINDOW,
      1000,
      OPTIONS,
    );
    expect(layout.lanes.map((l) => [l.key, l.group, l.count])).toEqual([
      ["departure", null, 1],
      ["group:Courts", "Courts", 2],
      ["group:Politics", "Politics", 1],
    ]);
    expect(layout.lanes[1]?.marks.map((m) => [m.id, m.type])).toEqual([
      ["a", "report"],
      ["d", "other"],
    ]);
  });

  it.each([
    ["a day", "point", false, false],
    ["a month", "bar", false, false],
    ["an open start", "bar", true, false],
    ["an open end", "bar", false, true],
  ])("draws %s as a %s (open start %s, open end %s)", (name, kind, openStart, openEnd) => {
    const spans: Record<string, EventSpan> = {
      "a day": point("p", 10),
      "a month": bar("b", 10, 40),
      "an open start": bar("b", null, 40),
      "an open end": bar("b", 10, null),
    };
    const [lane] = layoutTimeline([spans[name] as EventSpan], WINDOW, 1000, OPTIONS).lanes;
    expect(lane?.marks).toHaveLength(1);
    expect(lane?.marks[0]).toMatchObject({ kind, openStart, openEnd, row: 0 });
  });

  it("places a point at the middle of its day and a bar from its first to its last day", () => {
    const [lane] = layoutTimeline([point("p", 10), bar("b", 20, 30)], WINDOW, 1000, {
      ...OPTIONS,
      typeOrder: ["departure", "board"],
    }).lanes;
    const p = lane?.marks[0];
    expect(((p?.x0 ?? 0) + (p?.x1 ?? 0)) / 2).toBeCloseTo(105, 6);
  });

  it("keeps undated events apart, never dropped", () => {
    const layout = layoutTimeline(
      [undated("u1"), point("p", 1), undated("u2")],
      WINDOW,
      1000,
      OPTIONS,
    );
    expect(layout.undated.map((s) => s.id)).toEqual(["u1", "u2"]);
  });

  it("shows a title in full where it fits", () => {
    const [lane] = layoutTimeline([point("short title", 10)], WINDOW, 1000, OPTIONS).lanes;
    // The point's centre is at 105 (noon of day 10), its radius 6, and the label starts 4 px after.
    expect(lane?.marks[0]?.label).toEqual({ x: 115, text: "short title", inside: false });
  });

  it("writes a bar's title inside it when the bar is wide enough", () => {
    const [lane] = layoutTimeline([bar("range", 10, 60)], WINDOW, 1000, OPTIONS).lanes;
    expect(lane?.marks[0]?.label).toEqual({ x: 104, text: "range", inside: true });
  });

  it("truncates a title that does not fit with an ellipsis, or leaves it out", () => {
    const spans = [point("a".repeat(40), 10), point("b", 20)];
    const [lane] = layoutTimeline(spans, WINDOW, 1000, { ...OPTIONS, maxRows: 1 }).lanes;
    expect(lane?.marks[0]?.label?.text).toMatch(/^a+…$/);
    const tight = layoutTimeline(spans, WINDOW, 1000, { ...OPTIONS, maxRows: 1, minLabel: 200 });
    expect(tight.lanes[0]?.marks[0]?.label).toBeNull();
  });

  it("stacks crowded marks into rows before clustering", () => {
    const spans = [point("a", 10), point("b", 10), point("c", 10)];
    const [lane] = layoutTimeline(spans, WINDOW, 1000, OPTIONS).lanes;
    expect(lane?.marks.map((m) => m.row)).toEqual([0, 1, 2]);
    expect(lane?.clusters).toEqual([]);
  });

  it("merges marks beyond the rows into a cluster with their count and extent", () => {
    const spans = ["a", "b", "c", "d", "e"].map((id, i) => point(id, 10 + (i % 2)));
    const [lane] = layoutTimeline(spans, WINDOW, 1000, OPTIONS).lanes;
    expect(lane?.marks).toHaveLength(2);
    expect(lane?.clusters).toHaveLength(1);
    const cluster = lane?.clusters[0];
    expect(cluster?.count).toBe(3);
    expect(cluster?.row).toBe(2);
    expect(cluster?.extent.start).toBeLessThanOrEqual(T0 + 10 * DAY_MS);
    expect(cluster?.extent.end).toBeGreaterThanOrEqual(T0 + 11 * DAY_MS);
  });

  it.each([
    ["one event", [point("only", 50)]],
    ["all events on one day", Array.from({ length: 200 }, (_, i) => point(`same${i}`, 42))],
    ["only undated events", [undated("u1"), undated("u2")]],
  ])("handles %s", (_, spans) => {
    const layout = layoutTimeline(spans, WINDOW, 1000, OPTIONS);
    const shown = layout.lanes.reduce(
      (n, l) => n + l.marks.length + l.clusters.reduce((k, c) => k + c.count, 0),
      0,
    );
    expect(shown + layout.undated.length).toBe(spans.length);
    for (const lane of layout.lanes)
      expect(lane.marks.length + lane.clusters.length).toBeLessThanOrEqual(3);
  });

  it.each([
    ["zero width", 0],
    ["negative width", -10],
  ])("draws no marks at %s but keeps the lanes", (_, width) => {
    const layout = layoutTimeline([point("a", 1)], WINDOW, width, OPTIONS);
    expect(layout.lanes).toHaveLength(1);
    expect(layout.lanes[0]?.marks).toEqual([]);
  });

  it("leaves out what lies outside the window", () => {
    const layout = layoutTimeline(
      [point("before", -50), point("in", 50), point("after", 150)],
      WINDOW,
      1000,
      OPTIONS,
    );
    expect(layout.lanes[0]?.marks.map((m) => m.id)).toEqual(["in"]);
  });

  it.each([
    [1, 50, 100, 1000],
    [2, 400, 100, 1000],
    [3, 2000, 400, 1200],
    [4, 300, 30, 390],
    [5, 5000, 3650, 1600],
  ])(
    "seed %i, %i events over %i days at %ipx: no overlap in any row, nothing lost, rows bounded",
    (seed, count, days, width) => {
      const spans = randomSpans(seed, count, days);
      // Wide enough for every span (they start 10 days early and run up to 40 days long), so
      // none is culled and each must be drawn; culling has its own test above.
      const window = { start: T0 - 60 * DAY_MS, end: T0 + (days + 60) * DAY_MS };
      const layout = layoutTimeline(spans, window, width, OPTIONS);
      for (const intervals of rowIntervals(layout)) {
        const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < sorted.length; i++) {
          const prev = sorted[i - 1] as [number, number, string];
          const cur = sorted[i] as [number, number, string];
          expect(prev[1], `${prev[2]} overlaps ${cur[2]}`).toBeLessThanOrEqual(cur[0]);
        }
      }
      for (const lane of layout.lanes) {
        for (const m of lane.marks) {
          expect(m.row).toBeLessThan(OPTIONS.maxRows);
          if (m.label) {
            expect(m.label.x).toBeGreaterThanOrEqual(0);
            expect(m.label.x + OPTIONS.measure(m.label.text)).toBeLessThanOrEqual(width);
          }
        }
      }
      // Nothing lost: every dated event (all lie in the window) is a mark or counted in a cluster,
      // and no event is drawn twice.
      const marked = layout.lanes.flatMap((l) => l.marks.map((m) => m.id));
      expect(new Set(marked).size).toBe(marked.length);
      const drawn = layout.lanes.reduce(
        (n, l) => n + l.marks.length + l.clusters.reduce((k, c) => k + c.count, 0),
        0,
      );
      expect(drawn).toBe(spans.filter((s) => s.kind !== "undated").length);
      // Level of detail: however many events, a row holds at most one mark per mark-width of pixels.
      const perRow = width / (2 * OPTIONS.pointRadius + OPTIONS.gap) + 1;
      for (const lane of layout.lanes) {
        expect(lane.marks.length + lane.clusters.length).toBeLessThanOrEqual(
          OPTIONS.maxRows * perRow,
        );
      }
    },
  );
});

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
      const placedIn = (layout: TimelineLayout, list: readonly EventSpan[]) =>
        layout.lanes.flatMap((lane) =>
          lane.marks.map((mark) => {
            expect(list[mark.at]?.id).toBe(mark.id);
            return { ...mark, at: undefined };
          }),
        );
      for (const width of [390, 1280]) {
        const window = { start: T0 - 20 * DAY_MS, end: T0 + 120 * DAY_MS };
        const fromAll = layoutPrepared(picked, window, width, OPTIONS);
        const fromSubset = layoutPrepared(direct, window, width, OPTIONS);
        expect(placedIn(fromAll, spans)).toEqual(placedIn(fromSubset, subset));
        const withoutMarks = (layout: TimelineLayout) =>
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
