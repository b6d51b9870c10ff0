import type { MeasureText } from "../../timeline/types.ts";
import { LABEL_FONT } from "./timelineOptions.ts";

const APPROX_CHAR_WIDTH = 7;

/**
 * Measures label widths with a canvas in the label font, cached per text. Where no canvas can
 * measure (jsdom), falls back to an average character width so layout still works.
 */
export function createLabelMeasure(): MeasureText {
  const cache = new Map<string, number>();
  let context: CanvasRenderingContext2D | null = null;
  if (typeof document !== "undefined" && !/jsdom/i.test(navigator.userAgent)) {
    context = document.createElement("canvas").getContext("2d");
    if (context) context.font = LABEL_FONT;
  }
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context ? context.measureText(text).width : text.length * APPROX_CHAR_WIDTH;
      cache.set(text, width);
    }
    return width;
  };
}
