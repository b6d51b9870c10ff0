import { describe, expect, it } from "vitest";
import { repeatedIds } from "../../src/lib/repeatedIds.ts";

const ids = (list: string) => list.split(" ").filter(Boolean);

describe("repeatedIds(items, idOf) finds each id used again, naming the first use (the one kept)", () => {
  it.each([
    ["no items", "", []],
    ["every id new", "a b c", []],
    ["one repeat", "a b a", [{ at: 2, first: 0 }]],
    ["a repeat right after its first", "a a b", [{ at: 1, first: 0 }]],
    [
      "three uses: both repeats name the first",
      "a b a c a",
      [
        { at: 2, first: 0 },
        { at: 4, first: 0 },
      ],
    ],
    [
      "two ids repeated, in the order the repeats stand",
      "a b b a c",
      [
        { at: 2, first: 1 },
        { at: 3, first: 0 },
      ],
    ],
    ["ids differ in case", "a A", []],
  ])("%s", (_, list, repeats) => {
    expect(repeatedIds(ids(list), (id) => id)).toEqual(repeats);
  });

  it("reads the id with idOf", () => {
    const people = [{ id: "p", name: "Ann" }, { id: "q" }, { id: "p", name: "Bob" }];
    expect(repeatedIds(people, (p) => p.id)).toEqual([{ at: 2, first: 0 }]);
  });
});
