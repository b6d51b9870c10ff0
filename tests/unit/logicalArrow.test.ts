import { describe, expect, it } from "vitest";
import { logicalArrow } from "../../src/lib/logicalArrow.ts";

describe("logicalArrow(key, direction)", () => {
  it.each([
    ["ArrowLeft", "ltr", "previous"],
    ["ArrowRight", "ltr", "next"],
    ["ArrowLeft", "rtl", "next"],
    ["ArrowRight", "rtl", "previous"],
    ["ArrowUp", "ltr", null],
    ["ArrowDown", "rtl", null],
    ["Home", "rtl", null],
    ["Enter", "ltr", null],
  ] as const)("%s in %s text steps to the %s item", (key, direction, step) => {
    expect(logicalArrow(key, direction)).toBe(step);
  });
});
