/** A span of text to highlight, named by `key` (an excerpt id, say). */
export interface HighlightRange {
  start: number;
  end: number;
  key: string;
}

/** A run of text covered by the same highlights, with their keys in the order given. */
export interface Segment {
  start: number;
  end: number;
  keys: string[];
}

interface Clipped {
  start: number;
  end: number;
  /** Position in the given ranges, which orders a segment's keys. */
  order: number;
}

function mergeAscending(left: readonly number[], right: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const a = left[i] as number;
    const b = right[j] as number;
    if (a < b) {
      merged.push(a);
      i++;
    } else {
      merged.push(b);
      j++;
    }
  }
  return merged.concat(left.slice(i), right.slice(j));
}

/**
 * Cuts [start, end) into consecutive non-empty segments at every highlight boundary inside it,
 * each listing the keys of the ranges covering it. Ranges are clipped to the span; empty ones
 * are ignored. Sweeps sorted boundaries rather than characters, so long texts stay cheap.
 */
export function segmentText(
  start: number,
  end: number,
  ranges: readonly HighlightRange[],
): Segment[] {
  if (!(start < end)) return [];
  const live: Clipped[] = [];
  ranges.forEach((range, order) => {
    const clipped = { start: Math.max(range.start, start), end: Math.min(range.end, end), order };
    if (clipped.start < clipped.end) live.push(clipped);
  });
  const byStart = [...live].sort((a, b) => a.start - b.start);
  const byEnd = [...live].sort((a, b) => a.end - b.end);
  const cuts = [start, end, ...live.map((range) => range.start), ...live.map((range) => range.end)];
  cuts.sort((a, b) => a - b);

  // Orders of the ranges covering the sweep, ascending so keys keep the given order. Each cut
  // drops closed ranges lazily and merges in the opened ones, so the work per segment is bounded
  // by its key count plus the ranges that start there, with no per-removal splicing.
  const covering = new Uint8Array(ranges.length);
  let active: number[] = [];
  const segments: Segment[] = [];
  let opened = 0;
  let closed = 0;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const at = cuts[k] as number;
    const next = cuts[k + 1] as number;
    if (at === next) continue;
    let ending = byEnd[closed];
    while (ending !== undefined && ending.end <= at) {
      covering[ending.order] = 0;
      ending = byEnd[++closed];
    }
    const opening: number[] = [];
    let starting = byStart[opened];
    while (starting !== undefined && starting.start <= at) {
      covering[starting.order] = 1;
      opening.push(starting.order);
      starting = byStart[++opened];
    }
    opening.sort((a, b) => a - b);
    active = mergeAscending(
      active.filter((order) => covering[order] === 1),
      opening,
    );
    segments.push({
      start: at,
      end: next,
      keys: active.map((order) => (ranges[order] as HighlightRange).key),
    });
  }
  return segments;
}
