import type { Px } from "./types.ts";

/** A label to stack along one axis: where it would like to start, and how tall it is. */
export interface DodgeItem {
  ideal: Px;
  size: Px;
}

/**
 * Stacks labels along one axis between `min` and `max` so none overlaps the next (`gap` apart),
 * each as near where it would like to be as the others allow: labels that would collide form a
 * block centred on where its members would like to be (the least total movement), and blocks
 * merge until none collides. `items` must be in order of `ideal`. Where all cannot fit, about as
 * many as fit (never more) are kept, chosen evenly through the list so they still cover the whole
 * axis. Returns each item's start, or NaN for one left out. O(n) after the caller's sort.
 */
export function dodgeLabels(items: readonly DodgeItem[], min: Px, max: Px, gap: Px): Float64Array {
  const n = items.length;
  const starts = new Float64Array(n).fill(Number.NaN);
  const room = max - min;
  if (!(room > 0)) return starts;
  // Which labels to keep: all when they fit, else an even choice of about as many as fit. The first
  // guess scales the count by the room; a guess that still overflows shrinks until one fits, but one
  // that leaves room to spare is not grown back, so an uneven mix of sizes can keep a label fewer.
  let total = -gap;
  for (const item of items) total += item.size + gap;
  let kept = Array.from({ length: n }, (_, i) => i);
  for (let want = n; total > room; ) {
    want = Math.max(0, Math.min(want - 1, Math.floor((want * room) / total)));
    kept = [];
    if (want === 0) break;
    let last = -1;
    for (let i = 0; i < n; i++) {
      const slot = Math.floor((i * want) / n);
      if (slot !== last) {
        kept.push(i);
        last = slot;
      }
    }
    total = -gap;
    for (const i of kept) total += (items[i] as DodgeItem).size + gap;
  }

  // Blocks of touching labels: first and last member, total size, and the sum of where each
  // member would put the block's start (its ideal less its offset in the block).
  const first: number[] = [];
  const last: number[] = [];
  const size: number[] = [];
  const wish: number[] = [];
  const count: number[] = [];
  const place = (b: number) =>
    Math.min(Math.max((wish[b] as number) / (count[b] as number), min), max - (size[b] as number));
  for (let m = 0; m < kept.length; m++) {
    const item = items[kept[m] as number] as DodgeItem;
    first.push(m);
    last.push(m);
    size.push(item.size);
    wish.push(item.ideal);
    count.push(1);
    // Merge with the block before while they collide.
    while (first.length > 1) {
      const b = first.length - 1;
      const a = b - 1;
      if (place(a) + (size[a] as number) + gap <= place(b)) break;
      const offset = (size[a] as number) + gap;
      size[a] = offset + (size[b] as number);
      wish[a] = (wish[a] as number) + (wish[b] as number) - offset * (count[b] as number);
      count[a] = (count[a] as number) + (count[b] as number);
      last[a] = last[b] as number;
      first.pop();
      last.pop();
      size.pop();
      wish.pop();
      count.pop();
    }
  }
  for (let b = 0; b < first.length; b++) {
    let at = place(b);
    for (let m = first[b] as number; m <= (last[b] as number); m++) {
      const i = kept[m] as number;
      starts[i] = at;
      at += (items[i] as DodgeItem).size + gap;
    }
  }
  return starts;
}
