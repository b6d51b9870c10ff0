import { describe, expect, it } from "vitest";
import type { LoadProblem } from "../../src/data/loadProblem.ts";
import { problemIn, problemItem, withItem } from "../../src/data/problemItem.ts";

describe("a problem names its item by what the item has, and by nothing it lacks", () => {
  it.each([
    ["a title and an id", { title: "T", id: "x" }, { title: "T", id: "x" }],
    ["a person's name", { name: "Ann" }, { title: "Ann" }],
    ["an id alone", { id: "x" }, { id: "x" }],
    ["neither", { description: "d" }, undefined],
    ["a title that shows nothing, and an id", { title: "\u200b\u202e", id: "x" }, { id: "x" }],
    ["a name that shows nothing", { name: "\ufeff " }, undefined],
  ])("%s", (_, raw, item) => {
    expect(problemItem(raw)).toStrictEqual(item);
    expect(problemIn(raw, "p", "r")).toStrictEqual(
      item === undefined ? { path: "p", reason: "r" } : { path: "p", reason: "r", item },
    );
  });

  it("withItem adds the item only when there is one", () => {
    const problems: LoadProblem[] = [{ path: "p", reason: "r" }];
    expect(withItem(problems, undefined)).toStrictEqual(problems);
    expect(withItem(problems, { id: "x" })).toStrictEqual([{ ...problems[0], item: { id: "x" } }]);
  });
});
