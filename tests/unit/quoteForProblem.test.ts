import { describe, expect, it } from "vitest";
import { quoteForProblem } from "../../src/data/quoteForProblem.ts";

describe("quoteForProblem(value) quotes a value in a problem message", () => {
  it.each([
    ["a short value whole", "rumour", '"rumour"'],
    ["quotes inside it escaped", 'say "hi"', '"say \\"hi\\""'],
    ["80 characters whole", "x".repeat(80), `"${"x".repeat(80)}"`],
    ["81 characters clipped to 80", `${"x".repeat(80)}y`, `"${"x".repeat(80)}…"`],
  ])("%s", (_, value, quoted) => {
    expect(quoteForProblem(value)).toBe(quoted);
  });
});
