import { describe, expect, it } from "vitest";
import { wrapText } from "../../src/timeline/wrapText.ts";

const measure = (text: string) => text.length * 10;

describe("wrapText(text, width) breaks a title into lines no wider than the width", () => {
  it.each([
    ["fits on one line", "Jan Leike resigns", 200, ["Jan Leike resigns"]],
    ["breaks at spaces", "Jan Leike resigns", 100, ["Jan Leike", "resigns"]],
    ["one word a line", "Jan Leike resigns", 70, ["Jan", "Leike", "resigns"]],
    ["a word wider than the line is broken", "Kokotajlo warns", 50, ["Kokot", "ajlo", "warns"]],
    ["runs of white space count as one", "  a \n b\t c ", 200, ["a b c"]],
    ["nothing to wrap", "", 100, []],
    ["a surrogate pair is never split", "ab😀cd", 30, ["ab", "😀c", "d"]],
    ["a pair goes to the next line whole", "abc😀d", 40, ["abc", "😀d"]],
    ["a pair starting a word stays whole in too narrow a line", "😀abc", 10, ["😀", "a", "b", "c"]],
    ["a line exactly as wide as the width", "Jan Leike", 90, ["Jan Leike"]],
    ["a width below nothing still keeps every character, one a line", "ab", -10, ["a", "b"]],
  ])("%s", (_, text, width, lines) => {
    expect(wrapText(text, width, measure)).toEqual(lines);
  });

  it.each([40, 73, 120, 333])("at %ipx no line is wider and every word is kept", (width) => {
    const text =
      'Benzinga reports a "mass exodus" from OpenAI\'s safety team, with supercalifragilistic words';
    const lines = wrapText(text, width, measure);
    for (const line of lines) expect(measure(line) <= width || line.length === 1).toBe(true);
    expect(lines.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
  });
});
