import type { Era } from "../data/datasetSchema.ts";
import { axisLabelLines } from "./axisLabelLines.ts";
import { type AxisModel, computeAxis } from "./computeAxis.ts";
import { fitLabel } from "./fitLabel.ts";
import { layoutEras } from "./layoutEras.ts";
import { type LayoutOptions, layoutLanes } from "./layoutLanes.ts";
import { layoutTrack, type TrackOptions } from "./layoutTrack.ts";
import type { LaneLayout, LeaderLayout, Orientation } from "./modelTypes.ts";
import type { PreparedLane, PreparedSpans } from "./prepareSpans.ts";
import { type TimeScale, timeScale } from "./timeScale.ts";
import type { MeasureText, Px, TimeWindow } from "./types.ts";

/** An era drawn as a band behind the marks, with its name where there is room for it. */
export interface EraLayout {
  id: string;
  title: string;
  /** Its period at its precision, for its tooltip. */
  when: string;
  x0: Px;
  x1: Px;
  y0: Px;
  y1: Px;
  /** Its name as drawn (cut to its band), or null where none fits or none is drawn. */
  label: { x: Px; y: Px; text: string } | null;
}

/** Sizes of the parts around the marks. */
export interface FrameOptions {
  /** Height of the time axis above the lanes (across the chart). */
  axisHeight: Px;
  /** Height of the row that names eras, under the axis (only when there are eras). */
  eraRow: Px;
  /** Space above and below the track (down a phone), so the end ticks' labels show. */
  trackPadding: Px;
  /** Height of an axis label down a phone, and the least space between two. */
  tickHeight: Px;
  tickGap: Px;
}

/** What a frame of the timeline is laid out from. */
export interface TimelineModelInput {
  orientation: Orientation;
  /** Every kept event's lanes; down a phone, `track` holds them all in one lane. */
  prepared: PreparedSpans;
  track: PreparedLane | null;
  window: TimeWindow;
  /** The chart's width, and down a phone its height too. */
  width: Px;
  height: Px;
  eras: readonly Era[];
  measure: MeasureText;
  lanes: LayoutOptions;
  trackOptions: TrackOptions;
  frame: FrameOptions;
}

/**
 * A frame of the timeline, ready to draw, in chart pixels: the scale, the axis (ticks at `pos`
 * along the time axis), the eras, the lanes with their marks, labels and clusters, and the
 * leaders from marks to titles that moved away from them.
 */
export interface TimelineModel {
  orientation: Orientation;
  width: Px;
  height: Px;
  /** The visible window along the time axis, from `origin`. */
  scale: TimeScale;
  /** Where the time axis begins: x = 0 across the chart, the track's top down a phone. */
  origin: Px;
  axis: AxisModel;
  /** Where grid lines run across the time axis: under the axis, or over the track. */
  grid: { from: Px; to: Px };
  eras: EraLayout[];
  lanes: LaneLayout[];
  leaders: LeaderLayout[];
}

const NO_LEADERS: LeaderLayout[] = [];

/** Lays out one frame: across the chart with lanes, or down a phone with one track and titles. */
export function timelineModel(input: TimelineModelInput): TimelineModel {
  return input.orientation === "vertical" && input.track
    ? verticalModel(input, input.track)
    : horizontalModel(input);
}

function horizontalModel(input: TimelineModelInput): TimelineModel {
  const { width, measure, frame } = input;
  const scale = timeScale(input.window, width);
  const axis = computeAxis(scale, measure);
  const eraRow = input.eras.length > 0 ? frame.eraRow : 0;
  const top = frame.axisHeight + eraRow;
  const { lanes, bottom } = layoutLanes(input.prepared, scale, top, input.lanes);
  const eras = layoutEras(input.eras, scale).map((era) => {
    const fitted = fitLabel(era.title, era.pos1 - era.pos0 - 8, measure, 40);
    const label = fitted === null ? null : `${fitted.text}${fitted.truncated ? "…" : ""}`;
    return {
      id: era.id,
      title: era.title,
      when: era.when,
      x0: era.pos0,
      x1: era.pos1,
      y0: frame.axisHeight,
      y1: bottom,
      label: label ? { x: era.pos0 + 4, y: frame.axisHeight + eraRow / 2, text: label } : null,
    };
  });
  return {
    orientation: "horizontal",
    width,
    height: bottom,
    scale,
    origin: 0,
    axis,
    grid: { from: frame.axisHeight, to: bottom },
    eras,
    lanes,
    leaders: NO_LEADERS,
  };
}

function verticalModel(input: TimelineModelInput, track: PreparedLane): TimelineModel {
  const { width, height, frame } = input;
  const top = frame.trackPadding;
  const scale = timeScale(input.window, Math.max(0, height - 2 * frame.trackPadding));
  // A label too long for the axis column takes two lines, and twice the room.
  const measure = (text: string) => frame.tickHeight * axisLabelLines(text).length;
  const axis = computeAxis(scale, measure, { minGap: frame.tickGap, merged: true });
  const { lane, leaders, trackEnd } = layoutTrack(track, scale, top, width, input.trackOptions);
  const eras = layoutEras(input.eras, scale).map((era) => ({
    id: era.id,
    title: era.title,
    when: era.when,
    x0: 0,
    x1: trackEnd,
    y0: top + era.pos0,
    y1: top + era.pos1,
    label: null,
  }));
  return {
    orientation: "vertical",
    width,
    height,
    scale,
    origin: top,
    axis,
    grid: { from: input.trackOptions.axisWidth - 6, to: trackEnd },
    eras,
    lanes: [lane],
    leaders,
  };
}
