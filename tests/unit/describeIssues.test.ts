import { describe, expect, it } from "vitest";
import { describeIssues, formatIssuePath } from "../../src/data/describeIssues.ts";

describe("formatIssuePath(path) writes a JSON path", () => {
  it.each([
    [[], "(top level)"],
    [["title"], "title"],
    [["events", 3, "date", "start"], "events[3].date.start"],
    [[0, "id"], "[0].id"],
  ])("%j → %s", (path, text) => {
    expect(formatIssuePath(path)).toBe(text);
  });
});

describe("describeIssues(issues, limit)", () => {
  it("writes one line per issue and counts the ones past the limit", () => {
    const issues = [1, 2, 3].map((i) => ({ path: ["events", i], message: `bad ${i}` }));
    expect(describeIssues(issues, 2)).toEqual([
      "events[1]: bad 1",
      "events[2]: bad 2",
      "…and 1 more",
    ]);
  });
});
