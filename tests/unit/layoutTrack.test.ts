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

function layout(spans: readonly EventSpan[], width = 360, window = WINDOW, length = 500) {
  const track = prepareTrack(prepareSpans(spans, EVENT_TYPES));
  return layoutTrack(track, timeScale(window, length), 10, width, OPTIONS);
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

  it.each([
    ["ends the last line when it fits there", "Named", 0, 1],
    ["takes a line of its own when it does not", "Jakub Pachocki is named chief", 2, 3],
  ])("puts a note's badge after the title: %s", (_, title, line, lines) => {
    const span = { ...point("a", 10, "appointment", title), badge: "wrong" as const };
    const label = layout([span], 220).lane.marks[0]?.label;
    expect(label?.badge?.text).toBe("Correction");
    expect(label?.badge?.y).toBe((label?.y ?? 0) + line * 17);
    expect(((label?.y1 ?? 0) - (label?.y0 ?? 0)) / 17).toBe(lines);
    // Within the column of titles: 128 px wide from x = 102.
    expect(label?.badge?.x1).toBeLessThanOrEqual(102 + 128);
  });

  it("points a bar's title at the top of the bar", () => {
    const { lane } = layout([bar("month", 30, 60, "departure", "A month")]);
    expect(lane.marks[0]?.label?.y).toBe(10 + 150 + 17 / 2);
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

  it("draws no titles where the screen leaves them too little room", () => {
    const { lane, leaders } = layout([point("a", 10)], 150);
    expect(lane.marks[0]?.label).toBeNull();
    expect(leaders).toEqual([]);
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
