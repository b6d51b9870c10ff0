import type { TimeWindow } from "./types.ts";

/**
 * Counts of events per equal slice of a period, for the overview strip's density, from the
 * instants they are centred on (NaN for an undated event, which is not counted).
 */
export function densityBins(
  instants: ArrayLike<number>,
  period: TimeWindow,
  binCount: number,
): number[] {
  const bins = new Array<number>(Math.max(0, Math.floor(binCount))).fill(0);
  const length = period.end - period.start;
  // An empty or reversed period holds no instant; with no bins, the loop below counts none anyway.
  if (!(length > 0)) return bins;
  for (let i = 0; i < instants.length; i++) {
    const index = Math.floor((((instants[i] as number) - period.start) / length) * bins.length);
    if (index >= 0 && index < bins.length) bins[index] = (bins[index] ?? 0) + 1;
  }
  return bins;
}
