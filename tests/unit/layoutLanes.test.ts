import { describe, expect, it } from "vitest";
import type { EventType } from "../../src/data/datasetSchema.ts";
import type { EventSpan } from "../../src/timeline/eventSpan.ts";
import { type LayoutOptions, laneName, layoutLanes } from "../../src/timeline/layoutLanes.ts";
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
    // A type's name starts after its symbol; a group's, which has none, at the lane's edge.
    expect(lanes.map((l) => [l.key, l.group, l.count, l.title?.text, l.title?.x])).toEqual([
      ["departure", null, 1, "Departure · 1", 22],
      ["group:Courts", "Courts", 2, "Courts · 2", 8],
      ["group:Politics", "Politics", 1, "Politics · 1", 8],
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
    // A dataset may give a day-precise date no end: it is still the one day, not an open bar.
    ["a day with no end given", "point", false, false],
  ])("draws %s as a %s (open start %s, open end %s)", (name, kind, openStart, openEnd) => {
    const spans: Record<string, EventSpan> = {
      "a day": point("p", 30),
      "a month": bar("b", 30, 60),
      "an open start": bar("b", null, 60),
      "an open end": bar("b", 30, null),
      "a day with no end given": { ...point("p", 30), end: null },
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

  it("gives a point the height of its disc and a bar its own height", () => {
    const { marks } = only([point("p", 30), bar("b", 40, 50, "departure")], {
      pointRadius: 5,
      barHeight: 16,
    });
    // The row's centre is 14 px down: 2 px of padding and half a 24 px row.
    expect([marks.get("p")?.y0, marks.get("p")?.y1]).toEqual([9, 19]);
    expect([marks.get("b")?.y0, marks.get("b")?.y1]).toEqual([6, 22]);
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
      ellipsisX: null,
      inside: false,
      // As tall as the row, around its centre.
      y0: 2,
      y1: 26,
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
    expect(lane.marks.map((m) => [m.row, m.y0, m.label?.truncated])).toEqual([
      [0, 8, false],
      [1, 32, false],
      [2, 56, false],
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
    // The text ends where the ellipsis, which ends 4 px before the mark, begins.
    expect(label?.x).toBe(295 - 7);
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
    expect([marks.get("a")?.row, marks.get("b")?.row]).toEqual([0, 1]);
    // Cut after its mark, where the row has more room than before it.
    const cut = marks.get("b")?.label;
    expect(cut).toMatchObject({ anchor: "start", truncated: true });
    // Its ellipsis, 7 px, ends the label.
    expect(cut?.ellipsisX).toBe((cut?.x1 ?? 0) - 7);
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
    // Drawn over the bar (days 49 to 58) that the later, shorter marks lie within.
    expect(lane.clusters.map((c) => [c.count, c.extent, c.x0, c.x1])).toEqual([
      [3, { start: T0 + 49 * DAY_MS, end: T0 + 58 * DAY_MS }, 490, 580],
    ]);
  });

  it("starts from a lone mark under the lane's name when the lane has one row", () => {
    const { lane } = only([long("a", 2)], crowded);
    expect(lane.marks).toEqual([]);
    expect(lane.clusters.map((c) => [c.key, c.x0, c.x1, c.count])).toEqual([
      ["cluster:a", 19, 43, 1],
    ]);
  });

  it.each([
    ["left", -1, [-2, 13]],
    ["right", 99, [989, 1002]],
  ])("is drawn at most 2 px past the chart's %s edge", (_edge, day, [x0, x1]) => {
    const { lane } = only([long("a", day), long("b", day + 1)], crowded);
    expect(lane.clusters.map((c) => [c.x0, c.x1, c.count])).toEqual([[x0, x1, 2]]);
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

/** Each mark's row, which side of it its label went, and whether the title was cut. */
function placements(lane: LaneLayout) {
  const side = (m: MarkLayout) =>
    !m.label ? "none" : m.label.inside ? "inside" : m.label.anchor === "end" ? "before" : "after";
  return lane.marks
    .map((m) => [m.id, m.row, side(m), m.label?.truncated ?? null] as const)
    .sort((a, b) => a[0].localeCompare(b[0]));
}

const titled = (id: string, day: number, length: number) =>
  point(id, day, "departure", "x".repeat(length));

describe("layoutLanes: which row each mark takes, and which side of it its title goes", () => {
  // The lane's name takes row 0 up to 121; a point on day d covers 10d − 1 to 10d + 11; titles
  // are 7 px a character; 4 px between a mark and its label and between neighbours.
  it.each<[string, EventSpan[], Partial<LayoutOptions>, ReturnType<typeof placements>]>([
    [
      "a title after its mark that ends a gap short of the next mark shares the row with it",
      [titled("a", 30, 5), point("b", 35.5)],
      {},
      [
        ["a", 0, "after", false],
        ["b", 0, "after", false],
      ],
    ],
    [
      "a title that would end nearer the next mark than a gap goes before its own",
      [titled("a", 30, 6), point("b", 35.5)],
      {},
      [
        ["a", 0, "before", false],
        ["b", 0, "after", false],
      ],
    ],
    [
      "a title that just fits between the lane's name and its mark goes there",
      // b starts under a's mark, so takes the next row, and a's title could have gone after it.
      [titled("a", 20, 10), point("b", 20.5)],
      {},
      [
        ["a", 0, "before", false],
        ["b", 1, "after", false],
      ],
    ],
    [
      "a title that ends at the chart's right edge goes after its mark",
      [titled("a", 95, 5)],
      {},
      [["a", 0, "after", false]],
    ],
    [
      "a title that fits after its mark goes there though there is more room before it",
      [titled("a", 90, 5)],
      {},
      [["a", 0, "after", false]],
    ],
    [
      "a title that would run into the lane's name, with no room after its mark, takes the next row",
      [titled("a", 60, 68)],
      {},
      [["a", 1, "before", false]],
    ],
    [
      "two titles after their marks, one after the other",
      [titled("a", 30, 5), titled("b", 36, 10)],
      {},
      [
        ["a", 0, "after", false],
        ["b", 0, "after", false],
      ],
    ],
    [
      "a note's badge takes room after the title: the next mark takes another row",
      [{ ...titled("a", 20, 5), badge: "wrong" }, point("b", 33)],
      {},
      [
        ["a", 0, "after", false],
        ["b", 1, "after", false],
      ],
    ],
    [
      "a bar's title too long for it goes after it: the next mark takes another row",
      [bar("a", 14, 24, "departure", "x".repeat(14)), point("b", 25)],
      {},
      [
        ["a", 0, "after", false],
        ["b", 1, "after", false],
      ],
    ],
    [
      "a point's title never goes inside it, however short",
      [titled("a", 30, 1)],
      { measure: (text) => text.length * 2 },
      [["a", 0, "after", false]],
    ],
    [
      "a title too long for any row is cut in the first row with room for its mark",
      [titled("a", 30, 200)],
      {},
      [["a", 0, "after", true]],
    ],
    [
      "so is one whose mark starts just a gap after the title before it",
      [titled("a", 15, 10), titled("b", 24, 200)],
      {},
      [
        ["a", 0, "after", false],
        ["b", 0, "after", true],
      ],
    ],
    [
      "a mark every row's titles run over takes the first row whose marks leave it room",
      [titled("a1", 40, 70), titled("a2", 40, 70), titled("a3", 40, 70), point("b", 60)],
      {},
      [
        ["a1", 0, "before", true],
        ["a2", 1, "after", false],
        ["a3", 2, "after", false],
        ["b", 0, "after", false],
      ],
    ],
    [
      "even one that starts just a gap after those marks",
      [
        titled("a1", 40, 70),
        titled("a2", 40, 70),
        titled("a3", 40, 70),
        bar("b", 41.5, 60, "departure"),
      ],
      {},
      [
        ["a1", 0, "before", true],
        ["a2", 1, "after", false],
        ["a3", 2, "after", false],
        ["b", 0, "inside", false],
      ],
    ],
    [
      "a bar's title too long for any side is cut inside it where the bar is the roomiest",
      [bar("a", 20, 80, "departure", "x".repeat(200))],
      {},
      [["a", 0, "inside", true]],
    ],
    [
      "and cut after it where the row after it is roomier",
      [bar("a", 20, 40, "departure", "x".repeat(200))],
      {},
      [["a", 0, "after", true]],
    ],
    [
      "a cut title goes after its mark when both sides have the same room",
      // 427.5 px either side: from the name (121 + 4) to 556.5 − 4, and from 568.5 + 4 to 1000.
      [titled("a", 55.75, 200)],
      {},
      [["a", 0, "after", true]],
    ],
    [
      "and after a bar when there is as much room after it as inside it",
      // 5 px from a label to its bar: 392.5 px inside (205 to 597.5) and after (607.5 to 1000).
      [bar("a", 20, 60.25, "departure", "x".repeat(200))],
      { labelGap: 5 },
      [["a", 0, "after", true]],
    ],
    [
      "a title inside a bar leaves the row after the bar to the next title",
      [bar("a", 20, 40, "departure", "xx"), titled("b", 80, 55)],
      {},
      [
        ["a", 0, "inside", false],
        ["b", 0, "before", false],
      ],
    ],
  ])("%s", (_name, spans, options, expected) => {
    expect(placements(only(spans, options).lane)).toEqual(expected);
  });

  it("cuts a title and its badge before its mark where that side is roomier, the badge beside the mark", () => {
    // One row: a's title and badge (210 + 79 px) take it past where b begins, so b packs in on
    // its mark alone, leaving 131 px after a and 170 before it.
    const { marks } = only(
      [{ ...titled("a", 30, 30), badge: "wrong" }, bar("b", 45, 50, "departure")],
      {
        crowdRows: 1,
        maxRows: 1,
      },
    );
    const label = marks.get("a")?.label;
    expect(label).toMatchObject({ anchor: "end", truncated: true, x1: 295 });
    expect(label?.badge?.x1).toBe(295);
    expect(label?.lines[0]).toBe("x".repeat(12));
  });

  it("starts a title cut before its mark a gap after the ellipsis of the title cut before it", () => {
    // One row: b's title, too long for it, is cut where it must leave c its mark; c's, cut too,
    // takes what room b's leaves (b's is cut at its word's end: 50 characters and an ellipsis).
    const b = point("b", 24, "departure", `${"y".repeat(50)} ${"z".repeat(150)}`);
    const { marks } = only([titled("a", 15, 10), b, titled("c", 95, 200)], {
      crowdRows: 1,
      maxRows: 1,
    });
    expect(marks.get("b")?.label).toMatchObject({ truncated: true, x1: 255 + 350 + 7 });
    expect(marks.get("c")?.label).toMatchObject({ anchor: "end", truncated: true, x0: 612 + 4 });
  });

  it("starts a cut title before its mark a gap after the badge of the title before it", () => {
    // a's label ends with its badge at 165 + 70 + 79 = 314; b's title, too long for any row, is cut to the room left.
    const { marks } = only([{ ...titled("a", 15, 10), badge: "wrong" }, titled("b", 95, 200)]);
    expect(marks.get("a")?.label?.x1).toBe(314);
    expect(marks.get("b")?.label).toMatchObject({ anchor: "end", truncated: true, x0: 322 });
  });
});

describe("layoutLanes: a lane with more in view than is measured exactly", () => {
  const long = (id: string) => titled(id, 50, 61);
  const four = [long("a"), long("b"), long("c"), long("d")];
  const offScreen = [titled("early1", -50, 1), titled("early2", -49, 1)];

  it.each<[string, EventSpan[], number, (string | number)[][]]>([
    [
      "four in view, measured up to four",
      four,
      4,
      [
        ["a", 0],
        ["b", 1],
        ["c", 2],
        ["d", 3],
      ],
    ],
    [
      "four in view and two before the window, measured up to four",
      [...offScreen, ...four],
      4,
      [
        ["a", 0],
        ["b", 1],
        ["c", 2],
        ["d", 3],
      ],
    ],
    [
      "four in view, measured up to three",
      four,
      3,
      [
        ["a", 0],
        ["b", 1],
        ["cluster:c", 2],
      ],
    ],
  ])("%s: a row past the crowd rows only when measured", (_name, spans, exactLimit, expected) => {
    const { lane } = only(spans, { crowdRows: 3, maxRows: 4, exactLimit });
    const drawn = [
      ...lane.marks.map((m) => [m.id, m.row]),
      ...lane.clusters.map((c) => [c.key, c.row]),
    ];
    expect(drawn).toEqual(expected);
  });

  it("estimates titles from their length while packing", () => {
    // 60 characters at 7 px: after the first mark to 935, past where the second begins.
    const spans = [titled("a", 50, 60), titled("b", 52, 60)];
    expect(placements(only(spans, { exactLimit: 1 }).lane)).toEqual([
      ["a", 0, "after", false],
      ["b", 1, "after", false],
    ]);
  });

  it("cuts a title estimated too short where the next title, before its mark, begins", () => {
    // At 3.5 px a character b's title seems to start at 735, clear of a's; drawn, a's runs past it.
    const spans = [titled("a", 20, 80), titled("b", 95, 60)];
    const { marks } = only(spans, { exactLimit: 0, charWidth: 3.5 });
    const a = marks.get("a")?.label;
    const b = marks.get("b")?.label;
    expect([a?.anchor, a?.truncated, b?.anchor, b?.x0]).toEqual(["start", true, "end", 735]);
    expect(a?.x1).toBeLessThanOrEqual(735 - 4);
  });

  // Estimated at 14 px a character, twice as long as drawn: no row seems to have room for them.
  it.each<[string, EventSpan, ReturnType<typeof placements>]>([
    ["a point's, before it", titled("a", 95, 100), [["a", 0, "before", false]]],
    [
      "a point's, after it though there is more room before it",
      titled("a", 56, 40),
      [["a", 0, "after", false]],
    ],
    [
      "a bar's, before it where it does not fit inside",
      bar("a", 80, 95, "departure", "x".repeat(15)),
      [["a", 0, "before", false]],
    ],
    [
      "a bar's, after it though there is more room before it",
      bar("a", 56, 57.5, "departure", "x".repeat(40)),
      [["a", 0, "after", false]],
    ],
    [
      "a bar's, inside it though there is more room after it",
      bar("a", 20, 50, "departure", "x".repeat(40)),
      [["a", 0, "inside", false]],
    ],
  ])("writes a title estimated too long in full where it fits: %s", (_name, span, expected) => {
    expect(placements(only([span], { exactLimit: 0, charWidth: 14 }).lane)).toEqual(expected);
  });
});

describe("layoutLanes: a one-row lane whose titles are estimated twice as long as drawn", () => {
  const options = { exactLimit: 0, charWidth: 14, crowdRows: 1, maxRows: 1 };

  it.each<[string, EventSpan]>([
    ["a point", titled("a", 20, 60)],
    ["a bar too short for it", bar("a", 14, 20, "departure", "x".repeat(60))],
  ])("writes the title of %s after it in full, and the next title clear of it", (_name, span) => {
    // Estimated at 840 px, a's title seems to fit nowhere; drawn, its 420 px fit after it.
    const { marks } = only([span, titled("c", 95, 200)], options);
    const a = marks.get("a")?.label;
    expect(a).toMatchObject({ anchor: "start", truncated: false, inside: false });
    expect(marks.get("c")?.label?.x0).toBeGreaterThanOrEqual((a?.x1 ?? 0) + 4);
  });

  it("leaves a point's title unwritten where no side has room for it, never inside the point", () => {
    // 2 px a character: "x" would fit in the disc's 4 px between its label gaps.
    const { marks } = only(
      [bar("b", 90, 98, "departure", "bb"), point("a", 98.5, "departure", "x")],
      {
        ...options,
        measure: (text) => text.length * 2,
      },
    );
    expect(marks.get("a")?.label).toBeNull();
  });
});

describe("laneName(lane, grouped) names a lane as its filter toggle is named", () => {
  const spans = [point("a", 0)];
  it.each<[string | null, EventType, boolean, string]>([
    [null, "departure", false, "Departure · 1"],
    [null, "other", false, "Other · 1"],
    // Beside group lanes, the events with neither a group nor a type are those of "No group".
    [null, "other", true, "No group · 1"],
    [null, "departure", true, "Departure · 1"],
    ["Satellites", "other", true, "Satellites · 1"],
  ])("group %s, type %s, beside groups %s → %s", (group, type, grouped, name) => {
    expect(laneName({ group, type, spans }, grouped)).toBe(name);
  });
});
