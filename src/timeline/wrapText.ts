import { ELLIPSIS, MEASURE_LIMIT } from "./fitLabel.ts";
import type { MeasureText, Px } from "./types.ts";

/** The longest start of `word` (at least one character, never half a surrogate pair) within `width`. */
function fittingStart(word: string, width: Px, measure: MeasureText): number {
  let low = 1;
  let high = word.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(word.slice(0, mid)) <= width) low = mid;
    else high = mid - 1;
  }
  // The whole word never fits here (it is cut only when wider), so `low` is inside it.
  if (/[\uD800-\uDBFF]/.test(word.charAt(low - 1))) low = low > 1 ? low - 1 : 2;
  return low;
}

/**
 * A text broken into lines no wider than `width`, at spaces where it can be, inside a word only
 * when the word alone is wider. Every character is kept, in order: joined with spaces the lines
 * give the text back with its runs of white space as single spaces. Only the first
 * `MEASURE_LIMIT` characters are read: a longer text is cut there, with "…".
 */
export function wrapText(text: string, width: Px, measure: MeasureText): string[] {
  const read = text.length > MEASURE_LIMIT ? `${text.slice(0, MEASURE_LIMIT)}${ELLIPSIS}` : text;
  const words = read.split(/\s+/).filter((w) => w !== "");
  const lines: string[] = [];
  let line = "";
  for (let word of words) {
    const joined = line === "" ? word : `${line} ${word}`;
    if (measure(joined) <= width) {
      line = joined;
      continue;
    }
    if (line !== "") lines.push(line);
    while (measure(word) > width && word.length > 1) {
      const cut = fittingStart(word, width, measure);
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
  }
  if (line !== "") lines.push(line);
  return lines;
}
