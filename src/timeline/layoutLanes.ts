import type { EventType } from "../data/datasetSchema.ts";
import { eventTypeLabel } from "../data/eventTypeLabels.ts";
import { formatCount } from "../i18n/formatCount.ts";
import { t } from "../i18n/i18n.ts";
import { NAME_LIMIT, shortText } from "../lib/shortText.ts";
import { countInCluster } from "./countInCluster.ts";
import type { EventSpan } from "./eventSpan.ts";
import { ELLIPSIS, fitLabel } from "./fitLabel.ts";
import { BADGE_GAP, badgeRoom, badgeText } from "./markBadge.ts";
import { extent, markExtent } from "./markExtent.ts";
import type { ClusterLayout, LabelLayout, LaneLayout, MarkLayout } from "./modelTypes.ts";
import { lowerBound, type PreparedLane, type PreparedSpans } from "./prepareSpans.ts";
import type { TimeScale } from "./timeScale.ts";
import type { MeasureText, Px } from "./types.ts";

/** Sizes and rules for the lanes; `measure` gives label widths as they will be drawn. */
export interface LayoutOptions {
  measure: MeasureText;
  typeOrder: readonly EventType[];
  /** Rows a lane stacks marks into before crowded ones merge into a cluster in the last of them. */
  crowdRows: number;
  /**
   * Rows a lane may take in all (at least `crowdRows`): the rows past `crowdRows` only take a
   * mark whose whole title fits there, and only in a lane with at most `exactLimit` spans in
   * view, so they show titles without drawing more of a crowd.
   */
  maxRows: number;
  rowHeight: Px;
  /** Space above and below a lane's rows. */
  lanePadding: Px;
  pointRadius: Px;
  barHeight: Px;
  /** How far an open-ended bar reaches (fading) from its known end. */
  openReach: Px;
  /** Narrowest cluster mark, wide enough for its count. */
  clusterMinWidth: Px;
  /** Least space between two marks, or a mark and a label, in a row. */
  gap: Px;
  /** Space between a mark and its label. */
  labelGap: Px;
  /** Shortest label worth drawing, cut with an ellipsis. */
  minLabel: Px;
  /** Average character width, to estimate label lengths while packing a crowded lane. */
  charWidth: Px;
  /** Up to this many spans in view in a lane, labels are measured exactly while packing. */
  exactLimit: number;
}

/** Where a mark's label goes: after it, before it, inside its bar, or wherever room is left. */
type Side = "right" | "left" | "inside" | "any";

interface Placed {
  span: EventSpan;
  /** Its position in the prepared lane. */
  index: number;
  side: Side;
  /** Where the mark and its label begin in the row. */
  start: Px;
}

type RowEntry = { mark: MarkLayout; placed: Placed } | { cluster: ClusterLayout };

/**
 * The name a lane is drawn with: its type or group, and how many events it holds. Beside group
 * lanes (`grouped`), the lane of events with neither a group nor a type of their own is "No
 * group", as its filter toggle is named.
 */
export function laneName(
  lane: Pick<PreparedLane, "group" | "type" | "spans">,
  grouped = false,
): string {
  const name =
    lane.group !== null
      ? shortText(lane.group, NAME_LIMIT)
      : grouped && lane.type === "other"
        ? t("timeline.noGroup")
        : eventTypeLabel(lane.type);
  return t("timeline.laneTitle", { name, count: formatCount(lane.spans.length) });
}

/** Where a lane's name starts: after the type's symbol, or at the edge for a group. */
const titleX = (group: string | null) => (group === null ? 22 : 8);

/** Grows a cluster by span `j` (whose mark ends at `x1`) in place. */
function addToCluster(
  cluster: ClusterLayout,
  prep: PreparedLane,
  j: number,
  x1: Px,
  o: LayoutOptions,
): void {
  countInCluster(cluster, prep, j);
  if (x1 > cluster.x1) cluster.x1 = x1;
  if (cluster.x0 + o.clusterMinWidth > cluster.x1) cluster.x1 = cluster.x0 + o.clusterMinWidth;
}

function newCluster(x0: Px, row: number, first: EventSpan): ClusterLayout {
  return {
    key: `cluster:${first.id}`,
    x0,
    x1: x0,
    y0: 0,
    y1: 0,
    row,
    count: 0,
    extent: { start: Number.POSITIVE_INFINITY, end: Number.NEGATIVE_INFINITY },
  };
}

/**
 * Stacks a lane's marks (spans `from` to `to` of the prepared lane, in order) into rows. Each
 * mark takes the first row where its whole label fits after it, before it (into space already
 * passed, which costs the marks to come nothing) or inside its bar; failing that, the first of
 * the crowd rows where it cuts no other title, then the first with room for the mark alone (its
 * label then gets what room is left); failing that, it merges with what crowds the last crowd
 * row into a cluster. The lane's name holds the start of the first
 * row. Runs every frame over every span in view, so it allocates only for what is drawn.
 */
function packLane(
  prep: PreparedLane,
  from: number,
  to: number,
  scale: TimeScale,
  titleEnd: Px,
  o: LayoutOptions,
): RowEntry[][] {
  const rows: RowEntry[][] = Array.from({ length: o.maxRows }, () => []);
  // Where each row is taken up to: by marks and labels, and by marks alone.
  const reachEnd = new Float64Array(o.maxRows).fill(Number.NEGATIVE_INFINITY);
  const markEnd = new Float64Array(o.maxRows).fill(Number.NEGATIVE_INFINITY);
  reachEnd[0] = titleEnd;
  markEnd[0] = titleEnd;
  const crowd = Math.min(o.crowdRows, o.maxRows);
  const last = crowd - 1;
  const t0 = scale.window.start;
  const { k, length: width } = scale;
  const r = o.pointRadius;
  const { gap, labelGap } = o;
  // A few spans are measured exactly; a crowd, by its titles' lengths (its labels seldom show),
  // and a crowd gets no rows past the crowd rows: they would draw more of it, not its titles.
  const exact = to - from <= o.exactLimit;
  const titleRows = exact ? o.maxRows : crowd;
  // Each span's extent is worked out once, a step ahead: the next mark's start is looked at.
  let nextX0 = Number.POSITIVE_INFINITY;
  let nextX1 = Number.POSITIVE_INFINITY;
  if (from < to) {
    markExtent(prep, from, t0, k, r, o.openReach);
    nextX0 = extent[0] as number;
    nextX1 = extent[1] as number;
  }
  for (let j = from; j < to; j++) {
    const x0 = nextX0;
    const x1 = nextX1;
    if (j + 1 < to) {
      markExtent(prep, j + 1, t0, k, r, o.openReach);
      nextX0 = extent[0] as number;
      nextX1 = extent[1] as number;
    } else nextX0 = Number.POSITIVE_INFINITY;
    if (x1 < 0 || x0 > width) continue;
    const span = prep.spans[j] as EventSpan;
    const labelWidth =
      (exact ? o.measure(shortText(span.title)) : (prep.titleLength[j] as number) * o.charWidth) +
      badgeRoom(span.badge, o.measure);
    const point = (prep.shape[j] as number) === 0;
    const inner = point ? 0 : Math.min(x1, width) - Math.max(x0, 0) - 2 * labelGap;
    const rightEnd = x1 + labelGap + labelWidth;
    const leftStart = x0 - labelGap - labelWidth;
    // A label after the mark blocks nothing when the next mark starts beyond it.
    const rightIsFree = rightEnd + gap <= nextX0;
    let row = -1;
    let side: Side = "any";
    let start = x0;
    let reach = x1;
    for (let s = 0; s < titleRows && row < 0; s++) {
      const free = (reachEnd[s] as number) + gap;
      if (free > x0) continue;
      const rightFits = rightEnd <= width;
      const leftFits = leftStart >= Math.max(free, 0);
      if (!point && labelWidth <= inner) side = "inside";
      else if (rightFits && (rightIsFree || !leftFits)) side = "right";
      else if (leftFits) side = "left";
      else continue;
      row = s;
      if (side === "right") reach = rightEnd;
      if (side === "left") start = leftStart;
    }
    if (row < 0) {
      // No room anywhere for the whole title: a row where the mark cuts no other title, else
      // one where it only has room itself (the title before it is then cut short).
      for (let s = 0; s < crowd && row < 0; s++) if ((reachEnd[s] as number) + gap <= x0) row = s;
      for (let s = 0; s < crowd && row < 0; s++) if ((markEnd[s] as number) + gap <= x0) row = s;
      // Its label takes what room is left: keep the rest of the row for it.
      reach = rightEnd;
    }
    if (row >= 0) {
      const mark: MarkLayout = {
        id: span.id,
        at: prep.at[j] as number,
        type: span.type,
        kind: span.kind === "point" ? "point" : "bar",
        x0,
        x1,
        y0: 0,
        y1: 0,
        row,
        openStart: span.kind === "bar" && span.start === null,
        openEnd: span.kind === "bar" && span.end === null,
        label: null,
      };
      (rows[row] as RowEntry[]).push({ mark, placed: { span, index: j, side, start } });
      // Ends only grow, so a span that arrives slightly out of order can never overlap.
      reachEnd[row] = Math.max(reachEnd[row] as number, reach);
      markEnd[row] = Math.max(markEnd[row] as number, x1);
      continue;
    }
    // No row has room: merge with what crowds the last row into a cluster there.
    const lastRow = rows[last] as RowEntry[];
    const prev = lastRow.at(-1);
    let cluster: ClusterLayout;
    if (prev && "cluster" in prev) {
      cluster = prev.cluster;
    } else if (prev) {
      lastRow.pop();
      cluster = newCluster(prev.mark.x0, last, prev.placed.span);
      addToCluster(cluster, prep, prev.placed.index, prev.mark.x1, o);
      lastRow.push({ cluster });
    } else {
      cluster = newCluster(x0, last, span);
      lastRow.push({ cluster });
    }
    addToCluster(cluster, prep, j, x1, o);
    markEnd[last] = Math.max(markEnd[last] as number, cluster.x1);
    reachEnd[last] = Math.max(reachEnd[last] as number, cluster.x1);
  }
  return rows;
}

/** Where an entry of a row begins: its label's start when the label is before it. */
function entryStart(entry: RowEntry): Px {
  return "mark" in entry ? entry.placed.start : entry.cluster.x0;
}

/**
 * Gives each mark of a row its label: in full on the side chosen while packing, or, where a mark
 * took a row with no room for the whole label, the longest start of it that fits on the side with
 * more room. `y` is the row's centre.
 */
function labelRow(entries: RowEntry[], width: Px, y: Px, o: LayoutOptions, titleEnd: Px): void {
  const { measure, labelGap, gap } = o;
  let prevEnd = titleEnd;
  entries.forEach((entry, i) => {
    if (!("mark" in entry)) {
      prevEnd = entry.cluster.x1;
      return;
    }
    const { mark, placed } = entry;
    const next = entries[i + 1];
    const title = shortText(placed.span.title);
    const { badge } = placed.span;
    // A note's badge follows the title: the title fits in what room the badge leaves.
    const extra = badgeRoom(badge, measure);
    const full = measure(title) + extra;
    const rightX = mark.x1 + labelGap;
    const rightRoom = Math.min(width, next === undefined ? width : entryStart(next) - gap) - rightX;
    const leftX = mark.x0 - labelGap;
    const leftRoom = leftX - Math.max(prevEnd + gap, 0);
    const insideX = Math.max(mark.x0, 0) + labelGap;
    const insideRoom = Math.min(mark.x1, width) - labelGap - insideX;
    let side = placed.side;
    // Estimates can be off: take the side the whole title fits on, else the roomier one.
    const fits = (s: Side) =>
      s === "inside" ? full <= insideRoom : s === "left" ? full <= leftRoom : full <= rightRoom;
    if (side === "any" || !fits(side)) {
      const candidates: Side[] =
        mark.kind === "bar" ? ["inside", "right", "left"] : ["right", "left"];
      const whole = candidates.find(fits);
      if (whole) side = whole;
      else if (mark.kind === "bar" && insideRoom > Math.max(leftRoom, rightRoom)) side = "inside";
      else side = leftRoom > rightRoom ? "left" : "right";
    }
    const room = side === "inside" ? insideRoom : side === "left" ? leftRoom : rightRoom;
    const fitted = fitLabel(title, room - extra, measure, o.minLabel);
    if (fitted === null) {
      mark.label = null;
      prevEnd = mark.x1;
      return;
    }
    const ellipsis = fitted.truncated ? measure(ELLIPSIS) : 0;
    const textWidth = measure(fitted.text);
    // Before its mark, the title ends where the badge (between them) begins.
    const leftEnd = leftX - extra;
    const x = side === "left" ? leftEnd - ellipsis : side === "inside" ? insideX : rightX;
    const x0 = side === "left" ? leftEnd - textWidth - ellipsis : x;
    const badgeX0 = x0 + textWidth + ellipsis + BADGE_GAP;
    const label: LabelLayout = {
      x,
      y,
      anchor: side === "left" ? "end" : "start",
      lines: [fitted.text],
      width: textWidth + ellipsis + extra,
      x0,
      x1: x0 + textWidth + ellipsis + extra,
      y0: y - o.rowHeight / 2,
      y1: y + o.rowHeight / 2,
      lineHeight: o.rowHeight,
      truncated: fitted.truncated,
      ellipsisX: fitted.truncated ? (side === "left" ? x : x + textWidth) : null,
      inside: side === "inside",
      ...(badge && {
        badge: {
          kind: badge,
          text: badgeText(badge),
          x0: badgeX0,
          x1: badgeX0 + extra - BADGE_GAP,
          y,
        },
      }),
    };
    mark.label = label;
    prevEnd = side === "right" ? rightX + textWidth + ellipsis + extra : mark.x1;
  });
}

/** The lanes laid out for a frame, stacked from `top`: each as tall as its rows. */
export interface LanesLayout {
  lanes: LaneLayout[];
  /** Where the last lane ends. */
  bottom: Px;
}

/**
 * Lays out the lanes for the scale's window: marks stacked into at most `maxRows` rows, each
 * title in full wherever the row has room for it on either side of its mark, crowded marks
 * merged into clusters, everything off screen left out, and each lane as tall as the rows it
 * uses. The per-frame path: binary search finds what is in view, and nothing else is touched.
 */
export function layoutLanes(
  prepared: PreparedSpans,
  scale: TimeScale,
  top: Px,
  o: LayoutOptions,
): LanesLayout {
  const usable = scale.k > 0;
  // Marks reach past their instants by at most this much (open bars, point radius).
  const margin = usable ? (Math.max(o.openReach, o.pointRadius) + 1) / scale.k : 0;
  const lanes: LaneLayout[] = [];
  let y = top;
  const grouped = prepared.lanes.some((lane) => lane.group !== null);
  for (const prep of prepared.lanes) {
    const text = laneName(prep, grouped);
    const x = titleX(prep.group);
    const titleEnd = x + o.measure(text) + 2 * o.gap;
    const rows = usable
      ? packLane(
          prep,
          lowerBound(prep.maxRight, scale.window.start - margin),
          lowerBound(prep.left, scale.window.end + margin),
          scale,
          titleEnd,
          o,
        )
      : [];
    let used = 1;
    rows.forEach((row, i) => {
      if (row.length > 0) used = Math.max(used, i + 1);
    });
    const height = used * o.rowHeight + 2 * o.lanePadding;
    const rowY = (row: number) => y + o.lanePadding + row * o.rowHeight + o.rowHeight / 2;
    const lane: LaneLayout = {
      key: prep.key,
      group: prep.group,
      type: prep.type,
      count: prep.spans.length,
      y,
      height,
      rows: used,
      title: { x, y: rowY(0), text, end: titleEnd },
      marks: [],
      clusters: [],
    };
    rows.forEach((row, i) => {
      const centre = rowY(i);
      labelRow(row, scale.length, centre, o, i === 0 ? titleEnd : Number.NEGATIVE_INFINITY);
      for (const entry of row) {
        if ("mark" in entry) {
          const { mark } = entry;
          const half = mark.kind === "point" ? o.pointRadius : o.barHeight / 2;
          mark.y0 = centre - half;
          mark.y1 = centre + half;
          lane.marks.push(mark);
        } else {
          const { cluster } = entry;
          cluster.y0 = centre - o.barHeight / 2 - 2;
          cluster.y1 = centre + o.barHeight / 2 + 2;
          // Drawn within the chart, so its count stands where it can be read.
          cluster.x0 = Math.max(cluster.x0, -2);
          cluster.x1 = Math.min(cluster.x1, scale.length + 2);
          lane.clusters.push(cluster);
        }
      }
    });
    lanes.push(lane);
    y += height;
  }
  return { lanes, bottom: y };
}
