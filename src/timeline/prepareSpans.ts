import type { EventType } from "../data/datasetSchema.ts";
import { sortNearlySorted } from "../lib/sortNearlySorted.ts";
import { type EventSpan, GROUP_PREFIX } from "./eventSpan.ts";

/** One lane's spans, sorted once by where they start, with what culling needs. */
export interface PreparedLane {
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
  const keys = [...typeOrder, ...[...byLane.keys()].filter((key) => key.startsWith(GROUP_PREFIX))];
  // Spans that start together keep the order they came in (both sorts are stable): the index's
  // time order, then id, in which an open start stands at its last day, before what starts the
  // next day, where it begins to be drawn.
  const byLeft = (a: number, b: number) => (lefts[a] as number) - (lefts[b] as number);
  for (const key of keys) {
    const at = byLane.get(key);
    if (!at) continue;
    const group = key.startsWith(GROUP_PREFIX) ? key.slice(GROUP_PREFIX.length) : null;
    // A type lane's events all have its type; a group lane takes its first event's.
    const type = (spans[at[0] as number] as EventSpan).type;
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
    const spans: EventSpan[] = [];
    const at = new Uint32Array(n);
    const arrays = laneArrays(n);
    const { left, maxRight, right, from, to, shape, titleLength } = arrays;
    let running = Number.NEGATIVE_INFINITY;
    let k = 0;
    // The place of the lane's first event in the subset's order, and its type: a group lane's
    // clusters take it, as prepareSpans does (a type lane's events all have its type).
    let first = Number.POSITIVE_INFINITY;
    let type = lane.type;
    for (let j = 0; j < lane.at.length; j++) {
      const place = lane.at[j] as number;
      if (keep[place] === 0) continue;
      const span = lane.spans[j] as EventSpan;
      if (place < first) {
        first = place;
        type = span.type;
      }
      spans.push(span);
      at[k] = place;
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
    const { key, group } = lane;
    lanes.push({ key, group, type, spans, at, ...arrays });
    firstAt.push(first);
  }
  // Type lanes keep their fixed order, ahead of every group lane as in `all`; group lanes follow
  // in the order they first appear.
  const rank = (i: number) =>
    (lanes[i] as PreparedLane).group === null ? i : lanes.length + (firstAt[i] as number);
  const order = lanes.map((_, i) => i).sort((a, b) => rank(a) - rank(b));
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

/**
 * Every lane's spans in one lane, ordered by start (spans that start together in the order they
 * came in): the single track of the timeline down a phone. Done once per data change.
 */
export function prepareTrack(prepared: PreparedSpans): PreparedLane {
  const spans: EventSpan[] = [];
  const places: number[] = [];
  const lefts: number[] = [];
  for (const lane of prepared.lanes) {
    for (let j = 0; j < lane.spans.length; j++) {
      spans.push(lane.spans[j] as EventSpan);
      places.push(lane.at[j] as number);
      lefts.push(lane.left[j] as number);
    }
  }
  const order = spans.map((_, i) => i);
  order.sort(
    (a, b) =>
      (lefts[a] as number) - (lefts[b] as number) || (places[a] as number) - (places[b] as number),
  );
  const type = prepared.lanes[0]?.type ?? "other";
  return fillLane(
    "track",
    null,
    type,
    order.map((i) => spans[i] as EventSpan),
    Uint32Array.from(order, (i) => places[i] as number),
  );
}

/** First index whose value is at least `t` in an ascending array. */
export function lowerBound(values: Float64Array, t: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
