import type { PreparedLane } from "./prepareSpans.ts";
import type { Px } from "./types.ts";

/** Where `markExtent` writes: the per-frame loops allocate nothing per span. */
export const extent = new Float64Array(2);

/**
 * Span `j`'s drawn extent along the time axis, into `extent`: a point's disc of `radius`, a
 * bar's days, reaching `reach` past an open end, and never shorter than a point.
 */
export function markExtent(
  prep: PreparedLane,
  j: number,
  t0: number,
  k: number,
  radius: Px,
  reach: Px,
): void {
  const kind = prep.shape[j] as number;
  let a = ((prep.from[j] as number) - t0) * k;
  let b = ((prep.to[j] as number) - t0) * k;
  if (kind & 2) a -= reach;
  if (kind & 4) b += reach;
  // Never shorter than a point: a point itself (from = to) becomes its disc here.
  if (b - a < 2 * radius) {
    const mid = (a + b) / 2;
    a = mid - radius;
    b = mid + radius;
  }
  extent[0] = a;
  extent[1] = b;
}
