import type { Box } from "../../timeline/hitArea.ts";

/** An SVG rect's place and size for a box, grown by `pad` on every side. */
export function rectOf(box: Box, pad = 0) {
  return {
    x: box.x0 - pad,
    y: box.y0 - pad,
    width: box.x1 - box.x0 + 2 * pad,
    height: box.y1 - box.y0 + 2 * pad,
  };
}
