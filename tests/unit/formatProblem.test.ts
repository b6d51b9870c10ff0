import { describe, expect, it } from "vitest";
import { formatProblem, itemName, problemPlace } from "../../src/data/formatProblem.ts";
import type { LoadProblem } from "../../src/data/loadProblem.ts";
import { problemIn, problemItem } from "../../src/data/problemItem.ts";

const PATH = "events[8].start_date.day";

describe("problemPlace(problem) names the item beside its JSON path", () => {
  it.each([
    [
      { title: "Jan Leike resigns", id: "leike-resigns" },
      "“Jan Leike resigns” (leike-resigns) · events[8].start_date.day",
    ],
    [{ title: "Jan Leike resigns" }, "“Jan Leike resigns” · events[8].start_date.day"],
    [{ id: "leike-resigns" }, "leike-resigns · events[8].start_date.day"],
    [undefined, "events[8].start_date.day"],
    [
      { title: `${"A very long headline ".repeat(6)}end`, id: "long" },
      "“A very long headline A very long headline A very long headline A very long…” (long) · events[8].start_date.day",
    ],
  ])("%j → %s", (item, expected) => {
    const problem: LoadProblem = { path: PATH, reason: "r", ...(item ? { item } : {}) };
    expect(problemPlace(problem)).toBe(expected);
  });

  it("formatProblem puts the reason after the place", () => {
    expect(
      formatProblem({ path: PATH, reason: "day 31 is not a day of April", item: { id: "x" } }),
    ).toBe("x · events[8].start_date.day: day 31 is not a day of April");
    expect(itemName({ title: "T", id: "t" })).toBe("“T” (t)");
  });
});

describe("problemItem(raw) reads the title and id an item has, however broken", () => {
  it.each([
    [
      { id: "a", title: " A title ", type: 3 },
      { title: "A title", id: "a" },
    ],
    [
      { id: "kokotajlo", name: "Daniel Kokotajlo" },
      { title: "Daniel Kokotajlo", id: "kokotajlo" },
    ],
    [{ title: "No id" }, { title: "No id" }],
    [{ id: 42, title: ["x"] }, undefined],
    [{ id: "  ", title: "" }, undefined],
    ["a string", undefined],
    [null, undefined],
  ])("%j → %j", (raw, expected) => {
    expect(problemItem(raw)).toEqual(expected);
  });

  it("problemIn builds a problem that names it only when it can", () => {
    expect(problemIn({ id: "e" }, "events[0].x", "why")).toEqual({
      path: "events[0].x",
      reason: "why",
      item: { id: "e" },
    });
    expect(problemIn(7, "events[0]", "why")).toEqual({ path: "events[0]", reason: "why" });
  });
});
