import { describe, expect, it } from "vitest";
import { normalizeForMatching, normalizeQuote } from "../../src/pipeline/normalizeForMatching.ts";

describe("normalizeForMatching(text) folds quote marks and white space, mapping back", () => {
  it.each([
    ["company\u2019s", "company's"],
    ["\u201Cmass exodus\u201D", '"mass exodus"'],
    ["\u2018Linchpin\u2019", "'Linchpin'"],
    ["a  \n\n\tb", "a b"],
    ["no\u00A0break", "no break"],
    ["plain", "plain"],
  ])("%j → %j", (input, folded) => {
    expect(normalizeForMatching(input).text).toBe(folded);
  });

  it("maps each folded character to its index in the original", () => {
    const { text, origin } = normalizeForMatching("a \n b\u2019");
    expect(text).toBe("a b'");
    expect(origin).toEqual([0, 1, 4, 5]);
  });

  it("normalizeQuote also trims the typed quote", () => {
    expect(normalizeQuote("  \u201Chi\u201D \n")).toBe('"hi"');
  });
});
