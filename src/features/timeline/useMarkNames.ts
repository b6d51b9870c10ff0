import { useCallback, useMemo } from "react";
import type { TimelineEvent } from "../../data/datasetSchema.ts";
import { formatInstantDay } from "../../dates/formatInstantDay.ts";
import { useT } from "../../i18n/useT.ts";
import { markName as nameOf } from "../../timeline/markName.ts";
import type { ClusterLayout, MarkLayout } from "../../timeline/modelTypes.ts";

/**
 * The accessible names of marks (title, date and its precision, type, excerpts, any note: the
 * label drawn is always a part of it) and of clusters (how many events, over which days, and what
 * activating it does). A mark's name is worked out once per dataset and language, not on every
 * frame of a zoom.
 */
export function useMarkNames(preparedFrom: readonly TimelineEvent[]) {
  const t = useT();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new language names the marks again.
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
  }, [preparedFrom, t]);
  const clusterName = useCallback(
    (cluster: ClusterLayout) =>
      t("timeline.clusterName", {
        count: cluster.count,
        start: formatInstantDay(cluster.extent.start),
        end: formatInstantDay(cluster.extent.end - 1),
      }),
    [t],
  );
  return { markName, clusterName };
}
