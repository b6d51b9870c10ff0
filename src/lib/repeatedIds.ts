/** An item whose id an earlier item already has: its index, and the index of the first of that id. */
interface RepeatedId {
  at: number;
  first: number;
}

/**
 * Each item whose id an earlier item already has, in order, naming the first item of that id
 * (the one kept). Empty when every id is unique.
 */
export function repeatedIds<T>(items: readonly T[], idOf: (item: T) => string): RepeatedId[] {
  const seen = new Map<string, number>();
  // One lookup per item while every id is new (the map's size says whether it was): the common
  // case, for every item of every load.
  let i = 0;
  for (; i < items.length; i++) {
    const size = seen.size;
    seen.set(idOf(items[i] as T), i);
    if (seen.size === size) break;
  }
  const repeats: RepeatedId[] = [];
  if (i === items.length) return repeats;
  // That repeat overwrote its first's place: start again, looking each id up before keeping it.
  seen.clear();
  for (let j = 0; j < items.length; j++) {
    const id = idOf(items[j] as T);
    const first = seen.get(id);
    if (first === undefined) seen.set(id, j);
    else repeats.push({ at: j, first });
  }
  return repeats;
}
