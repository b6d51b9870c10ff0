import { describe, expect, it } from "vitest";
import { textDirection } from "../../src/lib/textDirection.ts";

describe("textDirection(text) decides as dir=auto does, by the first letter", () => {
  it.each([
    ["OpenAI's board", "ltr"],
    ["استقال المدير", "rtl"],
    ["הדירקטוריון התפטר", "rtl"],
    ["2024: استقالة", "rtl"],
    ["«Sam» قال", "ltr"],
    ["— قال Sam", "rtl"],
    ["東京で", "ltr"],
    ["2024 — 2025", "ltr"],
    ["", "ltr"],
  ] as const)("%j runs %s", (text, direction) => {
    expect(textDirection(text)).toBe(direction);
  });
});
