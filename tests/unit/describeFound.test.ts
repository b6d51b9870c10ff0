import { describe, expect, it } from "vitest";
import { describeFound } from "../../src/data/describeFound.ts";

const fields = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, i]));

describe("describeFound(value) says in a few words what a JSON value is", () => {
  it.each([
    ["null", null, "null"],
    ["an empty list", [], "an empty list"],
    ["a list", [1, 2], "a list of 2 items"],
    ["an empty object", {}, "an empty object"],
    [
      "an object of five fields, all named",
      fields(5),
      'an object with the fields "f0", "f1", "f2", "f3", "f4"',
    ],
    [
      "an object of six fields, five named",
      fields(6),
      'an object with the fields "f0", "f1", "f2", "f3", "f4" and 1 more',
    ],
    [
      "a field's name clipped to 40 characters",
      { [`${"k".repeat(40)}tail`]: 1 },
      `an object with the fields "${"k".repeat(40)}"`,
    ],
    ["a text of 40 characters whole", "t".repeat(40), `the text "${"t".repeat(40)}"`],
    ["a longer text clipped to 40", `${"t".repeat(40)}u`, `the text "${"t".repeat(40)}…"`],
    ["a number", 3, "the number 3"],
    ["a boolean", false, "the boolean false"],
  ])("%s", (_, value, words) => {
    expect(describeFound(value)).toBe(words);
  });
});
