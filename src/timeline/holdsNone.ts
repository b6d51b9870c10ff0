import type { TimeWindow } from "./types.ts";
import type { ZoomBounds } from "./zoomWindow.ts";

/** Whether a window lies wholly outside the bounds: a link's window that shows none of the timeline. */
export function holdsNone(window: TimeWindow, bounds: ZoomBounds): boolean {
  return window.end < bounds.min || window.start > bounds.max;
}
