import { describe, expect, it, vi } from "vitest";
import { applyRules, type ItemRule } from "../../src/data/itemRule.ts";
import type { LoadProblem } from "../../src/data/loadProblem.ts";

interface Item {
  id: string;
  tags: string[];
}

/** Tags must be lower case; a tag that is not is dropped. */
const lowerTags: ItemRule<Item, unknown> = {
  count: (item) => item.tags.length,
  fault: (item, i) => (item.tags[i] === item.tags[i]?.toLowerCase() ? null : "not lower case"),
  path: (i) => `.tags[${i}]`,
  outcome: "tag left out",
  mend: (item, faulty) => ({ ...item, tags: item.tags.filter((_, i) => !faulty.includes(i)) }),
};

/** An id must not be empty; an item without one is left out. */
const hasId: ItemRule<Item, unknown> = {
  count: () => 1,
  fault: (item) => (item.id === "" ? "empty" : null),
  path: () => ".id",
  outcome: "item left out",
};

const apply = (item: Item) => {
  const problems: LoadProblem[] = [];
  return { out: applyRules(item, [lowerTags, hasId], null, "items", 2, problems), problems };
};

describe("applyRules(item, rules, …) keeps, mends or leaves out an item, listing why", () => {
  it("gives an item that keeps every rule back as it is, with nothing listed", () => {
    const item = { id: "a", tags: ["x", "y"] };
    const { out, problems } = apply(item);
    expect(out).toBe(item);
    expect(problems).toEqual([]);
  });

  it("mends an item, listing each value it took out", () => {
    const { out, problems } = apply({ id: "a", tags: ["X", "y", "Z"] });
    expect(out).toEqual({ id: "a", tags: ["y"] });
    expect(problems).toEqual([
      { path: "items[2].tags[0]", reason: "not lower case; tag left out", item: { id: "a" } },
      { path: "items[2].tags[2]", reason: "not lower case; tag left out", item: { id: "a" } },
    ]);
  });

  it("leaves out an item a rule without a mend finds fault with", () => {
    const { out, problems } = apply({ id: "", tags: [] });
    expect(out).toBeNull();
    expect(problems).toEqual([
      { path: "items[2].id", reason: "empty; item left out", leftOut: true },
    ]);
  });

  it("asks about each value of an item that keeps every rule once", () => {
    const fault = vi.fn(lowerTags.fault);
    const item = { id: "a", tags: ["x", "y", "z"] };
    expect(applyRules(item, [{ ...lowerTags, fault }], null, "items", 0, [])).toBe(item);
    expect(fault).toHaveBeenCalledTimes(3);
  });
});
