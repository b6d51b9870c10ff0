import { EVENT_TYPES } from "../../data/vocabulary.ts";
import type { LayoutOptions } from "../../timeline/layoutLanes.ts";
import type { TrackOptions } from "../../timeline/layoutTrack.ts";
import type { FrameOptions } from "../../timeline/timelineModel.ts";

/** The font labels are drawn and measured in; keep in step with `.mark__label` in styles.css. */
export const LABEL_FONT = "13px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/** Down a phone the titles are a pixel smaller, so more of them fit in full. */
export const TRACK_LABEL_FONT =
  "12px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/** The sizes around the marks: the axis, the eras' row, the track's margins down a phone. */
export const FRAME: FrameOptions = {
  axisHeight: 44,
  eraRow: 18,
  trackPadding: 10,
  tickHeight: 14,
  tickGap: 26,
};

/** The sizes the lanes are laid out with across the chart (all but the text measure). */
export const LAYOUT: Omit<LayoutOptions, "measure"> = {
  typeOrder: EVENT_TYPES,
  crowdRows: 3,
  maxRows: 4,
  rowHeight: 24,
  lanePadding: 3,
  pointRadius: 8,
  // Tall enough to hold a 13 px title inside with padding, so the dashed outline never crosses it.
  barHeight: 20,
  openReach: 72,
  clusterMinWidth: 30,
  gap: 6,
  labelGap: 4,
  minLabel: 56,
  charWidth: 7,
  exactLimit: 400,
};

/** The sizes of the timeline down a phone (all but the text measure). */
export const TRACK: Omit<TrackOptions, "measure"> = {
  axisWidth: 70,
  colWidth: 16,
  maxCols: 4,
  pointRadius: 7,
  barWidth: 8,
  openReach: 40,
  gap: 2,
  minStep: 7,
  looseStep: 2,
  labelGap: 14,
  minLabelWidth: 80,
  lineHeight: 15,
  labelSpacing: 4,
  clusterMinLength: 22,
  countWidth: (count) => String(count).length * 6.5,
};

/** Width used before the chart is measured (and where nothing can be measured). */
export const FALLBACK_WIDTH = 960;

/** Height of the chart down a phone before it is measured. */
export const FALLBACK_HEIGHT = 560;

/**
 * The size the first view is drawn at when rendered at build time (a common desktop screen's
 * chart), scaled to the page's width until the browser measures it.
 */
export const FIRST_VIEW_SIZE = { width: 1248, height: FALLBACK_HEIGHT };
