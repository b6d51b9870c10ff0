import { describe, expect, it } from "vitest";
import type { EventType } from "../../src/data/datasetSchema.ts";
import type { EventSpan } from "../../src/timeline/eventSpan.ts";
import { type LayoutOptions, layoutLanes } from "../../src/timeline/layoutLanes.ts";
import type { LabelLayout, LaneLayout, MarkLayout } from "../../src/timeline/modelTypes.ts";
import { prepareSpans } from "../../src/timeline/prepareSpans.ts";
import { timeScale } from "../../src/timeline/timeScale.ts";
import { DAY_MS, type TimeWindow } from "../../src/timeline/types.ts";
import { bar, LANE_OPTIONS, point, randomSpans, T0, undated } from "../fixtures/spans.ts";

const measure = (text: string) => text.length * 7;
const OPTIONS = LANE_OPTIONS;
// 100 days over 1000 px: 10 px a day. A lane's name ("Departure · 1", 13 characters) takes the
// first row up to x = 22 + 91 + 8 = 121.
const WINDOW: TimeWindow = { start: T0, end: T0 + 100 * DAY_MS };

function layout(
  spans: readonly EventSpan[],
  window = WINDOW,
  width = 1000,
  options: Partial<LayoutOptions> = {},
) {
  const o = { ...OPTIONS, ...options };
  return layoutLanes(prepareSpans(spans, o.typeOrder), timeScale(window, width), 0, o);
}

const only = (spans: readonly EventSpan[], options: Partial<LayoutOptions> = {}) => {
  const lane = layout(spans, WINDOW, 1000, options).lanes[0] as LaneLayout;
  return { lane, marks: new Map(lane.marks.map((m) => [m.id, m])) };
};

/** Where a label's text (and ellipsis) lies along the row. */
function labelInterval(mark: MarkLayout): [number, number] | null {
  const label = mark.label;
  if (!label) return null;
  expect(label.x1 - label.x0).toBeCloseTo(label.width, 6);
  return [label.x0, label.x1];
}

/** Every interval drawn in each row of each lane: the lane's name, marks, labels and clusters. */
function rowIntervals(lanes: readonly LaneLayout[]) {
  return lanes.flatMap((lane) => {
    const byRow = new Map<number, [number, number, string][]>();
    const add = (row: number, x0: number, x1: number, what: string) => {
      const list = byRow.get(row) ?? [];
      list.push([x0, x1, what]);
      byRow.set(row, list);
    };
    if (lane.title) add(0, 0, lane.title.x + measure(lane.title.text), `name of ${lane.key}`);
    for (const m of lane.marks) {
      add(m.row, m.x0, m.x1, `mark ${m.id}`);
      const interval = labelInterval(m);
      if (interval && !m.label?.inside) add(m.row, ...interval, `label ${m.id}`);
    }
    for (const c of lane.clusters) add(c.row, c.x0, c.x1, `cluster ${c.key}`);
    return [...byRow.values()];
  });
}

describe("layoutLanes(prepared, scale, top) gives a render-ready model", () => {
  it("makes one lane per type present, in type order, each as tall as its rows", () => {
    const { lanes, bottom } = layout([
      point("a", 30, "report"),
      point("b", 40, "departure"),
      point("c", 50, "report"),
    ]);
    expect(lanes.map((l) => [l.type, l.count, l.y, l.height, l.rows])).toEqual([
      ["departure", 1, 0, 28, 1],
      ["report", 2, 28, 28, 1],
    ]);
    expect(bottom).toBe(56);
  });

  it("puts grouped events in one lane per group, after the type lanes, each mark keeping its type", () => {
    const grouped = (span: EventSpan, group: string): EventSpan => ({
      ...span,
      lane: `group:${group}`,
    });
    const { lanes } = layout([
      grouped(point("a", 31, "report"), "Courts"),
      point("b", 32, "departure"),
      grouped(point("c", 33, "policy"), "Politics"),
      grouped(point("d", 54, "other"), "Courts"),
    ]);
    expect(lanes.map((l) => [l.key, l.group, l.count, l.title?.text])).toEqual([
      ["departure", null, 1, "Departure · 1"],
      ["group:Courts", "Courts", 2, "Courts · 2"],
      ["group:Politics", "Politics", 1, "Politics · 1"],
    ]);
    expect(lanes[1]?.marks.map((m) => [m.id, m.type])).toEqual([
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
      "a day": point("p", 30),
      "a month": bar("b", 30, 60),
      "an open start": bar("b", null, 60),
      "an open end": bar("b", 30, null),
    };
    const { lane } = only([spans[name] as EventSpan]);
    expect(lane.marks).toHaveLength(1);
    expect(lane.marks[0]).toMatchObject({ kind, openStart, openEnd, row: 0 });
  });

  it("places a point at the middle of its day, a bar over its days, both centred in the row", () => {
    const { marks } = only([point("p", 30), bar("b", 40, 50, "departure")]);
    const p = marks.get("p") as MarkLayout;
    expect([(p.x0 + p.x1) / 2, p.y0, p.y1]).toEqual([305, 8, 20]);
    const b = marks.get("b") as MarkLayout;
    expect([b.x0, b.x1, b.y0, b.y1]).toEqual([400, 500, 8, 20]);
  });

  it("keeps undated events out of the lanes", () => {
    const { lanes } = layout([undated("u1"), point("p", 30), undated("u2")]);
    expect(lanes.map((l) => l.count)).toEqual([1]);
  });

  it("writes a title in full after its mark where it fits", () => {
    const { marks } = only([point("short title", 30)]);
    // The point's centre is at 305, its radius 6, and the label starts 4 px after.
    expect(marks.get("short title")?.label).toMatchObject({
      x: 315,
      anchor: "start",
      lines: ["short title"],
      width: 77,
      truncated: false,
      inside: false,
    });
  });

  it("puts a note's badge after the title, in words, and counts it in the label's box", () => {
    const { marks } = only([{ ...point("short title", 30), badge: "wrong" }]);
    const label = marks.get("short title")?.label;
    // "Correction" is 70 px in the test's measure: 70 × 11/13 × 1.1 + 8, rounded up, is 74.
    expect(label).toMatchObject({ x: 315, lines: ["short title"], width: 77 + 5 + 74 });
    expect(label?.badge).toEqual({
      kind: "wrong",
      text: "Correction",
      x0: 397,
      x1: 471,
      y: label?.y,
    });
    expect(label?.x1).toBe(471);
  });

  it("puts the badge between the title and its mark when the title is before it", () => {
    const { marks } = only([{ ...point("a title near the end", 98), badge: "vague" }]);
    const label = marks.get("a title near the end")?.label;
    const mark = marks.get("a title near the end");
    expect(label?.anchor).toBe("end");
    expect(label?.badge?.x1).toBe((mark?.x0 ?? 0) - 4);
    expect(label?.x).toBeLessThan(label?.badge?.x0 ?? 0);
    expect(label?.badge?.text).toBe("Vague");
  });

  it("gives no badge to an event without a note", () => {
    const { marks } = only([point("short title", 30)]);
    expect(marks.get("short title")?.label?.badge).toBeUndefined();
  });

  it("writes it before its mark where after would run past the edge", () => {
    const { marks } = only([point("a title near the end", 98)]);
    expect(marks.get("a title near the end")?.label).toMatchObject({
      x: 975,
      anchor: "end",
      lines: ["a title near the end"],
    });
  });

  it("writes it before its mark where after would take the next mark's place, keeping both in one row", () => {
    const { marks } = only([point("first title", 50), point("b", 52)]);
    expect(marks.get("first title")?.label).toMatchObject({ anchor: "end", x: 495 });
    expect(marks.get("b")?.label).toMatchObject({ anchor: "start", x: 535 });
    expect([marks.get("first title")?.row, marks.get("b")?.row]).toEqual([0, 0]);
  });

  it("writes a bar's title inside it when the bar is wide enough", () => {
    const { marks } = only([bar("range", 30, 80)]);
    expect(marks.get("range")?.label).toMatchObject({ x: 304, inside: true, lines: ["range"] });
  });

  it("keeps the lane's name clear: an early mark takes the next row", () => {
    const { marks } = only([point("early", 2), point("later", 40)]);
    expect([marks.get("early")?.row, marks.get("later")?.row]).toEqual([1, 0]);
  });

  it("stacks marks into rows where no side of a row has room for the whole title", () => {
    const long = (id: string) => point(id, 50, "departure", `${id} ${"x".repeat(60)}`);
    const { lane } = only([long("a"), long("b"), long("c")]);
    expect(lane.marks.map((m) => [m.row, m.label?.truncated])).toEqual([
      [0, false],
      [1, false],
      [2, false],
    ]);
    expect(lane.rows).toBe(3);
    expect(lane.height).toBe(76);
  });

  it("cuts a title only where neither side has room for it, on the roomier side", () => {
    const spans = [point("a".repeat(40), 30), point("b", 33)];
    const { marks } = only(spans, { maxRows: 1 });
    const label = marks.get("a".repeat(40))?.label;
    // Before the mark: from the lane's name (121 + 4) to 295, 170 px; after it, 10 px.
    expect(label).toMatchObject({ anchor: "end", truncated: true });
    expect(label?.lines[0]).toMatch(/^a+$/);
    expect(label?.width).toBeLessThanOrEqual(170);
    expect(label?.ellipsisX).toBe(label?.x);
    const tight = only(spans, { maxRows: 1, minLabel: 200 });
    expect(tight.marks.get("a".repeat(40))?.label).toBeNull();
  });

  it("takes a row past the crowd rows only for a mark whose whole title fits there", () => {
    const long = (id: string, day: number) =>
      point(id, day, "departure", `${id} ${"x".repeat(60)}`);
    const four = [long("a", 50), long("b", 50), long("c", 50), long("d", 50)];
    const { lane } = only(four, { crowdRows: 3, maxRows: 4 });
    expect(lane.marks.map((m) => [m.id, m.row, m.label?.truncated])).toEqual([
      ["a", 0, false],
      ["b", 1, false],
      ["c", 2, false],
      ["d", 3, false],
    ]);
    expect(lane.rows).toBe(4);
    // Marks with no room for their titles in any row merge into a cluster in the third row.
    const crowd = Array.from({ length: 8 }, (_, i) =>
      point(`p${i}`, 50 + (i % 2), "departure", "y".repeat(80)),
    );
    const crowded = only(crowd, { crowdRows: 3, maxRows: 4 }).lane;
    expect(crowded.clusters.map((c) => c.row)).toEqual([2]);
    expect(crowded.marks.every((m) => m.row < 3)).toBe(true);
    // Nor does a lane with more in view than is measured exactly: a crowd gets no title row.
    const four2 = [long("a", 50), long("b", 50), long("c", 50), long("d", 50)];
    const busy = only(four2, { crowdRows: 3, maxRows: 4, exactLimit: 3 }).lane;
    expect(busy.marks.map((m) => m.row)).toEqual([0, 1]);
    expect(busy.clusters.map((c) => [c.row, c.count])).toEqual([[2, 2]]);
  });

  it("puts a title that fits nowhere in a row where it cuts no other title", () => {
    const a = point("a", 20, "departure", "a".repeat(40));
    const b = point("b", 30, "departure", "b".repeat(200));
    const { marks } = only([a, b]);
    expect(marks.get("a")?.label).toMatchObject({ truncated: false, lines: ["a".repeat(40)] });
    expect(marks.get("b")?.row).not.toBe(marks.get("a")?.row);
    expect(marks.get("b")?.label?.truncated).toBe(true);
  });

  it("keeps a cluster wider than the chart within it, so its count can be read", () => {
    const crowd = Array.from({ length: 400 }, (_, i) =>
      point(`p${i}`, (i % 200) - 50, "departure", "z".repeat(90)),
    );
    const { lane } = only(crowd);
    for (const c of lane.clusters) {
      expect(c.x0).toBeGreaterThanOrEqual(-2);
      expect(c.x1).toBeLessThanOrEqual(1002);
    }
  });

  it("merges marks beyond the rows into a cluster with their count and extent", () => {
    const spans = ["a", "b", "c", "d", "e"].map((id, i) => point(id, 50 + (i % 2)));
    const { lane } = only(spans);
    expect(lane.marks).toHaveLength(2);
    expect(lane.clusters).toHaveLength(1);
    const cluster = lane.clusters[0];
    expect(cluster?.count).toBe(3);
    expect(cluster?.row).toBe(2);
    expect(cluster?.extent.start).toBeLessThanOrEqual(T0 + 50 * DAY_MS);
    expect(cluster?.extent.end).toBeGreaterThanOrEqual(T0 + 51 * DAY_MS);
  });

  it.each([
    ["one event", [point("only", 50)]],
    ["all events on one day", Array.from({ length: 200 }, (_, i) => point(`same${i}`, 42))],
    ["only undated events", [undated("u1"), undated("u2")]],
  ])("handles %s", (_, spans) => {
    const { lanes } = layout(spans);
    const shown = lanes.reduce(
      (n, l) => n + l.marks.length + l.clusters.reduce((k, c) => k + c.count, 0),
      0,
    );
    expect(shown).toBe(spans.filter((s) => s.kind !== "undated").length);
    for (const lane of lanes)
      expect(lane.marks.length + lane.clusters.length).toBeLessThanOrEqual(3);
  });

  it.each([
    ["zero width", 0],
    ["negative width", -10],
  ])("draws no marks at %s but keeps the lanes", (_, width) => {
    const { lanes } = layout([point("a", 1)], WINDOW, width);
    expect(lanes).toHaveLength(1);
    expect(lanes[0]?.marks).toEqual([]);
  });

  it("leaves out what lies outside the window", () => {
    const { lanes } = layout([point("before", -50), point("in", 50), point("after", 150)]);
    expect(lanes[0]?.marks.map((m) => m.id)).toEqual(["in"]);
  });

  it.each([
    [1, 50, 100, 1000],
    [2, 400, 100, 1000],
    [3, 2000, 400, 1200],
    [4, 300, 30, 390],
    [5, 5000, 3650, 1600],
    [6, 40, 200, 2560],
  ])(
    "seed %i, %i events over %i days at %ipx: nothing overlaps in any row, nothing lost, rows bounded",
    (seed, count, days, width) => {
      const spans = randomSpans(seed, count, days);
      // Wide enough for every span (they start 10 days early and run up to 40 days long), so
      // none is culled and each must be drawn; culling has its own test above.
      const window = { start: T0 - 60 * DAY_MS, end: T0 + (days + 60) * DAY_MS };
      const { lanes } = layout(spans, window, width);
      for (const intervals of rowIntervals(lanes)) {
        const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < sorted.length; i++) {
          const prev = sorted[i - 1] as [number, number, string];
          const cur = sorted[i] as [number, number, string];
          expect(prev[1], `${prev[2]} overlaps ${cur[2]}`).toBeLessThanOrEqual(cur[0]);
        }
      }
      for (const lane of lanes) {
        for (const m of lane.marks) {
          expect(m.row).toBeLessThan(OPTIONS.maxRows);
          const interval = labelInterval(m);
          if (!interval || !m.label) continue;
          // In the chart, inside its bar when written there, and a part of the title.
          expect(interval[0]).toBeGreaterThanOrEqual(0);
          expect(interval[1]).toBeLessThanOrEqual(width);
          if (m.label.inside) {
            expect(interval[0]).toBeGreaterThanOrEqual(Math.max(m.x0, 0));
            expect(interval[1]).toBeLessThanOrEqual(Math.min(m.x1, width));
          }
          const span = spans.find((s) => s.id === m.id) as EventSpan;
          expect(span.title.startsWith(m.label.lines[0] as string)).toBe(true);
          expect(m.label.truncated).toBe(m.label.lines[0] !== span.title);
        }
      }
      // Nothing lost: every dated event (all lie in the window) is a mark or counted in a cluster,
      // and no event is drawn twice.
      const marked = lanes.flatMap((l) => l.marks.map((m) => m.id));
      expect(new Set(marked).size).toBe(marked.length);
      const drawn = lanes.reduce(
        (n, l) => n + l.marks.length + l.clusters.reduce((k, c) => k + c.count, 0),
        0,
      );
      expect(drawn).toBe(spans.filter((s) => s.kind !== "undated").length);
      // Level of detail: however many events, a row holds at most one mark per mark-width of pixels.
      const perRow = width / (2 * OPTIONS.pointRadius + OPTIONS.gap) + 1;
      for (const lane of lanes) {
        expect(lane.marks.length + lane.clusters.length).toBeLessThanOrEqual(
          OPTIONS.maxRows * perRow,
        );
      }
    },
  );

  it("draws every title in full when the rows have room for them, whatever the side", () => {
    // Five events of one type in three days at the right edge: each title goes before its mark.
    const types: EventType[] = ["report", "report", "report"];
    const spans = types.map((type, i) =>
      point(`r${i}`, 95 + i, type, `Report number ${i} says so`),
    );
    const { lanes } = layout(spans);
    const labels = lanes.flatMap((l) => l.marks.map((m) => m.label));
    expect(labels.map((l) => [l?.lines[0], l?.truncated, l?.anchor])).toEqual([
      ["Report number 0 says so", false, "end"],
      ["Report number 1 says so", false, "end"],
      ["Report number 2 says so", false, "end"],
    ]);
  });
});

describe("layoutLanes: how far marks reach, and what is left off screen", () => {
  // 10 px a day; an open end fades out 60 px past the day that is known.
  it.each<[string, EventSpan, [number, number]]>([
    ["a bar with an open end reaches 60 px past its start", bar("b", 30, null), [300, 360]],
    ["a bar with an open start reaches 60 px before its end", bar("b", null, 60), [540, 600]],
    ["a bar of known days covers them", bar("b", 30, 45), [300, 450]],
    ["a bar shorter than a point is drawn as wide as one", bar("b", 30, 30.5), [296.5, 308.5]],
    ["a point is a disc around the middle of its day", point("p", 30), [299, 311]],
  ])("%s", (_name, span, [x0, x1]) => {
    const mark = only([span]).lane.marks[0] as MarkLayout;
    expect([mark.x0, mark.x1]).toEqual([x0, x1]);
  });

  it.each<[string, EventSpan, boolean]>([
    ["an open end that reaches the chart's left edge", bar("b", -6, null), true],
    ["an open end that stops short of the left edge", bar("b", -7, null), false],
    ["an open start that reaches the chart's right edge", bar("b", null, 106), true],
    ["an open start that begins past the right edge", bar("b", null, 107), false],
    ["a point whose disc overlaps the left edge", point("p", -1), true],
    ["a point wholly before the left edge", point("p", -2), false],
    ["a point whose disc overlaps the right edge", point("p", 100), true],
    ["a point wholly past the right edge", point("p", 101), false],
  ])("draws %s: %s", (_name, span, drawn) => {
    const { lanes } = layout([span]);
    expect(lanes[0]?.marks.map((m) => m.id)).toEqual(drawn ? [span.id] : []);
  });
});

describe("layoutLanes: a cluster covers every mark that joins it", () => {
  const crowded = { crowdRows: 1, maxRows: 1 };
  // Titles too long for either side, so each mark needs the row to itself.
  const long = (id: string, day: number) => point(id, day, "departure", "y".repeat(80));

  it("grows to the right as later marks join, and counts them all", () => {
    const { lane } = only([long("a", 50), long("b", 51), long("c", 52), long("d", 53)], crowded);
    expect(lane.marks.map((m) => m.id)).toEqual([]);
    expect(lane.clusters).toEqual([
      {
        key: "cluster:a",
        // From the first mark's disc (day 50: 505 − 6) to the last one's (day 53: 535 + 6).
        x0: 499,
        x1: 541,
        y0: 6,
        y1: 22,
        row: 0,
        count: 4,
        extent: { start: T0 + 50 * DAY_MS, end: T0 + 54 * DAY_MS },
      },
    ]);
  });

  it("is never narrower than its count needs", () => {
    const { lane } = only([long("a", 50), long("b", 50)], crowded);
    expect(lane.clusters.map((c) => [c.x0, c.x1, c.count])).toEqual([[499, 523, 2]]);
  });

  it("leaves a mark that starts clear of it on its own", () => {
    const { lane } = only([long("a", 50), long("b", 51), long("c", 60)], crowded);
    expect(lane.clusters.map((c) => [c.x0, c.x1, c.count])).toEqual([[499, 523, 2]]);
    expect(lane.marks.map((m) => [m.id, m.x0])).toEqual([["c", 599]]);
  });

  it("keeps the earliest start and the latest end in its extent, whatever order they come in", () => {
    const { lane } = only(
      [long("a", 50), bar("b", 49, 58, "departure", "y".repeat(80)), long("c", 51)],
      crowded,
    );
    expect(lane.clusters.map((c) => [c.count, c.extent])).toEqual([
      [3, { start: T0 + 49 * DAY_MS, end: T0 + 58 * DAY_MS }],
    ]);
  });
});

describe("layoutLanes: a bar's title goes inside it only when it fits there whole", () => {
  // A bar from day 30 to day 40 is 100 px; 4 px either side leaves 92 px, 13 characters at 7 px.
  it.each<[string, EventSpan, Partial<LabelLayout>]>([
    ["a title that just fits", bar("b", 30, 40, "board", "x".repeat(13)), { inside: true, x: 304 }],
    [
      "a title 1 character too long",
      bar("b", 30, 40, "board", "x".repeat(14)),
      { inside: false, x: 404, anchor: "start" },
    ],
    [
      "a bar cut by the left edge, by what is in view",
      bar("b", -20, 10, "board", "x".repeat(13)),
      { inside: true, x: 4 },
    ],
    [
      "a bar cut by the right edge, by what is in view",
      bar("b", 95, 120, "board", "x".repeat(6)),
      { inside: true, x: 954 },
    ],
    [
      "a title too long for a bar cut by the right edge",
      bar("b", 95, 120, "board", "x".repeat(7)),
      { inside: false, x: 946, anchor: "end" },
    ],
    ["a point's title, never inside", point("p", 30, "board", "x"), { inside: false, x: 315 }],
  ])("%s", (_name, span, label) => {
    const mark = only([span]).lane.marks[0] as MarkLayout;
    expect(mark.label).toMatchObject({ ...label, truncated: false });
  });
});
