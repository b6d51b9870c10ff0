/** The direction text runs in: left to right, or right to left (Arabic, Hebrew). */
export type TextDirection = "ltr" | "rtl";

/**
 * What a left or right arrow key means where it is pressed: the step to the item on that side.
 * In left-to-right text the item on the left comes before; in right-to-left text it comes after,
 * so ArrowLeft is "next". Other keys mean no step (null).
 */
export function logicalArrow(key: string, direction: TextDirection): "previous" | "next" | null {
  if (key !== "ArrowLeft" && key !== "ArrowRight") return null;
  const towardStart = direction === "rtl" ? "ArrowRight" : "ArrowLeft";
  return key === towardStart ? "previous" : "next";
}
