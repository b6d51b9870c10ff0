import type { MeasureText, Px } from "./types.ts";

/**
 * The title if it fits in `room`, else its longest prefix that fits with an ellipsis, or null
 * when less than `minWidth` of room is left (a stub of a word helps nobody).
 */
export function fitLabel(
  title: string,
  room: Px,
  measure: MeasureText,
  minWidth: Px,
): string | null {
  if (!(room > 0)) return null;
  if (measure(title) <= room) return title;
  if (room < minWidth) return null;
  let low = 0;
  let high = title.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${title.slice(0, mid).trimEnd()}…`) <= room) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? null : `${title.slice(0, low).trimEnd()}…`;
}
