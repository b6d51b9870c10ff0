import { describe, expect, it } from "vitest";
import { NO_GROUP } from "../../src/data/eventGroup.ts";
import { parseViewState, readViewState } from "../../src/state/parseViewState.ts";
import { serializeViewState } from "../../src/state/serializeViewState.ts";
import { DEFAULT_VIEW_STATE } from "../../src/state/viewState.ts";

describe("the group filter in the address", () => {
  it.each<[string, string[] | null, string]>([
    ["no filter writes nothing", null, ""],
    ["one group", ["Politics"], "?group=Politics"],
    ["one parameter per group, in order", ["Politics", "Economy"], "?group=Politics&group=Economy"],
    ["a name with commas, spaces and symbols", ["A, B & C/ü"], "?group=A%2C+B+%26+C%2F%C3%BC"],
    ["the events with no group", [NO_GROUP], "?ungrouped=1"],
    ["a group and the ungrouped", ["Politics", NO_GROUP], "?group=Politics&ungrouped=1"],
    ["no group shown", [], "?group="],
  ])("%s: %j ↔ %s", (_, groups, search) => {
    const state = { ...DEFAULT_VIEW_STATE, groups };
    expect(serializeViewState(state)).toBe(search);
    expect(parseViewState(search)).toEqual(state);
  });

  it.each<[string, string, string[] | null]>([
    ["names are trimmed", "?group=%20Politics%20", ["Politics"]],
    ["a name twice is one", "?group=A&group=A", ["A"]],
    ["empty names among others are dropped", "?group=&group=A", ["A"]],
    ["the ungrouped toggle goes last", "?ungrouped=1&group=A", ["A", NO_GROUP]],
    ["ungrouped is on only as 1", "?ungrouped=yes", null],
    ["a prototype key is a name like any other", "?group=__proto__", ["__proto__"]],
  ])("reads %s", (_, search, groups) => {
    const read = readViewState(search);
    expect(read.state.groups).toEqual(groups);
    // Which groups the timeline has is known only once it is open (see checkGroupFilter).
    expect(read.notices).toEqual([]);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it("keeps the other filters beside it", () => {
    const search = "?q=vote&types=report&group=Politics&corrections=1";
    const state = parseViewState(search);
    expect(state).toMatchObject({ query: "vote", types: ["report"], groups: ["Politics"] });
    expect(serializeViewState(state)).toBe("?q=vote&types=report&corrections=1&group=Politics");
  });
});
