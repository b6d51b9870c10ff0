import { EVENT_TYPES, type EventType } from "./vocabulary.ts";

/**
 * Counts events per type as a loop goes, in a map: a type read from JSON is not yet a property
 * name, so `counts[type] += 1` would cost a slow lookup per event on a large dataset.
 */
export function typeTally() {
  const counts = new Map<string, number>();
  return {
    add(type: EventType): void {
      counts.set(type, (counts.get(type) ?? 0) + 1);
    },
    /** Every type a key, 0 for those never added. */
    counts(): Record<EventType, number> {
      return Object.fromEntries(EVENT_TYPES.map((type) => [type, counts.get(type) ?? 0])) as Record<
        EventType,
        number
      >;
    },
  };
}
