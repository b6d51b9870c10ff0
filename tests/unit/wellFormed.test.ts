import { describe, expect, it } from "vitest";
import { describeInvisible, hasVisibleCharacter } from "../../src/lib/hasVisibleCharacter.ts";
import { loneSurrogateAt, wellFormed } from "../../src/lib/wellFormed.ts";

describe("wellFormed(text) replaces half characters, and keeps whole ones", () => {
  it.each([
    ["plain text", "Ann left", "Ann left", -1],
    ["a whole emoji", "a😀b", "a😀b", -1],
    ["a high surrogate alone at the end", "a\ud83d", "a\ufffd", 1],
    ["a low surrogate alone at the start", "\ude00b", "\ufffdb", 0],
    ["two halves the wrong way round", "\ude00\ud83d", "\ufffd\ufffd", 0],
  ])("%s", (_, text, whole, at) => {
    expect(wellFormed(text)).toBe(whole);
    expect(loneSurrogateAt(text)).toBe(at);
    expect(() => encodeURIComponent(wellFormed(text))).not.toThrow();
  });

  it("drops the halves when asked to", () => {
    expect(wellFormed("\ude00smile\ud83d", "")).toBe("smile");
  });
});

describe("hasVisibleCharacter(text) is false only for text that draws nothing", () => {
  it.each([
    ["", false],
    [" \t\n", false],
    ["\u00a0\u3000", false],
    ["\u200b\u200c\u200d", false],
    ["\u2060\ufeff", false],
    ["\u202a\u202b\u202c\u202d\u202e", false],
    ["\u2066\u2067\u2068\u2069", false],
    ["\u00ad\u034f\u180e", false],
    ["\ufe0f\u3164\u2800", false],
    ["\ud83d", false],
    ["a", true],
    ["\u200bA", true],
    ["😀", true],
    ["日本", true],
    ["\u0301", true],
  ])("%j → %s", (text, visible) => {
    expect(hasVisibleCharacter(text)).toBe(visible);
  });

  it.each([
    ["\u200b\u202e", "U+200B U+202E"],
    ["\ufeff", "U+FEFF"],
    ["\u200b".repeat(8), "U+200B U+200B U+200B U+200B U+200B U+200B …"],
  ])("describeInvisible(%j) → %s", (text, described) => {
    expect(describeInvisible(text)).toBe(described);
  });
});
