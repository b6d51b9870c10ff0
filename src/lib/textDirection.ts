import type { TextDirection } from "./logicalArrow.ts";

// Letters of the scripts written right to left (Unicode bidi classes R and AL).
const RIGHT_TO_LEFT =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;

/**
 * The direction of a text as `dir="auto"` decides it: that of its first letter (digits and
 * punctuation are neutral); left to right when it has none.
 */
export function textDirection(text: string): TextDirection {
  const first = /\p{L}/u.exec(text);
  return first !== null && RIGHT_TO_LEFT.test(first[0]) ? "rtl" : "ltr";
}
