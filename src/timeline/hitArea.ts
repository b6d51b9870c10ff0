import type { Px } from "./types.ts";

/** WCAG 2.2's smallest target (2.5.8), in CSS pixels. */
export const MIN_HIT: Px = 24;
/** The target a finger needs (a coarse pointer), in CSS pixels. */
export const TOUCH_HIT: Px = 44;

/** A box in chart pixels. */
export interface Box {
  x0: Px;
  x1: Px;
  y0: Px;
  y1: Px;
}

/** The box grown about its centre to at least `min` pixels each way (a larger box is kept). */
export function hitBox(box: Box, min: Px): Box {
  const grow = (a: Px, b: Px): [Px, Px] => {
    const extra = Math.max(0, min - (b - a)) / 2;
    return [a - extra, b + extra];
  };
  const [x0, x1] = grow(box.x0, box.x1);
  const [y0, y1] = grow(box.y0, box.y1);
  return { x0, x1, y0, y1 };
}

/** Whether a point lies in a box (edges included). */
export function holds(box: Box, x: Px, y: Px): boolean {
  return x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
}

/** The boxes whose hit areas (at least `min` px) hold the point, in the order given. */
export function hitsAt<T extends Box>(boxes: readonly T[], x: Px, y: Px, min: Px): T[] {
  return boxes.filter((box) => holds(hitBox(box, min), x, y));
}

/**
 * Where a handle's hit area runs along a strip `length` px long: `min` px about `at`, moved
 * inward at either end so all of it can be pressed.
 */
export function handleHit(at: Px, min: Px, length: Px): { from: Px; to: Px } {
  const size = Math.min(min, Math.max(length, 0));
  const from = Math.min(Math.max(at - size / 2, 0), Math.max(length - size, 0));
  return { from, to: from + size };
}

/** A mark's box and which of its sides runs along time. */
interface Mark extends Box {
  id: string;
}

/**
 * The marks a press at a point may mean: those whose hit areas hold it, less any long bar (at
 * least twice the hit size along `along`) when a smaller mark is there too, since a long bar can
 * be pressed anywhere else along its length. Two or more: the press is ambiguous.
 */
export function stackedAt<T extends Mark>(
  marks: readonly T[],
  x: Px,
  y: Px,
  min: Px,
  along: "x" | "y",
): T[] {
  const hits = hitsAt(marks, x, y, min);
  const long = (m: T) => (along === "x" ? m.x1 - m.x0 : m.y1 - m.y0) >= 2 * min;
  return hits.some((m) => !long(m)) ? hits.filter((m) => !long(m)) : hits;
}
