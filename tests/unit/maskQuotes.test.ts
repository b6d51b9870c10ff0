import { describe, expect, it } from "vitest";
import { maskQuotes } from "../../src/suggest/maskQuotes.ts";

describe("maskQuotes(text) blanks what is quoted, keeping offsets", () => {
  it.each([
    [
      "a straight quote",
      '"We are not leaving," she said.',
      `${" ".repeat('"We are not leaving,"'.length)} she said.`,
    ],
    ["a curly quote", "“He says please,” she said of Tamm.", "                  she said of Tamm."],
    [
      "an opening mark whose close was cut off",
      'the firm "stays neutral',
      `the firm ${" ".repeat('"stays neutral'.length)}`,
    ],
    ["a closing mark whose opening was cut off", 'neutral," and denied', "          and denied"],
    ["no quote", "Jan Leike resigned.", "Jan Leike resigned."],
    [
      "not a quoted term",
      'The team is facing a "mass exodus" of staff.',
      'The team is facing a "mass exodus" of staff.',
    ],
  ])("%s", (_, text, masked) => {
    expect(maskQuotes(text)).toBe(masked);
    expect(maskQuotes(text)).toHaveLength(text.length);
  });
});
