import { TIME_RANGE } from "./timeRange.ts";
import { DAY_MS, type TimeMs, type TimeWindow } from "./types.ts";

/** Where the visible window may go: inside [min, max], no shorter than a day, no longer than all. */
export interface ZoomBounds {
  min: TimeMs;
  max: TimeMs;
  minSpan: TimeMs;
  maxSpan: TimeMs;
}

/**
 * Bounds around the events' extent, padded by 4% (at least a day) on each side, never past
 * `TIME_RANGE`: the padding of events near its ends stops there.
 */
export function zoomBounds(extent: TimeWindow): ZoomBounds {
  const pad = Math.max((extent.end - extent.start) * 0.04, DAY_MS);
  const clamp = (t: TimeMs, low: TimeMs, high: TimeMs) => Math.min(Math.max(t, low), high);
  // At least a day inside the range, even for an extent beyond it (a dataset not checked).
  const min = clamp(extent.start - pad, TIME_RANGE.start, TIME_RANGE.end - DAY_MS);
  const max = clamp(extent.end + pad, min + DAY_MS, TIME_RANGE.end);
  // `max` is at least a day past `min`, so a day always fits.
  return { min, max, minSpan: DAY_MS, maxSpan: max - min };
}

/**
 * Keeps a window within the bounds (inside `TIME_RANGE` when made by `zoomBounds`): its span
 * clamped, then shifted inside [min, max]. A window of no finite size fits the bounds whole.
 */
export function clampWindow(window: TimeWindow, bounds: ZoomBounds): TimeWindow {
  if (!(Number.isFinite(window.start) && Number.isFinite(window.end))) return fitWindow(bounds);
  const span = Math.min(bounds.maxSpan, Math.max(bounds.minSpan, window.end - window.start));
  let start = (window.start + window.end) / 2 - span / 2;
  if (start < bounds.min) start = bounds.min;
  if (start + span > bounds.max) start = bounds.max - span;
  return { start, end: start + span };
}

/** The whole period: the first view. */
export function fitWindow(bounds: ZoomBounds): TimeWindow {
  return { start: bounds.min, end: bounds.max };
}

/** Zooms by `factor` (> 1 zooms in) keeping `anchor` at the same place on screen. */
export function zoomAround(
  window: TimeWindow,
  factor: number,
  anchor: TimeMs,
  bounds: ZoomBounds,
): TimeWindow {
  const span = window.end - window.start;
  const next = Math.min(bounds.maxSpan, Math.max(bounds.minSpan, span / factor));
  const ratio = span > 0 ? (anchor - window.start) / span : 0.5;
  const start = anchor - ratio * next;
  return clampWindow({ start, end: start + next }, bounds);
}

/** Moves the window by `delta` milliseconds, stopping at the bounds. */
export function panBy(window: TimeWindow, delta: TimeMs, bounds: ZoomBounds): TimeWindow {
  return clampWindow({ start: window.start + delta, end: window.end + delta }, bounds);
}

/** A window of the given span centred on `t`, within the bounds. */
export function windowAround(t: TimeMs, span: TimeMs, bounds: ZoomBounds): TimeWindow {
  return clampWindow({ start: t - span / 2, end: t + span / 2 }, bounds);
}

/** The window a fraction `t` (0–1) of the way from `a` to `b`, for animation. */
export function interpolateWindow(a: TimeWindow, b: TimeWindow, t: number): TimeWindow {
  return { start: a.start + (b.start - a.start) * t, end: a.end + (b.end - a.end) * t };
}

/** True when two windows are the same to within a millisecond. */
export function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return Math.abs(a.start - b.start) < 1 && Math.abs(a.end - b.end) < 1;
}

/** A window widened by `fraction` of its span on each side (at least half a day): context around it. */
export function padWindow(window: TimeWindow, fraction = 0.25): TimeWindow {
  const pad = Math.max((window.end - window.start) * fraction, DAY_MS / 2);
  return { start: window.start - pad, end: window.end + pad };
}

/**
 * Where a zoom from the keyboard holds still: the event's instant, kept inside the window, when
 * the event is on screen; else the window's centre.
 */
export function zoomAnchor(
  event: { extent: TimeWindow | null; at: TimeMs | null } | null,
  window: TimeWindow,
): TimeMs {
  const extent = event?.extent ?? null;
  const at = event?.at ?? null;
  const onScreen = extent !== null && extent.end > window.start && extent.start < window.end;
  return onScreen && at !== null
    ? Math.min(Math.max(at, window.start), window.end)
    : (window.start + window.end) / 2;
}
