import type { EventSpan } from "./eventSpan.ts";
import type { TimeWindow } from "./types.ts";

/** Counts of events per equal slice of a period, for the overview strip's density. */
export function densityBins(
  spans: readonly EventSpan[],
  period: TimeWindow,
  binCount: number,
): number[] {
  const bins = new Array<number>(Math.max(0, Math.floor(binCount))).fill(0);
  const length = period.end - period.start;
  if (bins.length === 0 || !(length > 0)) return bins;
  for (const span of spans) {
    if (span.at === null) continue;
    const index = Math.floor(((span.at - period.start) / length) * bins.length);
    if (index >= 0 && index < bins.length) bins[index] = (bins[index] ?? 0) + 1;
  }
  return bins;
}
