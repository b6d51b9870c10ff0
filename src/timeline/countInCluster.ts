import type { ClusterLayout } from "./modelTypes.ts";
import type { PreparedLane } from "./prepareSpans.ts";

/**
 * Counts span `j` of the lane into a cluster and widens the time it covers, in place: constant
 * work from the flat arrays, as it runs for every crowded span on every frame.
 */
export function countInCluster(cluster: ClusterLayout, prep: PreparedLane, j: number): void {
  cluster.count += 1;
  const first = prep.left[j] as number;
  const last = prep.right[j] as number;
  if (first < cluster.extent.start) cluster.extent.start = first;
  if (last > cluster.extent.end) cluster.extent.end = last;
}
