import { useMemo } from "react";
import type { TimelineEvent } from "../../data/datasetSchema.ts";
import { formatInstantDay } from "../../dates/formatInstantDay.ts";
import { markName as nameOf } from "../../timeline/markName.ts";
import type { ClusterLayout, MarkLayout } from "../../timeline/modelTypes.ts";

/** A cluster's accessible name: how many events, over which days, and what activating it does. */
const clusterName = (cluster: ClusterLayout) =>
  `${cluster.count} events, ${formatInstantDay(cluster.extent.start)} to ${formatInstantDay(cluster.extent.end - 1)}. Zoom in to see them`;

/**
 * The accessible names of marks (title, date and its precision, type, excerpts, any note: the
 * label drawn is always a part of it) and
 * of clusters. A mark's name is worked out once per dataset, not on every frame of a zoom.
 */
export function useMarkNames(preparedFrom: readonly TimelineEvent[]) {
  const markName = useMemo(() => {
    const names = new Map<string, string>();
    return (mark: MarkLayout) => {
      let name = names.get(mark.id);
      if (name === undefined) {
        const event = preparedFrom[mark.at];
        name = event ? nameOf(event) : mark.id;
        names.set(mark.id, name);
      }
      return name;
    };
  }, [preparedFrom]);
  return { markName, clusterName };
}
