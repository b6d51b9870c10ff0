import { shortText } from "../lib/shortText.ts";
import { countInCluster } from "./countInCluster.ts";
import { type DodgeItem, dodgeLabels } from "./dodgeLabels.ts";
import type { EventSpan } from "./eventSpan.ts";
import { BADGE_GAP, badgeText, badgeWidth } from "./markBadge.ts";
import { extent, markExtent } from "./markExtent.ts";
import type { ClusterLayout, LaneLayout, LeaderLayout, MarkLayout } from "./modelTypes.ts";
import { lowerBound, type PreparedLane } from "./prepareSpans.ts";
import type { TimeScale } from "./timeScale.ts";
import type { MeasureText, Px } from "./types.ts";
import { wrapText } from "./wrapText.ts";

/** Sizes for the timeline down a phone: an axis column, a narrow track of marks, then titles. */
export interface TrackOptions {
  measure: MeasureText;
  /** Width of the axis column on the left. */
  axisWidth: Px;
  /** Width of one column of the track. */
  colWidth: Px;
  /** Columns the track may take before crowded marks merge into a cluster. */
  maxCols: number;
  pointRadius: Px;
  barWidth: Px;
  /** How far an open-ended bar reaches (fading) from its known end. */
  openReach: Px;
  /** Least space between two marks in a column. */
  gap: Px;
  /**
   * Where every column is taken, a mark may be drawn over the last one of a column that begins
   * at least this far above it (both stay visible); nearer, it merges into a cluster. With no
   * more events in view than titles the height can hold, `looseStep`: every event keeps its own
   * mark and title, though marks overlap; with more, `minStep`, and crowds merge.
   */
  minStep: Px;
  looseStep: Px;
  /** Space between the track and the titles. */
  labelGap: Px;
  /** Narrowest column of titles worth drawing. */
  minLabelWidth: Px;
  lineHeight: Px;
  /** Least space between two titles. */
  labelSpacing: Px;
  /** Shortest cluster mark, tall enough for its count. */
  clusterMinLength: Px;
  /** Width of a cluster's count, as drawn. */
  countWidth: (count: number) => Px;
}

/** The track laid out for a frame: one lane of marks and clusters, and the titles' leaders. */
export interface TrackLayout {
  lane: LaneLayout;
  leaders: LeaderLayout[];
  /** Where the track's columns end (the titles start after `labelGap`). */
  trackEnd: Px;
}

type Entry = { mark: MarkLayout; index: number } | { cluster: ClusterLayout };

/** An empty cluster down the track, named after its first event; its width is set once packed. */
function newCluster(firstId: string, y0: Px, y1: Px, col: number): ClusterLayout {
  return {
    key: `cluster:${firstId}`,
    x0: 0,
    x1: 0,
    y0,
    y1,
    row: col,
    count: 0,
    extent: { start: Number.POSITIVE_INFINITY, end: Number.NEGATIVE_INFINITY },
  };
}

/** Grows a cluster by span `j` (whose mark ends at `y1`) in place. */
function addToCluster(cluster: ClusterLayout, prep: PreparedLane, j: number, y1: Px): void {
  countInCluster(cluster, prep, j);
  if (y1 > cluster.y1) cluster.y1 = y1;
}

/**
 * Stacks the track's marks in view into columns, time running down: each mark in the first
 * column with room, else over the last mark of a column that begins far enough above it, else
 * merged into a cluster in the last column. Every span in view is visited once.
 */
function packTrack(
  prep: PreparedLane,
  from: number,
  to: number,
  scale: TimeScale,
  o: TrackOptions,
  step: Px,
): Entry[][] {
  const cols: Entry[][] = Array.from({ length: o.maxCols }, () => []);
  const colEnd = new Float64Array(o.maxCols).fill(Number.NEGATIVE_INFINITY);
  const colStart = new Float64Array(o.maxCols).fill(Number.NEGATIVE_INFINITY);
  const last = o.maxCols - 1;
  const t0 = scale.window.start;
  const { k, length } = scale;
  for (let j = from; j < to; j++) {
    markExtent(prep, j, t0, k, o.pointRadius, o.openReach);
    const y0 = extent[0] as number;
    const y1 = extent[1] as number;
    if (y1 < 0 || y0 > length) continue;
    let col = -1;
    for (let c = 0; c < o.maxCols && col < 0; c++) if ((colEnd[c] as number) + o.gap <= y0) col = c;
    if (col < 0) {
      let best = Number.POSITIVE_INFINITY;
      for (let c = 0; c < o.maxCols; c++) {
        // No column is empty here: an empty column always has room.
        const lastEntry = (cols[c] as Entry[]).at(-1) as Entry;
        const overCluster = "cluster" in lastEntry;
        if (!overCluster && y0 - (colStart[c] as number) >= step && (colEnd[c] as number) < best) {
          best = colEnd[c] as number;
          col = c;
        }
      }
    }
    const span = prep.spans[j] as EventSpan;
    if (col >= 0) {
      const mark: MarkLayout = {
        id: span.id,
        at: prep.at[j] as number,
        type: span.type,
        kind: span.kind === "point" ? "point" : "bar",
        x0: 0,
        x1: 0,
        y0,
        y1,
        row: col,
        openStart: span.kind === "bar" && span.start === null,
        openEnd: span.kind === "bar" && span.end === null,
        label: null,
      };
      (cols[col] as Entry[]).push({ mark, index: j });
      colEnd[col] = Math.max(colEnd[col] as number, y1);
      colStart[col] = y0;
      continue;
    }
    const lastCol = cols[last] as Entry[];
    // The last column is not empty either: a mark or a cluster is there to merge with.
    const prev = lastCol.at(-1) as Entry;
    let cluster: ClusterLayout;
    if ("cluster" in prev) {
      cluster = prev.cluster;
    } else {
      lastCol.pop();
      cluster = newCluster(prev.mark.id, prev.mark.y0, prev.mark.y1, last);
      addToCluster(cluster, prep, prev.index, prev.mark.y1);
      lastCol.push({ cluster });
    }
    addToCluster(cluster, prep, j, y1);
    if (cluster.y1 - cluster.y0 < o.clusterMinLength) cluster.y1 = cluster.y0 + o.clusterMinLength;
    colEnd[last] = Math.max(colEnd[last] as number, cluster.y1);
    colStart[last] = cluster.y0;
  }
  return cols;
}

/**
 * Lays out the timeline down a phone for the scale's window (its length the plot's height): an
 * axis column, then a track of marks in up to `maxCols` columns, then every drawn mark's title in
 * full, wrapped, in a column of titles. Titles stack in time order without overlapping, each as
 * near its mark as the others allow, with a leader line from the mark; where more titles are in
 * view than the height can hold, some are left out evenly (their marks keep their names).
 */
export function layoutTrack(
  track: PreparedLane,
  scale: TimeScale,
  top: Px,
  width: Px,
  o: TrackOptions,
): TrackLayout {
  const usable = scale.k > 0 && width > 0;
  const margin = usable ? (Math.max(o.openReach, o.pointRadius) + 1) / scale.k : 0;
  const from = usable ? lowerBound(track.maxRight, scale.window.start - margin) : 0;
  const to = usable ? lowerBound(track.left, scale.window.end + margin) : 0;
  // Titles of about two lines each: as many as the height holds.
  const titles = Math.floor(scale.length / (2 * o.lineHeight + o.labelSpacing));
  const step = to - from <= titles ? o.looseStep : o.minStep;
  const cols = usable ? packTrack(track, from, to, scale, o, step) : [];
  let used = 1;
  cols.forEach((col, c) => {
    if (col.length > 0) used = c + 1;
  });
  const trackEnd = o.axisWidth + used * o.colWidth;
  const clusters: ClusterLayout[] = [];
  const placed: { mark: MarkLayout; span: EventSpan }[] = [];
  cols.forEach((col, c) => {
    const centre = o.axisWidth + c * o.colWidth + o.colWidth / 2;
    for (const entry of col) {
      if ("mark" in entry) {
        const { mark } = entry;
        const half = mark.kind === "point" ? o.pointRadius : o.barWidth / 2;
        mark.x0 = centre - half;
        mark.x1 = centre + half;
        mark.y0 += top;
        mark.y1 += top;
        placed.push({ mark, span: track.spans[entry.index] as EventSpan });
      } else {
        const { cluster } = entry;
        const room = o.colWidth - 2 + o.labelGap - 4;
        cluster.x0 = centre - o.colWidth / 2 + 1;
        cluster.x1 =
          cluster.x0 + Math.min(room, Math.max(o.colWidth - 2, o.countWidth(cluster.count) + 6));
        cluster.y0 += top;
        cluster.y1 += top;
        clusters.push(cluster);
      }
    }
  });

  // A title points at its point, or at the top of its bar (where the span begins) in view.
  const anchorOf = (m: MarkLayout) =>
    m.kind === "point"
      ? (m.y0 + m.y1) / 2
      : Math.max(m.y0, top) + Math.min(o.lineHeight / 2, (m.y1 - Math.max(m.y0, top)) / 2);
  placed.sort((a, b) => anchorOf(a.mark) - anchorOf(b.mark));
  const lane: LaneLayout = {
    key: "track",
    group: null,
    type: track.type,
    count: track.spans.length,
    y: top,
    height: scale.length,
    rows: used,
    title: null,
    // In time order, as a screen reader reads them.
    marks: placed.map((p) => p.mark),
    clusters,
  };

  const leaders: LeaderLayout[] = [];
  const labelX = trackEnd + o.labelGap;
  const labelWidth = width - labelX - 4;
  if (labelWidth >= o.minLabelWidth) {
    // Far more titles than the height holds: only an even share is wrapped and stacked.
    const capacity = Math.max(1, Math.floor(scale.length / (o.lineHeight + o.labelSpacing)));
    const stride = Math.max(1, Math.floor(placed.length / (3 * capacity)));
    const candidates = stride === 1 ? placed : placed.filter((_, i) => i % stride === 0);
    const lines = candidates.map(({ span }) =>
      wrapText(shortText(span.title), labelWidth, o.measure),
    );
    // A note's badge ends the last line where it fits there, else takes a line of its own.
    const badges = candidates.map(({ span }, i) => {
      if (span.badge === undefined) return null;
      const text = lines[i] as string[];
      const width = badgeWidth(span.badge, o.measure);
      const last = o.measure(text.at(-1) ?? "");
      const after = last + BADGE_GAP + width <= labelWidth;
      return {
        kind: span.badge,
        line: after ? text.length - 1 : text.length,
        x0: labelX + (after ? last + BADGE_GAP : 0),
        width,
      };
    });
    const lineCount = (i: number) => {
      const badge = badges[i];
      const count = (lines[i] as string[]).length;
      return badge && badge.line === count ? count + 1 : count;
    };
    const items: DodgeItem[] = candidates.map(({ mark }, i) => ({
      ideal: anchorOf(mark) - o.lineHeight / 2,
      size: lineCount(i) * o.lineHeight,
    }));
    const starts = dodgeLabels(items, top, top + scale.length, o.labelSpacing);
    candidates.forEach(({ mark }, i) => {
      const start = starts[i] as number;
      if (Number.isNaN(start)) return;
      const text = lines[i] as string[];
      const y = start + o.lineHeight / 2;
      const badge = badges[i];
      const widest = Math.max(
        ...text.map((line) => o.measure(line)),
        badge ? badge.x0 + badge.width - labelX : 0,
      );
      mark.label = {
        x: labelX,
        y,
        anchor: "start",
        lines: text,
        width: widest,
        x0: labelX,
        x1: labelX + widest,
        y0: start,
        y1: start + lineCount(i) * o.lineHeight,
        lineHeight: o.lineHeight,
        truncated: false,
        ellipsisX: null,
        inside: false,
        ...(badge && {
          badge: {
            kind: badge.kind,
            text: badgeText(badge.kind),
            x0: badge.x0,
            x1: badge.x0 + badge.width,
            y: y + badge.line * o.lineHeight,
          },
        }),
      };
      const cy = anchorOf(mark);
      leaders.push({
        id: mark.id,
        points: [mark.x1 + 1, cy, trackEnd + 2, cy, labelX - 3, y],
      });
    });
  }
  return { lane, leaders, trackEnd };
}
