import { describe, expect, it } from "vitest";
import { EVENT_TYPES } from "../../src/data/datasetSchema.ts";
import { TRACK } from "../../src/features/timeline/timelineOptions.ts";
import type { EventSpan } from "../../src/timeline/eventSpan.ts";
import { layoutTrack, type TrackOptions } from "../../src/timeline/layoutTrack.ts";
import type { MarkLayout } from "../../src/timeline/modelTypes.ts";
import { prepareSpans, prepareTrack } from "../../src/timeline/prepareSpans.ts";
import { timeScale } from "../../src/timeline/timeScale.ts";
import { DAY_MS, type TimeWindow } from "../../src/timeline/types.ts";
import { bar, point, randomSpans, T0 } from "../fixtures/spans.ts";

const measure = (text: string) => text.length * 7;
// The app's sizes, with the few this file's figures depend on fixed here.
const OPTIONS: TrackOptions = {
  ...TRACK,
  measure,
  axisWidth: 60,
  colWidth: 14,
  pointRadius: 6,
  labelGap: 14,
  lineHeight: 17,
  labelSpacing: 5,
};
// 100 days down 500 px: 5 px a day, from y = 10; titles from x = 60 + 14 × columns + 14.
const WINDOW: TimeWindow = { start: T0, end: T0 + 100 * DAY_MS };

function layout(
  spans: readonly EventSpan[],
  width = 360,
  window = WINDOW,
  length = 500,
  options: Partial<TrackOptions> = {},
) {
  const track = prepareTrack(prepareSpans(spans, EVENT_TYPES));
  return layoutTrack(track, timeScale(window, length), 10, width, { ...OPTIONS, ...options });
}

const centreY = (m: MarkLayout) => (m.y0 + m.y1) / 2;
const overlaps = (
  a: { x0: number; x1: number; y0: number; y1: number },
  b: { x0: number; x1: number; y0: number; y1: number },
) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe("layoutTrack(track, scale, top, width) lays the timeline down a phone", () => {
  it("places marks down the track in time order: a point at its day, a bar over its days", () => {
    const { lane } = layout([point("a", 10), bar("b", 20, 40), point("c", 60, "report")]);
    expect(lane.marks.map((m) => m.id)).toEqual(["a", "b", "c"]);
    const [a, b, c] = lane.marks as [MarkLayout, MarkLayout, MarkLayout];
    expect(centreY(a)).toBe(10 + 10.5 * 5);
    expect([b.y0, b.y1]).toEqual([10 + 100, 10 + 200]);
    expect(centreY(c)).toBeGreaterThan(centreY(a));
    // All fit in the first column; the track is one column wide.
    expect(lane.rows).toBe(1);
    expect(a.x0 + a.x1).toBe(2 * (60 + 7));
  });

  it("writes every title in full, wrapped, beside the track, each with a leader from its mark", () => {
    const title = "Jakub Pachocki is named chief scientist of the company";
    const { lane, leaders, trackEnd } = layout([point("a", 10, "appointment", title)], 220);
    const label = lane.marks[0]?.label;
    // 220 − (60 + 14 + 14) − 4 = 128 px: 18 characters a line.
    expect(label?.lines).toEqual([
      "Jakub Pachocki is",
      "named chief",
      "scientist of the",
      "company",
    ]);
    expect(label?.lines.join(" ")).toBe(title);
    const y = centreY(lane.marks[0] as MarkLayout);
    expect([label?.x, label?.y]).toEqual([trackEnd + 14, y]);
    expect(leaders).toEqual([
      { id: "a", points: [67 + 6 + 1, y, trackEnd + 2, y, trackEnd + 14 - 3, y] },
    ]);
  });

  // Titles 128 px wide from x = 88; the badge ("Correction") is 74 px wide, 5 px after the text.
  it.each([
    ["ends the last line when it fits there", "Named", 0, 1, 88 + 35 + 5, 35 + 5 + 74],
    ["ends the last line when it fills it exactly", "Elected", 0, 1, 88 + 49 + 5, 128],
    ["takes a line of its own when it would overrun", "Resigned", 1, 2, 88, 74],
    ["takes a line of its own after a long title", "Jakub Pachocki is named chief", 2, 3, 88, 119],
    [
      "follows the title's last line, not a longer one before it",
      "Jakub Pachocki is named chief scientist of OpenAI",
      3,
      4,
      88 + 42 + 5,
      42 + 5 + 74,
    ],
  ])("puts a note's badge after the title: %s", (_, title, line, lines, x0, width) => {
    const span = { ...point("a", 10, "appointment", title), badge: "wrong" as const };
    const label = layout([span], 220).lane.marks[0]?.label;
    expect(label?.badge).toEqual({
      kind: "wrong",
      text: "Correction",
      x0,
      x1: x0 + 74,
      y: (label?.y ?? 0) + line * 17,
    });
    expect(((label?.y1 ?? 0) - (label?.y0 ?? 0)) / 17).toBe(lines);
    // The label is as wide as its widest line or its badge, whichever reaches further.
    expect([label?.x0, label?.width, label?.x1]).toEqual([88, width, 88 + width]);
  });

  it("points a bar's title at the top of the bar, and writes it beside the track, not inside", () => {
    const { lane, trackEnd } = layout([bar("month", 30, 90, "departure", "A month")]);
    expect(lane.marks[0]?.label).toMatchObject({
      x: trackEnd + 14,
      y: 10 + 150 + 17 / 2,
      anchor: "start",
      lines: ["A month"],
      inside: false,
      truncated: false,
      ellipsisX: null,
    });
  });

  it("points a title at the centre of a point the window's top cuts, and just below the top for a bar", () => {
    // The point's centre is 2.5 px above the window; the bar begins 50 px above it.
    const { leaders } = layout([point("p", -1), bar("b", -10, 20)]);
    expect(leaders.map((l) => [l.id, l.points[1]])).toEqual([
      ["p", 10 - 2.5],
      ["b", 10 + 17 / 2],
    ]);
  });

  it("moves titles of marks close together apart, never overlapping, and leads each back", () => {
    const spans = ["a", "b", "c", "d"].map((id, i) =>
      point(id, 50 + (i % 2), "report", `Title ${id} of a crowded day`),
    );
    const { lane, leaders } = layout(spans);
    const labels = lane.marks.flatMap((m) => (m.label ? [m.label] : []));
    expect(labels).toHaveLength(4);
    for (let i = 1; i < labels.length; i++)
      expect(labels[i]?.y0).toBeGreaterThanOrEqual((labels[i - 1]?.y1 ?? 0) + 5);
    expect(leaders.map((l) => l.id)).toEqual(lane.marks.map((m) => m.id));
    for (const leader of leaders) {
      const mark = lane.marks.find((m) => m.id === leader.id) as MarkLayout;
      expect(leader.points.slice(0, 2)).toEqual([mark.x1 + 1, centreY(mark)]);
      expect(leader.points.at(-1)).toBe(mark.label?.y);
    }
  });

  // Titles start at x = 88 and keep 4 px from the right edge: 172 px leave the narrowest, 80 px.
  it.each([
    [172, true],
    [171, false],
    [150, false],
  ])("at %i px wide, draws titles: %s", (width, drawn) => {
    const { lane, leaders } = layout([point("a", 10)], width);
    expect(lane.marks[0]?.label !== null).toBe(drawn);
    expect(leaders).toHaveLength(drawn ? 1 : 0);
  });

  it.each([
    ["no width", 0, WINDOW, 500],
    ["no height", 360, WINDOW, 0],
    ["an empty window", 360, { start: T0, end: T0 }, 500],
  ])("draws nothing with %s, and keeps the track one column wide", (_, width, window, length) => {
    const { lane, leaders, trackEnd } = layout(
      [point("a", 0), point("b", 10)],
      width,
      window,
      length,
    );
    expect(lane).toMatchObject({ key: "track", marks: [], clusters: [], rows: 1 });
    expect(leaders).toEqual([]);
    expect(trackEnd).toBe(60 + 14);
  });

  it("draws what reaches into the window, up to its very edge, and nothing beyond it", () => {
    const { lane } = layout([
      point("just before", -3),
      // An open end reaches 40 px past its known day: from 40 px above the window to its top.
      bar("touching the top", -8, null),
      bar("reaching in", -5, null),
      point("last day", 99),
      point("just after", 101),
      // An open start reaches 40 px before its known day: from the window's bottom.
      bar("touching the bottom", null, 108),
    ]);
    expect(lane.marks.map((m) => m.id)).toEqual([
      "touching the top",
      "reaching in",
      "last day",
      "touching the bottom",
    ]);
  });

  it.each([
    ["a point", point("a", 5), "point", [10 + 27.5 - 6, 10 + 27.5 + 6], [61, 73], false, false],
    // A day's date with no end given (the schema allows it) is still a point, never an open bar.
    [
      "a point with no end given",
      { ...point("a", 5), end: null },
      "point",
      [10 + 27.5 - 6, 10 + 27.5 + 6],
      [61, 73],
      false,
      false,
    ],
    ["a bar", bar("a", 10, 15), "bar", [10 + 50, 10 + 75], [63, 71], false, false],
    [
      "a bar with an open end",
      bar("a", 20, null),
      "bar",
      [10 + 100, 10 + 140],
      [63, 71],
      false,
      true,
    ],
    [
      "a bar with an open start",
      bar("a", null, 40),
      "bar",
      [10 + 160, 10 + 200],
      [63, 71],
      true,
      false,
    ],
  ])("draws %s across the track's first column", (_, span, kind, ys, xs, openStart, openEnd) => {
    const mark = layout([span]).lane.marks[0];
    expect(mark).toMatchObject({ kind, row: 0, openStart, openEnd });
    expect([mark?.y0, mark?.y1]).toEqual(ys);
    expect([mark?.x0, mark?.x1]).toEqual(xs);
  });

  // The point ends at y = 58.5; marks keep 2 px apart in a column.
  it.each([
    [0, "2 px below", 12.1, 63],
    [1, "1 px below", 11.9, 77],
    [1, "across", 11, 77],
  ])("puts a bar in column %i when it begins %s a point", (row, _, from, x0) => {
    const mark = layout([point("a", 10), bar("b", from, 30)]).lane.marks.find((m) => m.id === "b");
    expect([mark?.row, mark?.x0]).toEqual([row, x0]);
  });

  it("with every column taken, draws a mark over the first of the columns whose marks end soonest", () => {
    const bars = [70, 55, 55, 65].map((to, i) => bar(`b${i}`, 50, to));
    const { lane, trackEnd } = layout([...bars, point("p", 52)]);
    const rows = Object.fromEntries(lane.marks.map((m) => [m.id, [m.row, (m.x0 + m.x1) / 2]]));
    expect(rows).toEqual({ b0: [0, 67], b1: [1, 81], b2: [2, 95], b3: [3, 109], p: [1, 81] });
    expect([lane.rows, trackEnd]).toEqual([4, 60 + 4 * 14]);
  });

  // Every column holds a bar from y = 250; a fifth bar beginning at least 2 px lower is drawn over one.
  it.each([
    [50.4, 5, 0],
    [50.2, 3, 1],
  ])("a fifth bar from day %d is one of %i marks beside %i clusters", (from, marks, clusters) => {
    const bars = [0, 1, 2, 3].map((i) => bar(`b${i}`, 50, 60));
    const { lane } = layout([...bars, bar("e", from, 60)]);
    expect([lane.marks.length, lane.clusters.length]).toEqual([marks, clusters]);
  });

  // 500 px hold 12 titles of two lines. Four points a day over three days fit in four columns
  // only when each may be drawn over the one a day (5 px) above it.
  it.each([
    ["12 events", 12, 0, []],
    ["12 events and one long before", 12, 0, [point("before", -30)]],
    ["13 events", 6, 1, [point("early", 10)]],
  ])(
    "with %s in view, the crowd of twelve is %i marks and %i clusters",
    (_, marks, clusters, more) => {
      const days = Array.from({ length: 12 }, (_, i) => point(`d${i}`, 50 + Math.floor(i / 4)));
      const { lane } = layout([...more, ...days]);
      expect(lane.marks.filter((m) => m.id.startsWith("d"))).toHaveLength(marks);
      expect(lane.clusters).toHaveLength(clusters);
    },
  );

  it("names a cluster after its first event and grows it to the last of the spans that join it", () => {
    // Four bars take the columns; three more from the same day merge with the last of them.
    const short = [0, 1, 2, 3, 4].map((i) => bar(`b${i}`, 50, 53));
    const { lane } = layout([...short, bar("long", 50, 80), bar("shorter", 50, 55)]);
    expect(lane.marks.map((m) => m.id)).toEqual(["b0", "b1", "b2"]);
    expect(lane.clusters).toEqual([
      {
        key: "cluster:b3",
        count: 4,
        extent: { start: T0 + 50 * DAY_MS, end: T0 + 80 * DAY_MS },
        row: 3,
        x0: 60 + 3 * 14 + 1,
        x1: 60 + 3 * 14 + 1 + 12.5,
        y0: 10 + 250,
        y1: 10 + 400,
      },
    ]);
  });

  // A cluster's mark is as wide as its count and 6 px (12 px at least), and stops 5 px short of
  // the titles: 22 px at most.
  it.each([
    [2, 12.5],
    [10, 19],
    [100, 22],
  ])(
    "draws a cluster of %i events of one day %d px wide, tall enough for its count",
    (count, width) => {
      const spans = Array.from({ length: count + 3 }, (_, i) => point(`p${i}`, 50));
      const cluster = layout(spans).lane.clusters[0];
      expect(cluster?.count).toBe(count);
      expect([cluster?.x0, cluster?.x1]).toEqual([103, 103 + width]);
      expect([cluster?.y0, cluster?.y1]).toEqual([10 + 246.5, 10 + 246.5 + 22]);
    },
  );

  it("merges into a cluster what begins within its drawn length, never drawing a mark over it", () => {
    // One column: the second point of day 30 merges with the first; the cluster's mark is drawn
    // 22 px tall, so a point three days on still meets it.
    const spans = [point("a", 10), point("b", 20), point("c", 30), point("d", 30), point("e", 33)];
    const { lane } = layout(spans, 360, WINDOW, 500, { maxCols: 1 });
    expect(lane.marks.map((m) => m.id)).toEqual(["a", "b"]);
    expect(lane.clusters).toMatchObject([
      { key: "cluster:c", count: 3, y0: 10 + 146.5, y1: 10 + 173.5 },
    ]);
  });

  it("with far more marks than titles fit, wraps the titles of only an even share of them", () => {
    // 100 px hold 4 titles; 40 marks, two a day over 20 days: a third of them are wrapped.
    const spans = Array.from({ length: 40 }, (_, i) => point(`e${i}`, i / 2));
    const measured = new Set<string>();
    const recorder = (text: string) => {
      measured.add(text);
      return measure(text);
    };
    const window = { start: T0, end: T0 + 20 * DAY_MS };
    const { lane } = layout(spans, 360, window, 100, { measure: recorder });
    const ids = lane.marks.map((m) => m.id);
    expect(ids).toHaveLength(40);
    expect([...measured].sort()).toEqual(ids.filter((_, i) => i % 3 === 0).sort());
    const titled = lane.marks.filter((m) => m.label !== null);
    expect(titled.length).toBeGreaterThan(1);
  });

  it("keeps each of a few close events its own mark and title, and merges a crowd", () => {
    // 600 px hold 15 titles of two lines: 8 events on two days keep their marks, 40 merge.
    const few = Array.from({ length: 8 }, (_, i) => point(`f${i}`, 50 + (i % 2)));
    const loose = layout(few, 360, WINDOW, 600).lane;
    expect(loose.clusters).toEqual([]);
    expect(loose.marks.filter((m) => m.label !== null)).toHaveLength(8);
    const crowd = Array.from({ length: 40 }, (_, i) => point(`c${i}`, 50 + (i % 2)));
    const merged = layout(crowd, 360, WINDOW, 600).lane;
    expect(merged.clusters.length).toBeGreaterThan(0);
    expect(merged.marks.length).toBeLessThanOrEqual(8);
  });

  it("merges what no column can take into a cluster with its count", () => {
    const spans = Array.from({ length: 30 }, (_, i) => point(`p${i}`, 50));
    const { lane } = layout(spans);
    const counted = lane.marks.length + lane.clusters.reduce((n, c) => n + c.count, 0);
    expect(counted).toBe(30);
    expect(lane.clusters.length).toBeGreaterThan(0);
    expect(lane.marks.length).toBeLessThanOrEqual(4);
  });

  it.each([
    [1, 60, 100, 390, 600],
    [2, 400, 100, 390, 600],
    [3, 2000, 700, 320, 500],
    [4, 30, 20, 430, 700],
  ])(
    "seed %i, %i events over %i days at %ipx × %ipx: titles in full, apart from each other and from every mark",
    (seed, count, days, width, length) => {
      const spans = randomSpans(seed, count, days);
      const window = { start: T0 - 60 * DAY_MS, end: T0 + (days + 60) * DAY_MS };
      const { lane, leaders } = layout(spans, width, window, length);
      const labels = lane.marks.flatMap((m) => (m.label ? [{ id: m.id, ...m.label }] : []));
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) {
        const span = spans.find((s) => s.id === label.id) as EventSpan;
        expect(label.lines.join(" ")).toBe(span.title.trim().split(/\s+/).join(" "));
        expect(label.x1).toBeLessThanOrEqual(width);
        expect(label.y0).toBeGreaterThanOrEqual(10 - 1e-9);
        expect(label.y1).toBeLessThanOrEqual(10 + length + 1e-9);
        for (const mark of lane.marks) expect(overlaps(label, mark)).toBe(false);
        for (const cluster of lane.clusters) expect(overlaps(label, cluster)).toBe(false);
      }
      const sorted = [...labels].sort((a, b) => a.y0 - b.y0);
      for (let i = 1; i < sorted.length; i++)
        expect(sorted[i]?.y0).toBeGreaterThanOrEqual(sorted[i - 1]?.y1 as number);
      expect(leaders).toHaveLength(labels.length);
      // Every event in view is drawn, once, as a mark or in a cluster.
      const ids = lane.marks.map((m) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      const drawn = ids.length + lane.clusters.reduce((n, c) => n + c.count, 0);
      expect(drawn).toBe(spans.filter((s) => s.kind !== "undated").length);
      // Marks in time order down the track.
      for (let i = 1; i < lane.marks.length; i++) {
        const a = lane.marks[i - 1] as MarkLayout;
        const b = lane.marks[i] as MarkLayout;
        const anchor = (m: MarkLayout) => (m.kind === "point" ? centreY(m) : Math.max(m.y0, 10));
        expect(anchor(b)).toBeGreaterThanOrEqual(anchor(a) - 17);
      }
    },
  );
});
