import { useEffect, useMemo, useRef, useState } from "react";
import type { Person, Source, TimelineEvent } from "../data/datasetSchema.ts";
import { addToSearchIndex, buildSearchIndex, type SearchIndex } from "./searchIndex.ts";

const EMPTY: SearchIndex = [];
const NO_SOURCES: ReadonlyMap<string, Source> = new Map();
/** Events indexed between checks of the clock. */
const SLICE = 64;
/**
 * How long one step of background work may run: under the 50 ms of a long task, and long enough
 * that the index (and the garbage it makes) is done with before most readers' first gesture.
 */
const STEP_MS = 40;

/** The browser's task scheduler, where it has one (Chromium): it runs background work last. */
interface TaskScheduler {
  postTask(work: () => void, options: { priority: "background"; signal: AbortSignal }): unknown;
}

/**
 * Runs `work` as a background task of its own, after whatever is waiting (input, a frame, the
 * app's own work); returns a cancel.
 */
function soon(work: () => void, ms = 0): () => void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (ms === 0 && scheduler?.postTask) {
    const controller = new AbortController();
    const task = scheduler.postTask(work, { priority: "background", signal: controller.signal });
    (task as Promise<void>).catch(() => {}); // cancelled
    return () => controller.abort();
  }
  const id = setTimeout(work, ms);
  return () => clearTimeout(id);
}

/** An index being built for one list of events: the first `next` are in. */
interface Progress {
  events: readonly TimelineEvent[];
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
  index: string[];
  next: number;
}

/**
 * Indexes events for about `STEP_MS` (every one that is left if `all`); true once every one is
 * in. Bounded by the clock, not a count: a slow machine takes more steps, none of them long.
 */
function advance(progress: Progress, all = false): boolean {
  const { events, people, sources, index } = progress;
  const stop = performance.now() + STEP_MS;
  do {
    const end = Math.min(progress.next + SLICE, events.length);
    addToSearchIndex(index, events, people, progress.next, end, sources);
    progress.next = end;
  } while (progress.next < events.length && (all || performance.now() < stop));
  return progress.next >= events.length;
}

/**
 * The search index, built once per dataset in steps, each a task of its own, after the first
 * draw: a large dataset appears without waiting for it, and zooming or panning meanwhile
 * keeps its frames. A search that needs it before then finishes what is left, at once.
 */
export function useSearchIndex(
  events: readonly TimelineEvent[],
  people: ReadonlyMap<string, Person>,
  needed: boolean,
  /** The dataset's sources, so a search finds an event by the reports that date it. */
  sources: ReadonlyMap<string, Source> = NO_SOURCES,
): SearchIndex {
  const progress = useRef<Progress | null>(null);
  const [built, setBuilt] = useState<Progress | null>(null);
  useEffect(() => {
    const current: Progress = { events, people, sources, index: [], next: 0 };
    progress.current = current;
    const step = () => {
      if (advance(current)) setBuilt(current);
      else cancel = soon(step);
    };
    // Once the first frame is painted: after the next frame, a task.
    const frame = requestAnimationFrame(() => {
      cancel = soon(step);
    });
    let cancel = () => cancelAnimationFrame(frame);
    return () => cancel();
  }, [events, people, sources]);
  return useMemo(() => {
    const same = (p: Progress | null) =>
      p?.events === events && p.people === people && p.sources === sources;
    if (same(built) && built) return built.index;
    if (!needed) return EMPTY;
    const partial = progress.current;
    if (same(partial) && partial) {
      advance(partial, true);
      return partial.index;
    }
    return buildSearchIndex(events, people, sources);
  }, [built, events, people, sources, needed]);
}
