import type { Era } from "../data/schema.ts";
import { dayToMs } from "./eventSpan.ts";
import { DAY_MS, type Px, type TimeWindow } from "./types.ts";

/** An era placed on screen: its band, clipped to the chart, and how much of its title fits. */
export interface EraBand {
  id: string;
  title: string;
  x0: Px;
  x1: Px;
}

/** An era's time: from the start of its first day to the end of its last. */
export function eraWindow(era: Pick<Era, "start" | "end">): TimeWindow {
  return { start: dayToMs(era.start), end: dayToMs(era.end) + DAY_MS };
}

/** Places eras for a visible window and width, leaving out those wholly off screen. */
export function layoutEras(eras: readonly Era[], window: TimeWindow, width: Px): EraBand[] {
  if (width <= 0 || window.end <= window.start) return [];
  const k = width / (window.end - window.start);
  const bands: EraBand[] = [];
  for (const era of eras) {
    const { start, end } = eraWindow(era);
    if (end <= window.start || start >= window.end) continue;
    bands.push({
      id: era.id,
      title: era.title,
      x0: Math.max(0, (start - window.start) * k),
      x1: Math.min(width, (end - window.start) * k),
    });
  }
  return bands;
}
