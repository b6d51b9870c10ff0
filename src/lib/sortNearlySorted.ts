/** Element moves (per element) an insertion sort may make before a full sort takes over. */
const MOVES_PER_ITEM = 8;

/**
 * Sorts `items` in place by `compare`, cheaply when they are nearly in order: an insertion sort,
 * linear in the number of items and how far each is out of place. When that turns out to be far
 * (more than a few places per item on average), it hands over to the engine's sort, so a list in
 * no order at all costs what `Array.prototype.sort` costs.
 */
export function sortNearlySorted<T extends number[] | Uint32Array>(
  items: T,
  compare: (a: number, b: number) => number,
): T {
  let budget = items.length * MOVES_PER_ITEM;
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as number;
    let j = i - 1;
    while (j >= 0 && compare(items[j] as number, item) > 0) {
      items[j + 1] = items[j] as number;
      j--;
      if (--budget < 0) {
        items[j + 1] = item;
        return items.sort(compare) as T;
      }
    }
    items[j + 1] = item;
  }
  return items;
}
