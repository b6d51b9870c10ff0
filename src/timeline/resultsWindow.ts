import type { EventSpan } from "./eventSpan.ts";
import { spansExtent } from "./eventSpan.ts";
import type { TimeWindow } from "./types.ts";
import { clampWindow, padWindow, type ZoomBounds } from "./zoomWindow.ts";

/** Room left around the matches, as a share of their extent on each side. */
const MARGIN = 0.08;

/**
 * "Fit to results": the window that shows every dated span given (the events a search or filter
 * left) with a margin around them (at least half a day), kept within the zoom bounds and no
 * shorter than they allow; null when none of them is dated.
 */
export function resultsWindow(
  spans: readonly Pick<EventSpan, "start" | "end">[],
  bounds: ZoomBounds,
): TimeWindow | null {
  const extent = spansExtent(spans as readonly EventSpan[]);
  return extent && clampWindow(padWindow(extent, MARGIN), bounds);
}
