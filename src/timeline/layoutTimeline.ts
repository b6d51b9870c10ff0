import { scaleUtc } from "d3-scale";
import type { EventType } from "../data/schema.ts";
import type { EventSpan } from "./eventSpan.ts";
import { fitLabel } from "./fitLabel.ts";
import type { MeasureText, Px, TimeWindow } from "./types.ts";

/** Sizes and rules for the layout; `measure` gives label widths as they will be drawn. */
export interface LayoutOptions {
  measure: MeasureText;
  typeOrder: readonly EventType[];
  /** Rows a lane stacks into before crowded marks merge into a cluster. */
  maxRows: number;
  rowHeight: Px;
  /** Space above a lane's rows for its name and count. */
  laneHeader: Px;
  pointRadius: Px;
  /** How far an open-ended bar reaches (fading) from its known end. */
  openReach: Px;
  /** Narrowest cluster mark, wide enough for its count. */
  clusterMinWidth: Px;
  /** Least space between two marks, or a mark and a label, in a row. */
  gap: Px;
  /** Shortest label worth drawing, truncated with an ellipsis. */
  minLabel: Px;
}

/** A title drawn beside (or inside) its mark; `text` may be truncated with an ellipsis. */
export interface LabelLayout {
  x: Px;
  text: string;
  inside: boolean;
}

/** One event drawn as a point or a bar in a row of its lane. */
export interface MarkLayout {
  id: string;
  kind: "point" | "bar";
  /** Extent of the drawn mark; for a point, its centre is `(x0 + x1) / 2`. */
  x0: Px;
  x1: Px;
  row: number;
  openStart: boolean;
  openEnd: boolean;
  label: LabelLayout | null;
}

/** Several crowded events merged into one mark with their count. */
export interface ClusterLayout {
  key: string;
  x0: Px;
  x1: Px;
  row: number;
  ids: string[];
  /** The time the merged events cover, to zoom to. */
  extent: TimeWindow;
}

/** One lane: every event of one type. */
export interface LaneLayout {
  type: EventType;
  count: number;
  y: Px;
  height: Px;
  marks: MarkLayout[];
  clusters: ClusterLayout[];
}

/** The render-ready timeline: lanes with pixel positions, and the events with no date. */
export interface TimelineLayout {
  lanes: LaneLayout[];
  undated: EventSpan[];
  height: Px;
}

interface Placed {
  span: EventSpan;
  x0: Px;
  x1: Px;
  /** Where the mark and its full label end. */
  reach: Px;
}

type RowEntry =
  | { mark: MarkLayout; placed: Placed }
  | { cluster: ClusterLayout; spans: EventSpan[] };

function placeSpan(span: EventSpan, x: (t: number) => Px, o: LayoutOptions): Placed {
  let x0: Px;
  let x1: Px;
  if (span.kind === "point") {
    const cx = x(span.at as number);
    x0 = cx - o.pointRadius;
    x1 = cx + o.pointRadius;
  } else {
    x0 = span.start === null ? x(span.end as number) - o.openReach : x(span.start);
    x1 = span.end === null ? x(span.start as number) + o.openReach : x(span.end);
    if (x1 - x0 < 2 * o.pointRadius) {
      const mid = (x0 + x1) / 2;
      x0 = mid - o.pointRadius;
      x1 = mid + o.pointRadius;
    }
  }
  return { span, x0, x1, reach: x1 + 4 + o.measure(span.title) };
}

function clusterOf(
  spans: EventSpan[],
  x0: Px,
  x1: Px,
  row: number,
  o: LayoutOptions,
): ClusterLayout {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const s of spans) {
    for (const t of [s.start, s.end, s.at]) {
      if (t !== null && t < start) start = t;
      if (t !== null && t > end) end = t;
    }
  }
  return {
    key: `cluster:${spans[0]?.id ?? ""}`,
    x0,
    x1: Math.max(x1, x0 + o.clusterMinWidth),
    row,
    ids: spans.map((s) => s.id),
    extent: { start, end },
  };
}

/** Stacks a lane's marks into rows, keeping room for labels where it can, clustering overflow. */
function packLane(placed: Placed[], o: LayoutOptions): RowEntry[][] {
  const rows: RowEntry[][] = Array.from({ length: o.maxRows }, () => []);
  const reachEnd = new Array<Px>(o.maxRows).fill(Number.NEGATIVE_INFINITY);
  const markEnd = new Array<Px>(o.maxRows).fill(Number.NEGATIVE_INFINITY);
  const last = o.maxRows - 1;
  for (const p of placed) {
    let row = reachEnd.findIndex((end) => end + o.gap <= p.x0);
    if (row < 0) row = markEnd.findIndex((end) => end + o.gap <= p.x0);
    if (row >= 0) {
      const mark: MarkLayout = {
        id: p.span.id,
        kind: p.span.kind === "point" ? "point" : "bar",
        x0: p.x0,
        x1: p.x1,
        row,
        openStart: p.span.kind === "bar" && p.span.start === null,
        openEnd: p.span.kind === "bar" && p.span.end === null,
        label: null,
      };
      rows[row]?.push({ mark, placed: p });
      reachEnd[row] = p.reach;
      markEnd[row] = p.x1;
      continue;
    }
    // No row has room: merge with what crowds the last row into a cluster there.
    const lastRow = rows[last] as RowEntry[];
    const prev = lastRow.pop();
    let spans = [p.span];
    let x0 = p.x0;
    let x1 = p.x1;
    if (prev && "cluster" in prev) {
      spans = [...prev.spans, p.span];
      x0 = prev.cluster.x0;
      x1 = Math.max(prev.cluster.x1, p.x1);
    } else if (prev) {
      spans = [prev.placed.span, p.span];
      x0 = prev.mark.x0;
      x1 = Math.max(prev.mark.x1, p.x1);
    }
    const cluster = clusterOf(spans, x0, x1, last, o);
    lastRow.push({ cluster, spans });
    markEnd[last] = cluster.x1;
    reachEnd[last] = cluster.x1;
  }
  return rows;
}

/** Gives each mark the longest label that fits before the next thing in its row. */
function labelRow(entries: RowEntry[], width: Px, o: LayoutOptions): void {
  entries.forEach((entry, i) => {
    if (!("mark" in entry)) return;
    const { mark, placed } = entry;
    const next = entries[i + 1];
    const nextX0 = next === undefined ? width : "mark" in next ? next.mark.x0 : next.cluster.x0;
    const title = placed.span.title;
    const full = o.measure(title);
    const outsideX = mark.x1 + 4;
    const outsideRoom = outsideX >= 0 ? Math.min(width, nextX0 - o.gap) - outsideX : 0;
    if (mark.kind === "bar") {
      const insideX = Math.max(mark.x0, 0) + 4;
      const insideRoom = Math.min(mark.x1, width) - 4 - insideX;
      if (full <= insideRoom || (full > outsideRoom && insideRoom > outsideRoom)) {
        const text = fitLabel(title, insideRoom, o.measure, o.minLabel);
        mark.label = text === null ? null : { x: insideX, text, inside: true };
        return;
      }
    }
    const text = fitLabel(title, outsideRoom, o.measure, o.minLabel);
    mark.label = text === null ? null : { x: outsideX, text, inside: false };
  });
}

/**
 * Lays the timeline out for a visible window and width: one lane per event type present (in
 * `typeOrder`), marks stacked into at most `maxRows` rows, titles where they fit, crowded marks
 * merged into clusters, and everything off screen left out. Undated events are returned apart.
 */
export function layoutTimeline(
  spans: readonly EventSpan[],
  window: TimeWindow,
  width: Px,
  o: LayoutOptions,
): TimelineLayout {
  const undated = spans.filter((s) => s.kind === "undated");
  const byType = new Map<EventType, EventSpan[]>();
  for (const span of spans) {
    if (span.kind === "undated") continue;
    const list = byType.get(span.type);
    if (list) list.push(span);
    else byType.set(span.type, [span]);
  }
  const usable = width > 0 && window.end > window.start;
  const scale = scaleUtc()
    .domain([window.start, window.end])
    .range([0, Math.max(width, 0)]);
  const x = (t: number) => scale(t);
  const laneHeight = o.laneHeader + o.maxRows * o.rowHeight;
  const lanes: LaneLayout[] = [];
  for (const type of o.typeOrder) {
    const list = byType.get(type);
    if (!list) continue;
    const lane: LaneLayout = {
      type,
      count: list.length,
      y: lanes.length * laneHeight,
      height: laneHeight,
      marks: [],
      clusters: [],
    };
    lanes.push(lane);
    if (!usable) continue;
    const placed = list
      .map((span) => placeSpan(span, x, o))
      .filter((p) => p.x1 >= 0 && p.x0 <= width)
      .sort((a, b) => a.x0 - b.x0 || (a.span.id < b.span.id ? -1 : 1));
    for (const row of packLane(placed, o)) {
      labelRow(row, width, o);
      for (const entry of row) {
        if ("mark" in entry) lane.marks.push(entry.mark);
        else lane.clusters.push(entry.cluster);
      }
    }
  }
  return { lanes, undated, height: lanes.length * laneHeight };
}
