/** What a key press asks the app to do. */
export type KeyboardIntent =
  | "previous"
  | "next"
  | "first"
  | "last"
  | "open"
  | "close"
  | "zoomIn"
  | "zoomOut"
  | "fit"
  | "focusSearch";

/** The parts of a keyboard event that decide its intent; DOM and React events both fit. */
export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Where a key was pressed: on the focused timeline, or anywhere in the page. */
export type KeyScope = "timeline" | "global";

const TIMELINE_KEYS: ReadonlyMap<string, KeyboardIntent> = new Map([
  // Left and up go back in time, right and down forward: across the chart or down a phone.
  ["ArrowLeft", "previous"],
  ["ArrowRight", "next"],
  ["ArrowUp", "previous"],
  ["ArrowDown", "next"],
  ["Home", "first"],
  ["End", "last"],
  ["Enter", "open"],
  [" ", "open"],
  // "=" and "_" are the same keys as "+" and "-" without Shift on most layouts.
  ["+", "zoomIn"],
  ["=", "zoomIn"],
  ["-", "zoomOut"],
  ["_", "zoomOut"],
  ["0", "fit"],
]);

const GLOBAL_KEYS: ReadonlyMap<string, KeyboardIntent> = new Map([
  ["Escape", "close"],
  ["/", "focusSearch"],
]);

/** Maps a key press to an intent in a scope, or null when the key means nothing there. */
export function keyboardIntent(input: KeyInput, scope: KeyScope): KeyboardIntent | null {
  // Chords belong to the browser and the system (copy, find, history, zoom).
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  const keys = scope === "timeline" ? TIMELINE_KEYS : GLOBAL_KEYS;
  return keys.get(input.key) ?? null;
}

/**
 * The id that becomes active after a move through ids in time order. Moves stop at either
 * end; from no active id (or one not in ids) "next" and "first" start at the first id,
 * "previous" and "last" at the last.
 */
export function moveActive(
  ids: readonly string[],
  current: string | null,
  intent: "previous" | "next" | "first" | "last",
): string | null {
  if (ids.length === 0) return null;
  const lastIndex = ids.length - 1;
  const at = current === null ? -1 : ids.indexOf(current);
  if (intent === "first" || (at === -1 && intent === "next")) return ids[0] ?? null;
  if (intent === "last" || at === -1) return ids[lastIndex] ?? null;
  const to = intent === "next" ? Math.min(at + 1, lastIndex) : Math.max(at - 1, 0);
  return ids[to] ?? null;
}
