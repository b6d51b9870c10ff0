import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../src/data/datasetSchema.ts";
import { eventGroup, groupKey, NO_GROUP } from "../../src/data/eventGroup.ts";
import type { IndexedDataset } from "../../src/data/indexDataset.ts";
import { listGroups } from "../../src/data/listGroups.ts";
import { countFacets } from "../../src/search/countFacets.ts";
import { countGroups } from "../../src/search/countGroups.ts";
import { countPeople } from "../../src/search/countPeople.ts";
import type { EventFilters } from "../../src/search/eventFilters.ts";
import { filterMask, keptEvents } from "../../src/search/filterMask.ts";
import { hasActiveFilters } from "../../src/search/hasActiveFilters.ts";
import { checkGroupFilter } from "../../src/state/checkGroupFilter.ts";
import { describeFilters } from "../../src/state/describeFilters.ts";
import { laneKey } from "../../src/timeline/eventSpan.ts";

function event(
  id: string,
  group: string | undefined,
  type: TimelineEvent["type"] = "other",
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  return {
    id,
    type,
    title: `Event ${id}`,
    summary: `Summary of ${id}`,
    people: [],
    excerpts: [],
    date: { edtf: null, start: null, end: null, precision: "unknown", basis: "b", references: [] },
    ...(group === undefined ? {} : { group }),
    ...extra,
  };
}

const events = [
  event("a", "Politics", "other", { people: ["zoe"] }),
  event("b", "Economy"),
  event("c", " Politics "),
  event("d", undefined, "departure", { note: "A correction" }),
  event("e", "Departure", "departure"),
  event("f", "Economy", "report", { people: ["zoe"] }),
];
const none: EventFilters = { types: null, person: null, query: "" };
const ids = (filters: Partial<EventFilters>) =>
  keptEvents(events, filterMask(events, { ...none, ...filters }, null).keep).map((e) => e.id);

describe("eventGroup(event): the group an event is filtered, listed and laned by", () => {
  it.each<[string, string | undefined, TimelineEvent["type"], string | null]>([
    ["a named group", "Politics", "other", "Politics"],
    ["trimmed", "  Politics ", "other", "Politics"],
    ["none", undefined, "other", null],
    ["only spaces is none", "   ", "other", null],
    [
      "a group naming its own type is none (an exported Sourceline file)",
      "Departure",
      "departure",
      null,
    ],
    ["its type's key, any case", "REPORT", "report", null],
    ["another type's name is a group", "Departure", "report", "Departure"],
  ])("%s", (_, group, type, expected) => {
    const e = event("x", group, type);
    expect(eventGroup(e)).toBe(expected);
    expect(groupKey(e)).toBe(expected ?? NO_GROUP);
    // Its lane agrees: a group lane exactly when it has a group.
    expect(laneKey(e)).toBe(expected === null ? type : `group:${expected}`);
  });
});

describe("listGroups(events): one toggle per group", () => {
  it.each<[string, TimelineEvent[], string[]]>([
    [
      "no event has a group: no toggles at all",
      [event("a", undefined), event("b", "Report", "report")],
      [],
    ],
    [
      "in the order they first appear, each once",
      [event("a", "B"), event("b", "A"), event("c", "B")],
      ["B", "A"],
    ],
    ["then the events with none, last", events, ["Politics", "Economy", NO_GROUP]],
    ["no events", [], []],
  ])("%s", (_, list, expected) => {
    expect(listGroups(list)).toEqual(expected);
  });
});

describe("filterMask with a group filter keeps the events of the groups shown", () => {
  it.each<[string, Partial<EventFilters>, string[]]>([
    ["no group filter", { groups: null }, ["a", "b", "c", "d", "e", "f"]],
    ["absent is no group filter", {}, ["a", "b", "c", "d", "e", "f"]],
    ["one group (its name trimmed in the file)", { groups: ["Politics"] }, ["a", "c"]],
    ["two groups", { groups: ["Politics", "Economy"] }, ["a", "b", "c", "f"]],
    ["the events with no group", { groups: [NO_GROUP] }, ["d", "e"]],
    ["no group shown", { groups: [] }, []],
    ["a group no event has", { groups: ["Sport"] }, []],
    ["with the type filter", { groups: ["Economy"], types: ["report"] }, ["f"]],
    ["with the person filter", { groups: ["Politics"], person: "zoe" }, ["a"]],
    ["with the corrections filter", { groups: [NO_GROUP], corrections: true }, ["d"]],
  ])("%s", (_, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it("counts each type under the group filter", () => {
    const { typeCounts } = filterMask(events, { ...none, groups: ["Economy"], types: [] }, null);
    expect(typeCounts.other).toBe(1);
    expect(typeCounts.report).toBe(1);
    expect(typeCounts.departure).toBe(0);
  });
});

describe("countGroups: what each group's toggle would show", () => {
  it.each<[string, Partial<EventFilters>, Uint8Array | null, [string, number][]]>([
    [
      "every event",
      {},
      null,
      [
        ["Politics", 2],
        ["Economy", 2],
        [NO_GROUP, 2],
      ],
    ],
    [
      "ignores the group filter itself",
      { groups: ["Politics"] },
      null,
      [
        ["Politics", 2],
        ["Economy", 2],
        [NO_GROUP, 2],
      ],
    ],
    [
      "under the type filter",
      { types: ["other"] },
      null,
      [
        ["Politics", 2],
        ["Economy", 1],
      ],
    ],
    [
      "under the person filter",
      { person: "zoe" },
      null,
      [
        ["Politics", 1],
        ["Economy", 1],
      ],
    ],
    ["under the corrections filter", { corrections: true }, null, [[NO_GROUP, 1]]],
    ["within the search's matches", {}, Uint8Array.of(0, 1, 0, 0, 0, 1), [["Economy", 2]]],
  ])("%s", (_, filters, matched, expected) => {
    expect([...countGroups(events, { ...none, ...filters }, matched)]).toEqual(expected);
  });

  it("agrees with what the mask shows when that group alone is on", () => {
    const filters = { ...none, person: "zoe" };
    for (const [group, count] of countGroups(events, filters, null))
      expect(filterMask(events, { ...filters, groups: [group] }, null).shown).toBe(count);
  });

  it("the other counts follow the group filter", () => {
    const filters = { ...none, groups: ["Economy"] };
    expect(countFacets(events, filters).certainty.unknown).toBe(2);
    expect(countFacets(events, { ...none, groups: [NO_GROUP] }).corrections).toBe(1);
    expect([...countPeople(events, filters, null)]).toEqual([["zoe", 1]]);
  });
});

describe("hasActiveFilters with groups", () => {
  it.each<[Partial<EventFilters>, boolean]>([
    [{ groups: null }, false],
    [{ groups: [] }, true],
    [{ groups: ["Politics"] }, true],
  ])("%j: %s", (patch, active) => {
    expect(hasActiveFilters({ ...none, ...patch })).toBe(active);
  });
});

describe("checkGroupFilter(groups, known): a link's groups as this timeline can apply them", () => {
  const known = ["Politics", "Economy", NO_GROUP];
  it.each<[string, string[] | null, readonly string[], string[] | null, RegExp | null]>([
    ["no filter", null, known, null, null],
    ["groups it has", ["Economy", NO_GROUP], known, ["Economy", NO_GROUP], null],
    ["none shown", [], known, [], null],
    [
      "some it lacks: left out, and said",
      ["Economy", "Sport"],
      known,
      ["Economy"],
      /^The link's filter by group names “Sport”, which this timeline does not have; left out\.$/,
    ],
    [
      "only ones it lacks: every group shown, and said",
      ["Sport", "<script>"],
      known,
      null,
      /^The link's filter by group \(“Sport, <script>”\) names no group of this timeline, so events of every group are shown\.$/,
    ],
    [
      "a timeline without groups",
      ["Politics", NO_GROUP],
      [],
      null,
      /filter by group \(“Politics, No group”\) names no group/,
    ],
    ["a long name is clipped in the notice", ["x".repeat(500)], [], null, /“x{80}…”/],
  ])("%s", (_, groups, knownGroups, expected, notice) => {
    const checked = checkGroupFilter(groups, knownGroups);
    expect(checked.groups).toEqual(expected);
    if (notice === null) expect(checked.notice).toBeNull();
    else expect(checked.notice).toMatch(notice);
  });
});

describe("describeFilters names the groups shown", () => {
  const data = { people: new Map() } as unknown as IndexedDataset;
  it.each<[Partial<EventFilters>, string]>([
    [{ groups: ["Politics", NO_GROUP] }, "Filters: groups Politics, No group."],
    [{ groups: [] }, "Filters: no groups."],
    [{ groups: null }, "Filters: none (all events)."],
    [{ types: ["report"], groups: ["Economy"] }, "Filters: types Report; groups Economy."],
  ])("%j", (patch, sentence) => {
    expect(describeFilters({ ...none, ...patch }, data)).toBe(sentence);
  });
});
