import { eventTypeLabel } from "../data/eventTypeLabels.ts";
import { t } from "../i18n/i18n.ts";
import { NAME_LIMIT, shortText } from "../lib/shortText.ts";
import type { LaneLayout, MarkLayout, Orientation } from "./modelTypes.ts";

/** Marks next to each other in time that share a lane, named by it. */
export interface MarkRun {
  /** Stable while zooming: the lane's key and which of its runs this is. */
  key: string;
  /** The lane's name, for the group a screen reader announces. */
  label: string;
  /** The key of the lane (across the chart) or type (down a phone) the run belongs to. */
  lane: string;
  marks: MarkLayout[];
}

/** What a run's lane is called: its type or group across the chart, the mark's type down a phone. */
function runName(lane: LaneLayout, mark: MarkLayout, across: boolean): string {
  if (!across) return eventTypeLabel(mark.type);
  return lane.group === null ? eventTypeLabel(lane.type) : shortText(lane.group, NAME_LIMIT);
}

/**
 * Every drawn mark in time order, cut into runs of one lane each: read in order, the marks go by
 * time, and each change of lane is announced with the lane's name. Across the chart a lane is a
 * type or an imported group; down a phone, where all share one track, it is the event's type.
 */
export function markRuns(lanes: readonly LaneLayout[], orientation: Orientation): MarkRun[] {
  const across = orientation === "horizontal";
  // Named once per lane (or type), not once per mark: this runs on every frame of a zoom.
  const labels = new Map<string, string>();
  const all: { mark: MarkLayout; lane: string; label: string }[] = [];
  for (const lane of lanes) {
    for (const mark of lane.marks) {
      const key = across ? lane.key : mark.type;
      let label = labels.get(key);
      if (label === undefined) {
        label = t("timeline.laneRun", { name: runName(lane, mark, across) });
        labels.set(key, label);
      }
      all.push({ mark, lane: key, label });
    }
  }
  all.sort((a, b) => a.mark.at - b.mark.at);
  const runs: MarkRun[] = [];
  const seen = new Map<string, number>();
  let lastLane: string | null = null;
  for (const { mark, lane, label } of all) {
    if (lane !== lastLane) {
      const k = seen.get(lane) ?? 0;
      seen.set(lane, k + 1);
      runs.push({ key: `${lane}#${k}`, label, lane, marks: [] });
      lastLane = lane;
    }
    (runs[runs.length - 1] as MarkRun).marks.push(mark);
  }
  return runs;
}
