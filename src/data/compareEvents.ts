import { dayNumber } from "../dates/calendarDay.ts";

/** The fields that place an event in time order. */
interface Dated {
  id: string;
  date: { start: string | null; end: string | null };
}

/**
 * Time order: by earliest possible day (the latest, when only that is known), undated events
 * last, then by id. Calendar-day strings compare as text, so no time zone enters.
 */
export function compareEvents(a: Dated, b: Dated): number {
  const ka = a.date.start ?? a.date.end;
  const kb = b.date.start ?? b.date.end;
  if (ka !== kb) {
    if (ka === null) return 1;
    if (kb === null) return -1;
    // Four-digit years compare as text; negative or longer ones need their numbers. A day of ten
    // characters has a four-digit year: a negative year has at least four digits after its sign.
    if (ka.length === 10 && kb.length === 10) return ka < kb ? -1 : 1;
    return dayNumber(ka) - dayNumber(kb) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A day as a non-negative number in time order; undated after every day. The schema allows years
 * of up to six digits either side of 0 (about ±365 million days), and a key times `SLOTS` stays
 * below 2⁵³, where every whole number is exact.
 */
const DAY_OFFSET = 2 ** 29;
const UNDATED_KEY = 2 ** 30;
/** Events of one day sorted by insertion; more, by the engine's sort. */
const SHORT_RUN = 12;
/** Room for the event's position below the day key: 2²¹ events, twice the loader's limit. */
const SLOTS = 2 ** 21;

/**
 * The positions of `events` in `compareEvents` order. A dataset from the pipeline already is in
 * order, and costs one pass; otherwise days are sorted as numbers by the engine (no comparator
 * call per pair, which is what makes sorting a large dataset slow) and only events of the same
 * day compare ids. `dayOf(i)` may give the day number of event i's earliest day (null when undated) if the
 * caller already knows it.
 */
export function sortedOrder<T extends Dated>(
  events: readonly T[],
  dayOf: (i: number) => number | null = (i) => {
    const { date } = events[i] as T;
    const day = date.start ?? date.end;
    return day === null ? null : dayNumber(day);
  },
): Uint32Array {
  const n = events.length;
  const order = new Uint32Array(n);
  let sorted = true;
  for (let i = 1; i < n && sorted; i++)
    sorted = compareEvents(events[i - 1] as T, events[i] as T) <= 0;
  if (sorted || n >= SLOTS) {
    for (let i = 0; i < n; i++) order[i] = i;
    if (!sorted) order.sort((a, b) => compareEvents(events[a] as T, events[b] as T));
    return order;
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const day = dayOf(i);
    keys[i] = (day === null ? UNDATED_KEY : day + DAY_OFFSET) * SLOTS + i;
  }
  keys.sort();
  for (let i = 0; i < n; i++) order[i] = (keys[i] as number) % SLOTS;
  // Same day: order by id, in place; by insertion when the run is short, else by the engine's
  // sort (a burst of news puts hundreds of events on one day).
  const byId = (a: number, b: number) => {
    const ia = (events[a] as T).id;
    const ib = (events[b] as T).id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
  let from = 0;
  for (let i = 1; i <= n; i++) {
    if (
      i < n &&
      Math.floor((keys[i] as number) / SLOTS) === Math.floor((keys[from] as number) / SLOTS)
    )
      continue;
    if (i - from > SHORT_RUN) {
      order.subarray(from, i).sort(byId);
      from = i;
      continue;
    }
    for (let j = from + 1; j < i; j++) {
      const item = order[j] as number;
      const id = (events[item] as T).id;
      let k = j - 1;
      while (k >= from && (events[order[k] as number] as T).id > id) {
        order[k + 1] = order[k] as number;
        k--;
      }
      order[k + 1] = item;
    }
    from = i;
  }
  return order;
}
