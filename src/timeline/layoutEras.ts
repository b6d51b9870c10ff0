import type { Era } from "../data/datasetSchema.ts";
import { formatEraDates } from "../dates/formatEraDates.ts";
import { shortText } from "../lib/shortText.ts";
import { dayToMs } from "./eventSpan.ts";
import type { TimeScale } from "./timeScale.ts";
import { DAY_MS, type Px, type TimeWindow } from "./types.ts";

/** An era placed along the time axis, clipped to the scale's length. */
export interface EraSpan {
  id: string;
  title: string;
  /** Its period as people write it, at its precision (`formatEraDates`). */
  when: string;
  /** Where it begins and ends along the time axis. */
  pos0: Px;
  pos1: Px;
}

/** An era's time: from the start of its first day to the end of its last. */
export function eraWindow(era: Pick<Era, "start" | "end">): TimeWindow {
  return { start: dayToMs(era.start), end: dayToMs(era.end) + DAY_MS };
}

/** Places eras along a scale, leaving out those wholly outside its window. */
export function layoutEras(eras: readonly Era[], scale: TimeScale): EraSpan[] {
  const { window, length } = scale;
  if (length <= 0 || window.end <= window.start) return [];
  const spans: EraSpan[] = [];
  for (const era of eras) {
    const { start, end } = eraWindow(era);
    if (end <= window.start || start >= window.end) continue;
    spans.push({
      id: era.id,
      title: shortText(era.title),
      when: formatEraDates(era),
      pos0: Math.max(0, scale.px(start)),
      pos1: Math.min(length, scale.px(end)),
    });
  }
  return spans;
}
