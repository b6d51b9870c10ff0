import { describe, expect, it } from "vitest";
import { formatCount } from "../../src/lib/formatCount.ts";

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
