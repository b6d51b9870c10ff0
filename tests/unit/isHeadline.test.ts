import { describe, expect, it } from "vitest";
import { isHeadline } from "../../src/suggest/isHeadline.ts";

describe("isHeadline(text) tells a title-case headline from a sentence", () => {
  it.each([
    ["a title-case headline", "Read Next: Sutskever Who Quit OpenAI Likely To Join xAI", true],
    ["a short line of names", "Stavro Energy Hires Ann Lee", true],
    ["a sentence with two names", "Jan Leike resigned and Ilya Sutskever left on Tuesday.", false],
    ["fewer than four words", "Jan Leike Resigns", false],
    ["no words", "2024 — 3.5", false],
  ])("%s", (_, text, headline) => {
    expect(isHeadline(text)).toBe(headline);
  });
});
