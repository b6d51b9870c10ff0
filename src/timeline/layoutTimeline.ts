import type { EventType } from "../data/schema.ts";
import { sortNearlySorted } from "../lib/sortNearlySorted.ts";
import { type EventSpan, GROUP_PREFIX } from "./eventSpan.ts";
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
  /** Average character width, to estimate label lengths while packing rows. */
  charWidth: Px;
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
  /** Where its span stands in the list the lanes were prepared from. */
  at: number;
  type: EventType;
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
  /** How many events it merges. */
  count: number;
  /** The time the merged events cover, to zoom to. */
  extent: TimeWindow;
}

/**
 * One lane: every event of one type, or of one group (imported timelines). `type` is the lane's
 * type, or for a group the type its clusters are drawn in (the first event's).
 */
export interface LaneLayout {
  key: string;
  /** The group's name for a group lane; null for a type lane. */
  group: string | null;
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
  /** Its position in the prepared lane. */
  index: number;
  x0: Px;
  x1: Px;
  /** Where the mark and its full label end. */
  reach: Px;
}

type RowEntry = { mark: MarkLayout; placed: Placed } | { cluster: ClusterLayout };

/**
 * Grows a cluster by span `j` of the lane in place. Runs for every crowded span on every frame
 * (most of 100,000 at a coarse zoom): constant work from the flat arrays, nothing allocated.
 */
function addToCluster(
  cluster: ClusterLayout,
  prep: PreparedLane,
  j: number,
  x1: Px,
  o: LayoutOptions,
): void {
  cluster.count += 1;
  const first = prep.left[j] as number;
  const lastInstant = prep.right[j] as number;
  if (first < cluster.extent.start) cluster.extent.start = first;
  if (lastInstant > cluster.extent.end) cluster.extent.end = lastInstant;
  if (x1 > cluster.x1) cluster.x1 = x1;
  if (cluster.x0 + o.clusterMinWidth > cluster.x1) cluster.x1 = cluster.x0 + o.clusterMinWidth;
}

function newCluster(x0: Px, row: number, first: EventSpan): ClusterLayout {
  return {
    key: `cluster:${first.id}`,
    x0,
    x1: x0,
    row,
    count: 0,
    extent: { start: Number.POSITIVE_INFINITY, end: Number.NEGATIVE_INFINITY },
  };
}

/**
 * Stacks a lane's marks (spans `from` to `to` of the prepared lane, in order) into rows, keeping
 * room for labels where it can, and merges what no row can take into clusters in the last row.
 * Runs every frame over every span in view, so it allocates only for what is drawn.
 */
function packLane(
  prep: PreparedLane,
  from: number,
  to: number,
  scale: { start: number; k: number },
  width: Px,
  o: LayoutOptions,
): RowEntry[][] {
  const rows: RowEntry[][] = Array.from({ length: o.maxRows }, () => []);
  const reachEnd = new Float64Array(o.maxRows).fill(Number.NEGATIVE_INFINITY);
  const markEnd = new Float64Array(o.maxRows).fill(Number.NEGATIVE_INFINITY);
  const last = o.maxRows - 1;
  const { start: t0, k } = scale;
  const r = o.pointRadius;
  const { from: fromT, to: toT, shape, titleLength } = prep;
  for (let j = from; j < to; j++) {
    // Placement from flat arrays: this loop runs over every span in view, every frame.
    const kind = shape[j] as number;
    let x0 = ((fromT[j] as number) - t0) * k;
    let x1 = ((toT[j] as number) - t0) * k;
    if (kind === 0) {
      x0 -= r;
      x1 += r;
    } else {
      if (kind & 2) x0 -= o.openReach;
      if (kind & 4) x1 += o.openReach;
      if (x1 - x0 < 2 * r) {
        const mid = (x0 + x1) / 2;
        x0 = mid - r;
        x1 = mid + r;
      }
    }
    if (x1 < 0 || x0 > width) continue;
    // Packing only needs a label's rough length; exact widths are measured for drawn labels alone.
    const reach = x1 + 4 + (titleLength[j] as number) * o.charWidth;
    let row = -1;
    for (let r = 0; r < o.maxRows && row < 0; r++)
      if ((reachEnd[r] as number) + o.gap <= x0) row = r;
    for (let r = 0; r < o.maxRows && row < 0; r++)
      if ((markEnd[r] as number) + o.gap <= x0) row = r;
    if (row >= 0) {
      const span = prep.spans[j] as EventSpan;
      const mark: MarkLayout = {
        id: span.id,
        at: prep.at[j] as number,
        type: span.type,
        kind: span.kind === "point" ? "point" : "bar",
        x0,
        x1,
        row,
        openStart: span.kind === "bar" && span.start === null,
        openEnd: span.kind === "bar" && span.end === null,
        label: null,
      };
      rows[row]?.push({ mark, placed: { span, index: j, x0, x1, reach } });
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
      cluster = newCluster(x0, last, prep.spans[j] as EventSpan);
      lastRow.push({ cluster });
    }
    addToCluster(cluster, prep, j, x1, o);
    markEnd[last] = Math.max(markEnd[last] as number, cluster.x1);
    reachEnd[last] = Math.max(reachEnd[last] as number, cluster.x1);
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

/** One lane's spans, sorted once by where they start, with what culling needs. */
interface PreparedLane {
  key: string;
  group: string | null;
  type: EventType;
  spans: EventSpan[];
  /** Where each span stands in the list the lanes were prepared from. */
  at: Uint32Array;
  /** Earliest instant of each span (its start, else its end). */
  left: Float64Array;
  /** Running maximum of the latest instants, so a binary search finds the first visible span. */
  maxRight: Float64Array;
  /** Latest instant of each span (its end, else its start): a cluster's extent. */
  right: Float64Array;
  /** Per span, flat for the per-frame loop: the instants its mark's ends are drawn from… */
  from: Float64Array;
  to: Float64Array;
  /** …its shape (0 a point, 1 a bar; +2 open start, +4 open end) and its title's length. */
  shape: Uint8Array;
  titleLength: Uint16Array;
}

/** Spans grouped into lanes and indexed once, so each frame only touches what is in view. */
export interface PreparedSpans {
  lanes: PreparedLane[];
  undated: EventSpan[];
  /** Where each undated span stands in the list the lanes were prepared from. */
  undatedAt: number[];
}

const leftOf = (s: EventSpan) => (s.start ?? s.end) as number;

/** The per-span flat arrays of a lane of `n` spans, empty. */
function laneArrays(n: number) {
  return {
    left: new Float64Array(n),
    maxRight: new Float64Array(n),
    right: new Float64Array(n),
    from: new Float64Array(n),
    to: new Float64Array(n),
    shape: new Uint8Array(n),
    titleLength: new Uint16Array(n),
  };
}

/** A lane's flat arrays for its spans (in order), `at` giving where each stood in the input. */
function fillLane(
  key: string,
  group: string | null,
  type: EventType,
  list: EventSpan[],
  at: Uint32Array,
): PreparedLane {
  const n = list.length;
  const arrays = laneArrays(n);
  const { left, maxRight, right, from, to, shape, titleLength } = arrays;
  let running = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const span = list[i] as EventSpan;
    left[i] = leftOf(span);
    running = Math.max(running, (span.end ?? span.start) as number);
    maxRight[i] = running;
    right[i] = (span.end ?? span.at ?? span.start) as number;
    const point = span.kind === "point";
    from[i] = (point ? span.at : (span.start ?? span.end)) as number;
    to[i] = (point ? span.at : (span.end ?? span.start)) as number;
    shape[i] = point ? 0 : 1 + (span.start === null ? 2 : 0) + (span.end === null ? 4 : 0);
    titleLength[i] = Math.min(span.title.length, 65_535);
  }
  return { key, group, type, spans: list, at, ...arrays };
}

/**
 * Groups spans into lanes (types in `typeOrder`, then groups in the order they first appear) and
 * sorts each lane by start, spans that start together keeping the order they came in: done once
 * per data change.
 */
export function prepareSpans(
  spans: readonly EventSpan[],
  typeOrder: readonly EventType[],
): PreparedSpans {
  const byLane = new Map<string, number[]>();
  const undated: EventSpan[] = [];
  const undatedAt: number[] = [];
  // Read once here: sorting compares plain numbers, not spans scattered in memory.
  const lefts = new Float64Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as EventSpan;
    if (span.kind === "undated") {
      undated.push(span);
      undatedAt.push(i);
      continue;
    }
    lefts[i] = leftOf(span);
    const list = byLane.get(span.lane);
    if (list) list.push(i);
    else byLane.set(span.lane, [i]);
  }
  const lanes: PreparedLane[] = [];
  const keys = [
    ...typeOrder.filter((type) => byLane.has(type)),
    ...[...byLane.keys()].filter((key) => key.startsWith(GROUP_PREFIX)),
  ];
  // Spans that start together keep the order they came in (both sorts are stable): the index's
  // time order, then id, in which an open start stands at its last day, before what starts the
  // next day, where it begins to be drawn.
  const byLeft = (a: number, b: number) => (lefts[a] as number) - (lefts[b] as number);
  for (const key of keys) {
    const at = byLane.get(key);
    if (!at) continue;
    const group = key.startsWith(GROUP_PREFIX) ? key.slice(GROUP_PREFIX.length) : null;
    const type = group === null ? (key as EventType) : (spans[at[0] as number] as EventSpan).type;
    // Events arrive in time order, by their first possible day; an open start's bar begins
    // after its last day, a few places out of order: an insertion sort puts those right.
    sortNearlySorted(at, byLeft);
    const list = at.map((i) => spans[i] as EventSpan);
    lanes.push(fillLane(key, group, type, list, Uint32Array.from(at)));
  }
  return { lanes, undated, undatedAt };
}

/**
 * The instant each dated span of the lanes is centred on (`EventSpan.at`), lane after lane: the
 * drawn start of its mark (a point's centre, a bar's start, or an open start's end).
 */
export function laneInstants(prepared: PreparedSpans): Float64Array {
  let n = 0;
  for (const lane of prepared.lanes) n += lane.from.length;
  const out = new Float64Array(n);
  let offset = 0;
  for (const lane of prepared.lanes) {
    out.set(lane.from, offset);
    offset += lane.from.length;
  }
  return out;
}

/**
 * The lanes of `prepareSpans(subset)`, where `subset` keeps, in order, the spans of the prepared
 * list whose place `keep` marks: copied from the flat arrays, with no grouping, sorting or
 * reading of spans again. This is what a change of filters or a keystroke of a search costs.
 */
export function prepareSubset(all: PreparedSpans, keep: Uint8Array): PreparedSpans {
  const lanes: PreparedLane[] = [];
  /** Per lane kept, its first span in the subset's order: it orders group lanes and types them. */
  const firstAt: number[] = [];
  for (const lane of all.lanes) {
    let n = 0;
    for (let j = 0; j < lane.at.length; j++) n += keep[lane.at[j] as number] as number;
    if (n === 0) continue;
    const spans: EventSpan[] = new Array(n);
    const at = new Uint32Array(n);
    const arrays = laneArrays(n);
    const { left, maxRight, right, from, to, shape, titleLength } = arrays;
    let running = Number.NEGATIVE_INFINITY;
    let k = 0;
    let first = 0;
    for (let j = 0; j < lane.at.length; j++) {
      if (keep[lane.at[j] as number] === 0) continue;
      const span = lane.spans[j] as EventSpan;
      if (k > 0 && (lane.at[j] as number) < (at[first] as number)) first = k;
      spans[k] = span;
      at[k] = lane.at[j] as number;
      left[k] = lane.left[j] as number;
      running = Math.max(running, (span.end ?? span.start) as number);
      maxRight[k] = running;
      right[k] = lane.right[j] as number;
      from[k] = lane.from[j] as number;
      to[k] = lane.to[j] as number;
      shape[k] = lane.shape[j] as number;
      titleLength[k] = lane.titleLength[j] as number;
      k++;
    }
    // A group lane's clusters take the type of its first event, as prepareSpans does.
    const type = lane.group === null ? lane.type : (spans[first] as EventSpan).type;
    const { key, group } = lane;
    lanes.push({ key, group, type, spans, at, ...arrays });
    firstAt.push(at[first] as number);
  }
  // Type lanes keep their fixed order; group lanes follow in the order they first appear.
  const isGroup = (i: number) => (lanes[i] as PreparedLane).group !== null;
  const order = lanes
    .map((_, i) => i)
    .sort((a, b) => {
      if (isGroup(a) !== isGroup(b)) return isGroup(a) ? 1 : -1;
      return isGroup(a) ? (firstAt[a] as number) - (firstAt[b] as number) : a - b;
    });
  const undated: EventSpan[] = [];
  const undatedAt: number[] = [];
  all.undated.forEach((span, j) => {
    const i = all.undatedAt[j] as number;
    if (keep[i] === 0) return;
    undated.push(span);
    undatedAt.push(i);
  });
  return { lanes: order.map((i) => lanes[i] as PreparedLane), undated, undatedAt };
}

/** First index whose value is at least `t` in an ascending array. */
function lowerBound(values: Float64Array, t: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
  return layoutPrepared(prepareSpans(spans, o.typeOrder), window, width, o);
}

/** `layoutTimeline` for spans already prepared: the per-frame path, touching only what is in view. */
export function layoutPrepared(
  prepared: PreparedSpans,
  window: TimeWindow,
  width: Px,
  o: LayoutOptions,
): TimelineLayout {
  const usable = width > 0 && window.end > window.start;
  const k = usable ? width / (window.end - window.start) : 0;
  // Marks reach past their instants by at most this much (open bars, point radius).
  const margin = usable ? (Math.max(o.openReach, o.pointRadius) + 1) / k : 0;
  const laneHeight = o.laneHeader + o.maxRows * o.rowHeight;
  const lanes: LaneLayout[] = prepared.lanes.map((prep, i) => ({
    key: prep.key,
    group: prep.group,
    type: prep.type,
    count: prep.spans.length,
    y: i * laneHeight,
    height: laneHeight,
    marks: [],
    clusters: [],
  }));
  if (usable) {
    prepared.lanes.forEach((prep, i) => {
      const lane = lanes[i] as LaneLayout;
      const from = lowerBound(prep.maxRight, window.start - margin);
      const to = lowerBound(prep.left, window.end + margin);
      for (const row of packLane(prep, from, to, { start: window.start, k }, width, o)) {
        labelRow(row, width, o);
        for (const entry of row) {
          if ("mark" in entry) lane.marks.push(entry.mark);
          else lane.clusters.push(entry.cluster);
        }
      }
    });
  }
  return { lanes, undated: prepared.undated, height: lanes.length * laneHeight };
}
