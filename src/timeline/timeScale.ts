import type { Px, TimeMs, TimeWindow } from "./types.ts";

/**
 * The frame's one time scale: the visible window laid along `length` pixels of the time axis
 * (across the chart, or down it on a phone). The axis, the marks, the eras and the overview's
 * brush all read it, so they cannot disagree.
 */
export interface TimeScale {
  window: TimeWindow;
  length: Px;
  /** Pixels per millisecond; 0 when the window or the length is empty. */
  k: number;
  /** Where an instant falls, from 0 at the window's start. */
  px: (t: TimeMs) => Px;
  /** The instant at a position. */
  time: (p: Px) => TimeMs;
}

/**
 * The scale of a window over a length: plain arithmetic on milliseconds since 1970 (UTC, never
 * the reader's time zone), with no `Date`, so it holds for years a `Date` cannot name. An empty
 * window puts every instant at the middle; an empty length maps every position to the window's.
 */
export function timeScale(window: TimeWindow, length: Px): TimeScale {
  const range = Math.max(length, 0);
  const span = window.end - window.start;
  const k = length > 0 && span > 0 ? length / span : 0;
  return {
    window,
    length,
    k,
    px: (t) => (span === 0 ? range / 2 : ((t - window.start) / span) * range),
    time: (p) => (range === 0 ? window.start + span / 2 : window.start + (p / range) * span),
  };
}
