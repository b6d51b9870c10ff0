import { describe, expect, it } from "vitest";
import type { LoadProblem } from "../../src/data/loadProblem.ts";
import { tallyProblems } from "../../src/data/tallyProblems.ts";

const p = (path: string, reason: string, more?: number): LoadProblem =>
  more === undefined ? { path, reason } : { path, reason, more };
/** A problem its maker marked as leaving its whole item out. */
const out = (path: string, reason: string, more?: number): LoadProblem => ({
  ...p(path, reason, more),
  leftOut: true,
});
const w = (path: string, reason: string): LoadProblem => ({ path, reason, warning: true });

describe("tallyProblems(problems): how many problems, and how many items they left out", () => {
  it.each<[string, LoadProblem[], { problems: number; warnings: number; leftOut: number }]>([
    ["nothing", [], { problems: 0, warnings: 0, leftOut: 0 }],
    [
      "one event left out",
      [out("events[3].date.start", "not a day; event left out")],
      { problems: 1, warnings: 0, leftOut: 1 },
    ],
    [
      "one event left out by two problems counts once",
      [
        out("events[3].date.start", "not a day; event left out"),
        out("events[3].title", "shows nothing; event left out"),
      ],
      { problems: 2, warnings: 0, leftOut: 1 },
    ],
    [
      "two events left out",
      [out("events[3].title", "x; event left out"), out("events[4].title", "x; event left out")],
      { problems: 2, warnings: 0, leftOut: 2 },
    ],
    [
      "an event and an era of the same index are two items",
      [out("events[3].title", "x"), out("eras[3]", "y")],
      { problems: 2, warnings: 0, leftOut: 2 },
    ],
    [
      "a dropped reference leaves its event in",
      [p("events[3].people[0]", "no such person; reference left out")],
      { problems: 1, warnings: 0, leftOut: 0 },
    ],
    [
      "a problem said of the item itself that leaves it out",
      [out("events[7]", "expected an object; left out")],
      { problems: 1, warnings: 0, leftOut: 1 },
    ],
    [
      "a field left out deeper in the item leaves the item in",
      [p("events[7].date", "expected an object; left out")],
      { problems: 1, warnings: 0, leftOut: 0 },
    ],
    [
      "a problem without an item's path that leaves something out counts each time",
      [out("", "era left out"), out("", "era left out")],
      { problems: 2, warnings: 0, leftOut: 2 },
    ],
    [
      "a sheet's row left out counts each time",
      [out("row 3, column start", "x"), out("row 4, column start", "x")],
      { problems: 2, warnings: 0, leftOut: 2 },
    ],
    [
      "a line standing for many left out counts as many",
      [out("events", "and 299,990 more like these: events left out", 299_990)],
      { problems: 299_990, warnings: 0, leftOut: 299_990 },
    ],
    [
      "a line standing for many beside the items it follows",
      [out("events[0]", "x"), out("events[0].title", "y"), out("events", "z", 5)],
      { problems: 7, warnings: 0, leftOut: 6 },
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
      "a reason's wording alone leaves nothing out, in English",
      [
        p("events[3]", "null is not an event object; left out"),
        p("events[4].date", "x; event left out"),
      ],
      { problems: 2, warnings: 0, leftOut: 0 },
    ],
    [
      "the fact counts whatever the reason's language",
      [
        out("events[3]", "null no es un objeto de evento; omitido"),
        out("events[4]", "null ليس كائن حدث؛ حُذف"),
        out("eras", "7 no es una lista; eras omitidas"),
      ],
      { problems: 3, warnings: 0, leftOut: 3 },
    ],
    [
      "a warning counts as a problem and a warning, and leaves nothing out",
      [w("people[0].description", "description is empty or missing; shown without a description")],
      { problems: 1, warnings: 1, leftOut: 0 },
    ],
    [
      "a warning leaves nothing out, even marked as leaving its item out",
      [{ ...w("events[0]", "its note is empty; left out"), leftOut: true }],
      { problems: 1, warnings: 1, leftOut: 0 },
    ],
    [
      "warnings beside an event left out",
      [
        w("events[0].summary", "summary is empty or missing; shown without a summary"),
        w("events[1].summary", "summary is empty or missing; shown without a summary"),
        out("events[2].title", "x; event left out"),
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
