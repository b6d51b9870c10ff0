import { describe, expect, it } from "vitest";
import { sortNearlySorted } from "../../src/lib/sortNearlySorted.ts";

/** A seeded shuffle, so a failure can be replayed. */
function shuffled(n: number, seed: number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  let s = seed;
  for (let i = n - 1; i > 0; i--) {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as number, out[i] as number];
  }
  return out;
}

describe("sortNearlySorted(items, compare) sorts like Array.prototype.sort", () => {
  const ascending = (a: number, b: number) => a - b;
  it.each<[string, number[]]>([
    ["empty", []],
    ["one item", [5]],
    ["already sorted", [1, 2, 3, 4, 5]],
    ["one item late", [1, 2, 4, 5, 3]],
    ["one item early", [4, 1, 2, 3, 5]],
    ["neighbours swapped throughout", [2, 1, 4, 3, 6, 5, 8, 7]],
    [
      "reversed (past the budget: the full sort finishes)",
      Array.from({ length: 50 }, (_, i) => 50 - i),
    ],
    ["shuffled", shuffled(200, 7)],
    ["repeated values", [3, 1, 3, 2, 1, 3]],
  ])("%s", (_, input) => {
    const expected = [...input].sort(ascending);
    expect(sortNearlySorted([...input], ascending)).toEqual(expected);
    expect([...sortNearlySorted(Uint32Array.from(input), ascending)]).toEqual(expected);
  });

  it("keeps equal items in their order (it is stable where the engine's sort is)", () => {
    const keys = [2, 1, 2, 1, 2];
    const byKey = (a: number, b: number) => (keys[a] as number) - (keys[b] as number);
    expect(sortNearlySorted([0, 1, 2, 3, 4], byKey)).toEqual([1, 3, 0, 2, 4]);
  });

  it("sorts in place and gives back the same list", () => {
    const items = [3, 1, 2];
    expect(sortNearlySorted(items, (a, b) => a - b)).toBe(items);
    expect(items).toEqual([1, 2, 3]);
  });
});
