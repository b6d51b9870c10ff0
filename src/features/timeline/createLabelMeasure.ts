import { MEASURE_LIMIT } from "../../timeline/fitLabel.ts";
import type { MeasureText } from "../../timeline/types.ts";
import { LABEL_FONT } from "./timelineOptions.ts";

const APPROX_CHAR_WIDTH = 7;
const CACHE_LIMIT = 20_000;

/**
 * Measures text widths with a canvas in a font (the labels' by default), cached per text. Where
 * no canvas can measure (jsdom, a render at build time), or where the widths must be those of
 * such a render (`approximate`, while the browser hydrates it), uses an average character width.
 */
export function createLabelMeasure(
  font = LABEL_FONT,
  approxCharWidth = APPROX_CHAR_WIDTH,
  approximate = false,
): MeasureText {
  const cache = new Map<string, number>();
  let context: CanvasRenderingContext2D | null = null;
  if (!approximate && typeof document !== "undefined" && !/jsdom/i.test(navigator.userAgent)) {
    context = document.createElement("canvas").getContext("2d");
    if (context) context.font = font;
  }
  return (text) => {
    // Wider than any room: not measured (nor kept as a cache key), however long it is.
    if (text.length > MEASURE_LIMIT) return text.length * approxCharWidth;
    let width = cache.get(text);
    if (width === undefined) {
      // Cut titles try many starts: the cache is emptied now and then rather than grow for ever.
      if (cache.size >= CACHE_LIMIT) cache.clear();
      width = context ? context.measureText(text).width : text.length * approxCharWidth;
      cache.set(text, width);
    }
    return width;
  };
}
