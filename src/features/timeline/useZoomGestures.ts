import { type RefObject, useEffect, useRef } from "react";
import type { Orientation } from "../../timeline/modelTypes.ts";
import type { TimeWindow } from "../../timeline/types.ts";
import { panBy, sameWindow, type ZoomBounds, zoomAround } from "../../timeline/zoomWindow.ts";

interface GestureOptions {
  windowRef: RefObject<TimeWindow>;
  bounds: ZoomBounds | null;
  setWindow: (window: TimeWindow) => void;
  /** Which way time runs: across the element, or down it. */
  orientation: Orientation;
  /**
   * Where the time axis lies inside the element's border (the frame's scale): where it starts
   * and how long it is. Without it, the whole element.
   */
  plot?: { origin: number; length: number };
}

/** Movement (px) past which a press is a drag, not a click. */
const DRAG_THRESHOLD = 4;

/**
 * Wheel and trackpad pinch zoom around the pointer, horizontal wheel and drag pan, touch pinch
 * and drag, double-click zoom in. Down a phone (time running down) the wheel and a drag scroll
 * through time and a pinch or Ctrl+wheel zooms. Listens natively: the wheel must be able to
 * prevent scrolling.
 */
export function useZoomGestures(ref: RefObject<HTMLElement | null>, options: GestureOptions) {
  const opts = useRef(options);
  opts.current = options;

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const pointers = new Map<number, { x: number; y: number }>();
    let downAt: { x: number; y: number } | null = null;
    let dragged = false;
    let lastPinch: { distance: number; mid: { x: number; y: number } } | null = null;

    // Input can come faster than frames: gather it and draw once per frame.
    let pending: TimeWindow | null = null;
    let frame = 0;
    const current = () => pending ?? opts.current.windowRef.current;
    const apply = (w: TimeWindow) => {
      pending = w;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        box = null;
        inner = null;
        const next = pending;
        pending = null;
        if (next) opts.current.setWindow(next);
      });
    };

    // Measured at most once a frame: reading layout after each change would force a reflow.
    let box: DOMRect | null = null;
    let inner: { from: number; size: number } | null = null;
    const down = () => opts.current.orientation === "vertical";
    // The time axis runs along the element: where it starts on the page, and its length. A pixel
    // of drag is a pixel of the plot (down a phone, the track inside its padding and the border),
    // not of the element, so what is under the finger stays under it.
    const geometry = () => {
      box ??= element.getBoundingClientRect();
      // Inside the border: where it starts, and how long it is.
      inner ??= down()
        ? { from: box.top + element.clientTop, size: element.clientHeight }
        : { from: box.left + element.clientLeft, size: element.clientWidth };
      const w = current();
      const { plot } = opts.current;
      const start = inner.from + (plot?.origin ?? 0);
      const length = plot && plot.length > 0 ? plot.length : inner.size;
      const msPerPx = length > 0 ? (w.end - w.start) / length : 0;
      return { start, w, msPerPx };
    };
    const along = (p: { x: number; y: number }) => (down() ? p.y : p.x);
    const timeAt = (client: { x: number; y: number }) => {
      const { start, w, msPerPx } = geometry();
      return w.start + (along(client) - start) * msPerPx;
    };
    const zoom = (factor: number, client: { x: number; y: number }) => {
      const { bounds } = opts.current;
      if (bounds) apply(zoomAround(current(), factor, timeAt(client), bounds));
    };
    /** Pans by `dx` pixels; false when the window is already at that end (nothing moves). */
    const pan = (dx: number) => {
      const { bounds } = opts.current;
      if (!bounds) return false;
      const from = current();
      const next = panBy(from, dx * geometry().msPerPx, bounds);
      if (sameWindow(next, from)) return false;
      apply(next);
      return true;
    };

    const onWheel = (e: WheelEvent) => {
      if (!opts.current.bounds) return;
      const scale = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? element.clientWidth : 1;
      const dx = e.deltaX * scale;
      const dy = e.deltaY * scale;
      const at = { x: e.clientX, y: e.clientY };
      if (down() && !e.ctrlKey) {
        // Down a phone the wheel scrolls through time, as a page would; at either end of time
        // (and when all of it is in view) it scrolls the page instead.
        if (pan(Math.abs(dx) > Math.abs(dy) ? dx : dy)) e.preventDefault();
        return;
      }
      e.preventDefault();
      if (!e.ctrlKey && (Math.abs(dx) > Math.abs(dy) || e.shiftKey)) {
        pan(Math.abs(dx) > Math.abs(dy) ? dx : dy);
      } else {
        // ctrlKey marks a trackpad pinch: its deltas are small, so it zooms faster per unit.
        zoom(Math.exp(-dy * (e.ctrlKey ? 0.01 : 0.0015)), at);
      }
    };

    const onPointerDown = (e: PointerEvent) => {
      if (e.pointerType === "mouse" && e.button !== 0) return;
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (pointers.size === 1) {
        downAt = { x: e.clientX, y: e.clientY };
        dragged = false;
      }
      lastPinch = null;
    };
    const onPointerMove = (e: PointerEvent) => {
      const previous = pointers.get(e.pointerId);
      if (!previous) return;
      const current = { x: e.clientX, y: e.clientY };
      pointers.set(e.pointerId, current);
      if (pointers.size >= 2) {
        const [a, b] = [...pointers.values()] as [
          { x: number; y: number },
          { x: number; y: number },
        ];
        const distance = Math.hypot(a.x - b.x, a.y - b.y);
        const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        if (lastPinch && lastPinch.distance > 0) {
          pan(along(lastPinch.mid) - along(mid));
          zoom(distance / lastPinch.distance, mid);
        }
        lastPinch = { distance, mid };
        dragged = true;
        return;
      }
      if (!dragged && downAt && Math.abs(along(current) - along(downAt)) < DRAG_THRESHOLD) return;
      if (!dragged) {
        dragged = true;
        element.setPointerCapture?.(e.pointerId);
        element.classList.add("is-dragging");
      }
      pan(along(previous) - along(current));
    };
    const onPointerEnd = (e: PointerEvent) => {
      pointers.delete(e.pointerId);
      lastPinch = null;
      if (pointers.size === 0) {
        element.classList.remove("is-dragging");
        downAt = null;
      }
    };
    // A drag ends with a click on whatever is under the pointer; that click is not a selection.
    const onClickCapture = (e: MouseEvent) => {
      if (dragged) {
        e.stopPropagation();
        e.preventDefault();
        dragged = false;
      }
    };
    const onDoubleClick = (e: MouseEvent) => {
      if ((e.target as Element).closest("[data-event-id],[data-cluster]")) return;
      zoom(2, { x: e.clientX, y: e.clientY });
    };

    // One abort removes every listener when the element goes.
    const listening = new AbortController();
    const { signal } = listening;
    element.addEventListener("wheel", onWheel, { passive: false, signal });
    element.addEventListener("pointerdown", onPointerDown, { signal });
    element.addEventListener("pointermove", onPointerMove, { signal });
    element.addEventListener("pointerup", onPointerEnd, { signal });
    element.addEventListener("pointercancel", onPointerEnd, { signal });
    element.addEventListener("click", onClickCapture, { capture: true, signal });
    element.addEventListener("dblclick", onDoubleClick, { signal });
    return () => {
      cancelAnimationFrame(frame);
      listening.abort();
    };
  }, [ref]);
}
