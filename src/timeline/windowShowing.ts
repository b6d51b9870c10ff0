import type { TimeWindow } from "./types.ts";
import { DAY_MS } from "./types.ts";
import { windowAround, type ZoomBounds } from "./zoomWindow.ts";

/**
 * A window, centred on an event's time, in which `shows` says the event is drawn on its own:
 * as long as the current window (or a little more than the event) and halved until it is, down
 * to a day. Each try is one layout of one window.
 */
export function windowShowing(
  extent: TimeWindow,
  current: TimeWindow,
  bounds: ZoomBounds,
  shows: (window: TimeWindow) => boolean,
): TimeWindow {
  const centre = (extent.start + extent.end) / 2;
  let length = Math.max(current.end - current.start, (extent.end - extent.start) * 1.25);
  for (let i = 0; i < 30; i++) {
    const candidate = windowAround(centre, length, bounds);
    if (shows(candidate) || length <= DAY_MS) return candidate;
    length = Math.max(DAY_MS, length / 2);
  }
  return windowAround(centre, DAY_MS, bounds);
}
