import { useSyncExternalStore } from "react";

/** How much of a download has arrived; `total` is null when the server does not say. */
export interface LoadProgress {
  loaded: number;
  total: number | null;
}

const progress = new Map<string, LoadProgress>();
const listeners = new Set<() => void>();

/** Records how far the download of `url` has got (null when it is over). */
export function reportProgress(url: string, value: LoadProgress | null): void {
  if (value === null) progress.delete(url);
  else progress.set(url, value);
  for (const listener of listeners) listener();
}

/** Calls `listener` on every report; returns the unsubscribe. */
export function subscribeToProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How far the download of `url` has got; null when nothing is reported. */
export function readProgress(url: string): LoadProgress | null {
  return progress.get(url) ?? null;
}

/** The download progress of `url`, re-rendering as it moves; null when nothing is reported. */
export function useLoadProgress(url: string): LoadProgress | null {
  return useSyncExternalStore(
    subscribeToProgress,
    () => readProgress(url),
    () => null,
  );
}
