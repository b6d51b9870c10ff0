import { describe, expect, it } from "vitest";
import { EVENT_TYPES } from "../../src/data/datasetSchema.ts";
import { LAYOUT, TRACK } from "../../src/features/timeline/timelineOptions.ts";
import type { EventSpan } from "../../src/timeline/eventSpan.ts";
import { isDrawn } from "../../src/timeline/isDrawn.ts";
import { prepareSpans, prepareTrack } from "../../src/timeline/prepareSpans.ts";
import { type FrameOptions, timelineModel } from "../../src/timeline/timelineModel.ts";
import { DAY_MS, type TimeWindow } from "../../src/timeline/types.ts";
import { bar, point, T0 } from "../fixtures/spans.ts";

const measure = (text: string) => text.length * 7;
const FRAME: FrameOptions = {
  axisHeight: 44,
  eraRow: 18,
  trackPadding: 10,
  tickHeight: 14,
  tickGap: 26,
};
const WINDOW: TimeWindow = { start: T0, end: T0 + 100 * DAY_MS };
const ERA = { id: "era", title: "A named period", start: "2024-01-21", end: "2024-01-31" };

function model(
  spans: readonly EventSpan[],
  orientation: "horizontal" | "vertical",
  size = { width: 1000, height: 600 },
  eras = [ERA],
  withTrack = orientation === "vertical",
) {
  const prepared = prepareSpans(spans, EVENT_TYPES);
  return timelineModel({
    orientation,
    prepared,
    track: withTrack ? prepareTrack(prepared) : null,
    window: WINDOW,
    width: size.width,
    height: size.height,
    eras,
    measure,
    lanes: { ...LAYOUT, measure },
    trackOptions: { ...TRACK, measure },
    frame: FRAME,
  });
}

const SPANS = [point("a", 20), bar("b", 40, 70, "report"), point("c", 80, "policy")];

describe("timelineModel(input) lays out one frame, with one time scale for all of it", () => {
  it("across the chart: the axis on top, the era's row, then the lanes, each as tall as its rows", () => {
    const m = model(SPANS, "horizontal");
    // A lane of one row: the row and the padding above and below it.
    const lane = LAYOUT.rowHeight + 2 * LAYOUT.lanePadding;
    expect(m.orientation).toBe("horizontal");
    expect(m.lanes.map((l) => [l.key, l.y])).toEqual([
      ["departure", 62],
      ["report", 62 + lane],
      ["policy", 62 + 2 * lane],
    ]);
    expect(m.height).toBe(62 + 3 * lane);
    expect(m.grid).toEqual({ from: 44, to: m.height });
  });

  it("across the chart: ticks, marks and eras all stand where the one scale puts them", () => {
    const m = model(SPANS, "horizontal");
    for (const tick of m.axis.ticks) expect(tick.pos).toBe(m.scale.px(tick.value));
    const a = m.lanes[0]?.marks[0];
    expect(((a?.x0 ?? 0) + (a?.x1 ?? 0)) / 2).toBeCloseTo(m.scale.px(T0 + 20.5 * DAY_MS), 9);
    const era = m.eras[0];
    expect([era?.x0, era?.x1, era?.y0, era?.y1]).toEqual([200, 310, 44, m.height]);
    expect(era?.label).toEqual({ x: 204, y: 53, text: "A named period" });
  });

  it("across the chart: an era's name too long for its band is cut, one with no room left out", () => {
    const long = { ...ERA, title: "A period with a name far longer than its days" };
    expect(model(SPANS, "horizontal", undefined, [long]).eras[0]?.label?.text).toMatch(/…$/);
    // 110px less 8 of padding: 15 characters (105px) do not fit.
    const tight = { ...ERA, title: "A named period!" };
    expect(model(SPANS, "horizontal", undefined, [tight]).eras[0]?.label?.text).toMatch(/…$/);
    const day = { ...ERA, start: "2024-01-21", end: "2024-01-21" };
    expect(model(SPANS, "horizontal", undefined, [day]).eras[0]?.label).toBeNull();
  });

  it("down a phone: time runs down the track, ticks carry their month, titles sit beside", () => {
    const m = model(SPANS, "vertical", { width: 390, height: 600 });
    expect(m.orientation).toBe("vertical");
    expect(m.height).toBe(600);
    expect(m.origin).toBe(10);
    expect(m.scale.length).toBe(580);
    const marks = m.lanes[0]?.marks ?? [];
    expect(marks.map((mk) => mk.id)).toEqual(["a", "b", "c"]);
    const centres = marks.map((mk) => (mk.y0 + mk.y1) / 2);
    expect(centres[0]).toBeCloseTo(10 + m.scale.px(T0 + 20.5 * DAY_MS), 9);
    expect([...centres].sort((x, y) => x - y)).toEqual(centres);
    for (const tick of m.axis.ticks) expect(tick.pos).toBe(m.scale.px(tick.value));
    expect(m.axis.ticks[0]?.label).toMatch(/ /);
    for (const mk of marks) expect(mk.label?.x0).toBeGreaterThan(m.grid.to);
    expect(m.leaders.map((l) => l.id)).toEqual(["a", "b", "c"]);
    const era = m.eras[0];
    expect([era?.x0, era?.y0, era?.y1]).toEqual([
      0,
      10 + m.scale.px(Date.UTC(2024, 0, 21)),
      10 + m.scale.px(Date.UTC(2024, 1, 1)),
    ]);
    expect(era?.label).toBeNull();
    // Grid lines start at the axis's tick marks and run over the track, as the eras do.
    expect(m.grid).toEqual({ from: TRACK.axisWidth - 6, to: era?.x1 });
  });

  it.each<[string, "horizontal" | "vertical", boolean]>([
    ["across the chart even with a track at hand", "horizontal", true],
    ["across the chart down a phone with no track", "vertical", false],
  ])("lays out %s", (_, orientation, withTrack) => {
    const m = model(SPANS, orientation, { width: 390, height: 600 }, [ERA], withTrack);
    expect([m.orientation, m.lanes.map((l) => l.key)]).toEqual([
      "horizontal",
      ["departure", "report", "policy"],
    ]);
  });

  it("across the chart with no eras: the lanes start right under the axis", () => {
    const m = model(SPANS, "horizontal", undefined, []);
    expect(m.lanes[0]?.y).toBe(FRAME.axisHeight);
  });

  it("tells which events are drawn as marks of their own", () => {
    const crowd = Array.from({ length: 12 }, (_, i) => point(`p${i}`, 50));
    const m = model([...crowd, point("alone", 10)], "horizontal");
    expect(isDrawn(m, "alone")).toBe(true);
    const clustered = crowd.filter((s) => !isDrawn(m, s.id));
    expect(clustered.length).toBeGreaterThan(0);
    expect(isDrawn(m, "nowhere")).toBe(false);
  });
});
