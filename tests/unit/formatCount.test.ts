import { describe, expect, it } from "vitest";
import { formatCount } from "../../src/i18n/formatCount.ts";

describe("formatCount(n) writes a count as toLocaleString('en') does", () => {
  it.each([
    0, 7, 42, 999, 1000, 1234, 12_345, 100_000, 999_999, 1_000_000, 1_234_567_890, -1, -1234,
    -1_000_000,
  ])("%i", (n) => {
    expect(formatCount(n)).toBe(n.toLocaleString("en"));
  });
  it.each([
    [1.5, "1.5"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
  ])("leaves %s, which is not a count, as String() writes it", (n, text) => {
    expect(formatCount(n)).toBe(text);
  });
});

describe("formatCount(n, locale) writes a count in the interface language", () => {
  it.each([
    [1_234_567, "de", "1.234.567"],
    [1_234_567, "es", "1.234.567"],
    [1_234_567, "pt-BR", "1.234.567"],
    [1_234_567, "fr", "1\u202f234\u202f567"],
    [1_234_567, "ja", "1,234,567"],
    [1_234_567, "he", "1,234,567"],
    [1_234_567, "en", "1,234,567"],
  ])("%i in %s → %s", (n, locale, text) => {
    expect(formatCount(n, locale)).toBe(text);
  });
});
