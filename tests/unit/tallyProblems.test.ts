import { describe, expect, it } from "vitest";
import type { LoadProblem } from "../../src/data/loadProblem.ts";
import { tallyProblems } from "../../src/data/tallyProblems.ts";

const p = (path: string, reason: string, more?: number): LoadProblem =>
  more === undefined ? { path, reason } : { path, reason, more };
const w = (path: string, reason: string): LoadProblem => ({ path, reason, warning: true });

describe("tallyProblems(problems): how many problems, and how many items they left out", () => {
  it.each<[string, LoadProblem[], { problems: number; warnings: number; leftOut: number }]>([
    ["nothing", [], { problems: 0, warnings: 0, leftOut: 0 }],
    [
      "one event left out",
      [p("events[3].date.start", "not a day; event left out")],
      { problems: 1, warnings: 0, leftOut: 1 },
    ],
    [
      "one event left out by two problems counts once",
      [
        p("events[3].date.start", "not a day; event left out"),
        p("events[3].title", "shows nothing; event left out"),
      ],
      { problems: 2, warnings: 0, leftOut: 1 },
    ],
    [
      "two events left out",
      [p("events[3].title", "x; event left out"), p("events[4].title", "x; event left out")],
      { problems: 2, warnings: 0, leftOut: 2 },
    ],
    [
      "a dropped reference leaves its event in",
      [p("events[3].people[0]", "no such person; reference left out")],
      { problems: 1, warnings: 0, leftOut: 0 },
    ],
    [
      "a schema problem said of the item itself leaves it out",
      [p("events[7]", "expected an object; left out")],
      { problems: 1, warnings: 0, leftOut: 1 },
    ],
    [
      "a schema problem deeper in the item names no item left out by that rule alone",
      [p("events[7].date", "expected an object; left out")],
      { problems: 1, warnings: 0, leftOut: 0 },
    ],
    [
      "a problem without an item's path that leaves something out counts once",
      [p("", "era left out"), p("", "era left out")],
      { problems: 2, warnings: 0, leftOut: 2 },
    ],
    [
      "a line standing for many left out counts as many",
      [p("events", "and 299,990 more like these: events left out", 299_990)],
      { problems: 299_990, warnings: 0, leftOut: 299_990 },
    ],
    [
      "a line standing for many that leaves nothing out counts only as problems",
      [p("events", "and 40 more like these: references dropped", 40)],
      { problems: 40, warnings: 0, leftOut: 0 },
    ],
    [
      "a mended problem leaves nothing out",
      [p("sources[2].text.path", 'its path starts with "//"; its text is not fetched')],
      { problems: 1, warnings: 0, leftOut: 0 },
    ],
    [
      "a TimelineJS media URL left out leaves its event in",
      [p("events[3].media.url", 'media URL "ftp://x" is not http(s); left out')],
      { problems: 1, warnings: 0, leftOut: 0 },
    ],
    [
      "a warning counts as a problem and a warning, and leaves nothing out",
      [w("people[0].description", "description is empty or missing; shown without a description")],
      { problems: 1, warnings: 1, leftOut: 0 },
    ],
    [
      "a warning whose reason says left out still leaves nothing out",
      [w("events[0]", "its note is empty; left out")],
      { problems: 1, warnings: 1, leftOut: 0 },
    ],
    [
      "warnings beside an event left out",
      [
        w("events[0].summary", "summary is empty or missing; shown without a summary"),
        w("events[1].summary", "summary is empty or missing; shown without a summary"),
        p("events[2].title", "x; event left out"),
      ],
      { problems: 3, warnings: 2, leftOut: 1 },
    ],
    [
      "a line standing for many warnings counts as many warnings",
      [{ ...w("people", "and 5 more warnings like these, in people"), more: 5 }],
      { problems: 5, warnings: 5, leftOut: 0 },
    ],
  ])("%s", (_, problems, tally) => {
    expect(tallyProblems(problems)).toEqual(tally);
  });
});
