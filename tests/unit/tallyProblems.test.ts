import { describe, expect, it } from "vitest";
import type { LoadProblem } from "../../src/data/loadProblem.ts";
import { tallyProblems } from "../../src/data/tallyProblems.ts";

const p = (path: string, reason: string, more?: number): LoadProblem =>
  more === undefined ? { path, reason } : { path, reason, more };

describe("tallyProblems(problems): how many problems, and how many items they left out", () => {
  it.each<[string, LoadProblem[], { problems: number; leftOut: number }]>([
    ["nothing", [], { problems: 0, leftOut: 0 }],
    [
      "one event left out",
      [p("events[3].date.start", "not a day; event left out")],
      { problems: 1, leftOut: 1 },
    ],
    [
      "one event left out by two problems counts once",
      [
        p("events[3].date.start", "not a day; event left out"),
        p("events[3].title", "shows nothing; event left out"),
      ],
      { problems: 2, leftOut: 1 },
    ],
    [
      "two events left out",
      [p("events[3].title", "x; event left out"), p("events[4].title", "x; event left out")],
      { problems: 2, leftOut: 2 },
    ],
    [
      "a dropped reference leaves its event in",
      [p("events[3].people[0]", "no such person; reference left out")],
      { problems: 1, leftOut: 0 },
    ],
    [
      "a schema problem said of the item itself leaves it out",
      [p("events[7]", "expected an object; left out")],
      { problems: 1, leftOut: 1 },
    ],
    [
      "a schema problem deeper in the item names no item left out by that rule alone",
      [p("events[7].date", "expected an object; left out")],
      { problems: 1, leftOut: 0 },
    ],
    [
      "a problem without an item's path that leaves something out counts once",
      [p("", "era left out"), p("", "era left out")],
      { problems: 2, leftOut: 2 },
    ],
    [
      "a line standing for many left out counts as many",
      [p("events", "and 299,990 more like these: events left out", 299_990)],
      { problems: 299_990, leftOut: 299_990 },
    ],
    [
      "a line standing for many that leaves nothing out counts only as problems",
      [p("events", "and 40 more like these: references dropped", 40)],
      { problems: 40, leftOut: 0 },
    ],
    [
      "a mended problem leaves nothing out",
      [p("sources[2].text.path", 'its path starts with "//"; its text is not fetched')],
      { problems: 1, leftOut: 0 },
    ],
  ])("%s", (_, problems, tally) => {
    expect(tallyProblems(problems)).toEqual(tally);
  });
});
