import { useEffect, useMemo, useRef, useState } from "react";
import type { Person, TimelineEvent } from "../data/schema.ts";
import { buildSearchIndex } from "../state/filterEvents.ts";

const EMPTY: ReadonlyMap<string, string> = new Map();
/** Events indexed per step of background work: small enough never to make a long task. */
const SLICE = 1000;

/** Runs `work` when the browser is idle (a timer where it cannot say); returns a cancel. */
function whenIdle(work: (hasTime: () => boolean) => void): () => void {
  if (typeof requestIdleCallback === "function") {
    // At most a few milliseconds at a time, however idle: a frame may be wanted any moment.
    const id = requestIdleCallback((deadline) => {
      const stop = performance.now() + 8;
      work(() => deadline.timeRemaining() > 2 && performance.now() < stop);
    });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => work(() => false), 0);
  return () => clearTimeout(id);
}

/** An index being built for one list of events: the first `next` are in. */
interface Progress {
  events: readonly TimelineEvent[];
  people: ReadonlyMap<string, Person>;
  index: Map<string, string>;
  next: number;
}

/** Indexes events from `progress.next` on, a slice at a time, while `hasTime()`. */
function advance(progress: Progress, hasTime: () => boolean): boolean {
  const { events, people, index } = progress;
  do {
    const end = Math.min(progress.next + SLICE, events.length);
    for (const [id, text] of buildSearchIndex(events.slice(progress.next, end), people))
      index.set(id, text);
    progress.next = end;
  } while (progress.next < events.length && hasTime());
  return progress.next >= events.length;
}

/**
 * The search index, built once per dataset in small slices while the browser is idle after the
 * first draw (so a large dataset appears without waiting for it, and zooming or panning meanwhile
 * keeps its frames). A search that needs it before then finishes what is left, at once.
 */
export function useSearchIndex(
  events: readonly TimelineEvent[],
  people: ReadonlyMap<string, Person>,
  needed: boolean,
): ReadonlyMap<string, string> {
  const progress = useRef<Progress | null>(null);
  const [built, setBuilt] = useState<Progress | null>(null);
  useEffect(() => {
    const current: Progress = { events, people, index: new Map(), next: 0 };
    progress.current = current;
    let cancel = () => {};
    const step = (hasTime: () => boolean) => {
      if (advance(current, hasTime)) setBuilt(current);
      else cancel = whenIdle(step);
    };
    const timer = setTimeout(() => {
      cancel = whenIdle(step);
    }, 200);
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, [events, people]);
  return useMemo(() => {
    if (built?.events === events && built.people === people) return built.index;
    if (!needed) return EMPTY;
    const partial = progress.current;
    if (partial?.events === events && partial.people === people) {
      advance(partial, () => true);
      return partial.index;
    }
    return buildSearchIndex(events, people);
  }, [built, events, people, needed]);
}
