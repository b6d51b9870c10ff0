import type { MeasureText, Px } from "./types.ts";

/** A label's text as drawn: the title, or its start when an ellipsis follows it. */
export interface FittedLabel {
  text: string;
  /** True when `text` is cut short and an ellipsis is drawn after it. */
  truncated: boolean;
}

/** Width of the ellipsis drawn after a cut label. */
export const ELLIPSIS = "…";

/**
 * The most characters of a text ever measured: far wider than any room on a screen, and a
 * measure of millions of characters (a hostile title) would take seconds.
 */
export const MEASURE_LIMIT = 1000;

/**
 * The title if it fits in `room`; else its longest start that fits with an ellipsis after it,
 * ending at a word's end where it can (the ellipsis is drawn apart, so the text stays part of the mark's name); or null when less
 * than `minWidth` of room is left (a stub of a word helps nobody).
 */
export function fitLabel(
  title: string,
  room: Px,
  measure: MeasureText,
  minWidth: Px,
): FittedLabel | null {
  if (!(room > 0)) return null;
  const whole = title.length <= MEASURE_LIMIT;
  if (whole && measure(title) <= room) return { text: title, truncated: false };
  if (room < minWidth) return null;
  let low = 0;
  let high = Math.min(title.length, MEASURE_LIMIT);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${title.slice(0, mid).trimEnd()}${ELLIPSIS}`) <= room) low = mid;
    else high = mid - 1;
  }
  // Never split a UTF-16 surrogate pair (`charAt` is "" before the start; a cut after the last
  // character only drops trailing white space).
  if (/[\uD800-\uDBFF]/.test(title.charAt(low - 1))) low -= 1;
  // Nor a word: end at the last whole one, as a stub ("ref…") is not a word of the mark's name.
  // The cut never falls just before a space (the cut after it, trimmed, is the same text and fits).
  const space = title.slice(0, low).search(/\s\S*$/);
  if (space > 0) low = space;
  const text = title.slice(0, low).trimEnd();
  return text === "" ? null : { text, truncated: true };
}
