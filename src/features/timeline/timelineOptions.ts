import { EVENT_TYPES } from "../../data/vocabulary.ts";
import type { LayoutOptions } from "../../timeline/layoutTimeline.ts";

/** The font labels are drawn and measured in; keep in step with `.mark__label` in styles.css. */
export const LABEL_FONT = "13px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/** Height of the row that names eras, between the axis and the lanes (only when there are eras). */
export const ERA_ROW = 18;

/** Height of the two-row time axis above the lanes. */
export const AXIS_HEIGHT = 44;

/** The sizes the timeline is laid out with (all but the text measure). */
export const LAYOUT: Omit<LayoutOptions, "measure"> = {
  typeOrder: EVENT_TYPES,
  maxRows: 3,
  rowHeight: 22,
  laneHeader: 22,
  pointRadius: 7,
  openReach: 72,
  clusterMinWidth: 30,
  gap: 6,
  minLabel: 56,
  charWidth: 7,
};

/** Width used before the chart is measured (and where nothing can be measured). */
export const FALLBACK_WIDTH = 960;
