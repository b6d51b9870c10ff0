import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/suggest/splitSentences.ts";

describe("splitSentences(text, bodyStart) cuts the body into sentences", () => {
  it.each([
    [
      "after a full stop",
      "Jan Leike resigned. Ilya Sutskever left.",
      ["Jan Leike resigned.", "Ilya Sutskever left."],
    ],
    ["after ? and !", "Who quit? Jan Leike did! Wow.", ["Who quit?", "Jan Leike did!", "Wow."]],
    [
      "after a closing quote",
      "He said: “We are done.” Then he left.",
      ["He said: “We are done.”", "Then he left."],
    ],
    [
      "before a number",
      "Acme lost 3.5 billion. 2024 was hard.",
      ["Acme lost 3.5 billion.", "2024 was hard."],
    ],
    [
      "at a blank line, stop or not",
      "A headline without a stop\n\nThe body.",
      ["A headline without a stop", "The body."],
    ],
    // What must not split a sentence.
    [
      "not after Mr.",
      "Mr. Smith resigned on Tuesday. He said so.",
      ["Mr. Smith resigned on Tuesday.", "He said so."],
    ],
    [
      "not after U.S. or Inc.",
      "The U.S. regulator fined Acme Inc. Heavily.",
      ["The U.S. regulator fined Acme Inc. Heavily."],
    ],
    ["not before a small letter", "He left at 5 p.m. on Friday.", ["He left at 5 p.m. on Friday."]],
  ])("%s", (_, text, sentences) => {
    expect(splitSentences(text, 0).map((s) => s.text)).toEqual(sentences);
  });

  it("starts at the body and gives offsets into the whole text", () => {
    const text = "Sat, 18 May 2024 04:52:21 GMT\n\n  Leike resigned.   He left. ";
    const sentences = splitSentences(text, 31);
    expect(sentences.map((s) => s.text)).toEqual(["Leike resigned.", "He left."]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("gives nothing for an empty body", () => {
    expect(splitSentences("Sat, 18 May 2024 04:52:21 GMT\n\n", 31)).toEqual([]);
  });
});
