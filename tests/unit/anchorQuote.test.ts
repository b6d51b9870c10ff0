import { describe, expect, it } from "vitest";
import { anchorQuote } from "../../src/pipeline/anchorQuote.ts";

const HEADER = "Sat, 18 May 2024 04:52:21 GMT\n\n";
const TEXT = `${HEADER}The company\u2019s board met.\n\nHe said \u201Cwe\nwill    see\u201D and left. The board met again.`;
const BODY = HEADER.length;
const FIRST = TEXT.indexOf("board met");
const SECOND = TEXT.lastIndexOf("board met");

describe("anchorQuote(text, annotation) finds the article's own words and their offsets", () => {
  it.each([
    ["straight apostrophe matches a curly one", "company's board", "company\u2019s board"],
    [
      "straight quotes and single spaces match curly quotes and a line break",
      'said "we will see"',
      "said \u201Cwe\nwill    see\u201D",
    ],
    ["surrounding white space in the annotation is ignored", "  left.  ", "left."],
  ])("%s", (_, quote, exact) => {
    const result = anchorQuote(TEXT, { quote }, BODY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.exact).toBe(exact);
    expect(TEXT.slice(result.data.start, result.data.end)).toBe(exact);
    expect(result.data.prefix).toBe(
      TEXT.slice(Math.max(0, result.data.start - 32), result.data.start),
    );
    expect(result.data.suffix).toBe(TEXT.slice(result.data.end, result.data.end + 32));
  });

  it("keeps at most 32 characters of context on each side", () => {
    const result = anchorQuote(TEXT, { quote: "left." }, BODY);
    expect(result.ok && result.data.prefix.length).toBe(32);
    expect(result.ok && result.data.suffix).toBe(" The board met again.");
  });

  it("does not look in the date line", () => {
    const result = anchorQuote(TEXT, { quote: "18 May 2024" }, BODY);
    expect(result.ok).toBe(false);
  });

  it("names the closest passage when the quote is not in the article", () => {
    expect(anchorQuote(TEXT, { quote: "The company's bored met." }, BODY)).toEqual({
      ok: false,
      reason:
        'the quote "The company\'s bored met." is not in the article; the closest passage (92% alike) is "The company\'s board met."',
    });
  });

  it("asks for context when the quote occurs more than once", () => {
    expect(anchorQuote(TEXT, { quote: "board met" }, BODY)).toEqual({
      ok: false,
      reason: `the quote "board met" occurs 2 times (at ${FIRST}, ${SECOND}); add a prefix or suffix to say which`,
    });
  });

  it.each([
    ["prefix", { prefix: "The" }, SECOND],
    ["prefix", { prefix: "company’s" }, FIRST],
    ["suffix", { suffix: "." }, FIRST],
    ["suffix", { suffix: "again" }, SECOND],
  ])("picks one occurrence by its %s %j", (_, hint, start) => {
    const result = anchorQuote(TEXT, { quote: "board met", ...hint }, BODY);
    expect(result.ok && result.data.start).toBe(start);
  });

  it("fails when the context matches no occurrence", () => {
    expect(anchorQuote(TEXT, { quote: "board met", prefix: "Their" }, BODY)).toEqual({
      ok: false,
      reason: "the quote occurs 2 time(s) but never with the given prefix/suffix context",
    });
  });
});
