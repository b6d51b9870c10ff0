import { afterEach, describe, expect, it } from "vitest";
import type { EventType } from "../../src/data/datasetSchema.ts";
import { loadLocale } from "../../src/i18n/loadLocale.ts";
import { markRuns } from "../../src/timeline/markRuns.ts";
import type { LaneLayout, MarkLayout } from "../../src/timeline/modelTypes.ts";
import { isolated } from "../setup/withoutIsolates.ts";

const mark = (id: string, at: number, type: EventType): MarkLayout => ({
  id,
  at,
  type,
  kind: "point",
  x0: 0,
  x1: 10,
  y0: 0,
  y1: 10,
  row: 0,
  openStart: false,
  openEnd: false,
  label: null,
});

const lane = (key: string, type: EventType, marks: MarkLayout[], group: string | null = null) =>
  ({
    key,
    group,
    type,
    count: marks.length,
    y: 0,
    height: 10,
    rows: 1,
    title: null,
    marks,
    clusters: [],
  }) as LaneLayout;

// The bundled story's 14–15 May: Sutskever (departure, 14 May) before Leike (departure, 15 May),
// with Pachocki's appointment (14 May) and a report (15 May) between them in time.
const lanes = [
  lane("departure", "departure", [
    mark("sutskever", 1, "departure"),
    mark("leike", 3, "departure"),
  ]),
  lane("appointment", "appointment", [mark("pachocki", 0, "appointment")]),
  lane("report", "report", [mark("xai", 2, "report")]),
];

describe("markRuns", () => {
  it("reads the marks in time order, not lane by lane", () => {
    const ids = markRuns(lanes, "horizontal").flatMap((run) => run.marks.map((m) => m.id));
    expect(ids).toEqual(["pachocki", "sutskever", "xai", "leike"]);
  });

  it("names each run by its lane and keys a lane's runs apart", () => {
    expect(markRuns(lanes, "horizontal").map((r) => [r.key, r.label])).toEqual([
      ["appointment#0", "Appointment lane"],
      ["departure#0", "Departure lane"],
      ["report#0", "Report lane"],
      ["departure#1", "Departure lane"],
    ]);
  });

  it("keeps neighbours of one lane in one run", () => {
    const together = [
      lane("departure", "departure", [mark("a", 0, "departure"), mark("b", 1, "departure")]),
    ];
    expect(markRuns(together, "horizontal").map((r) => r.marks.length)).toEqual([2]);
  });

  it("names an imported group's lane by the group", () => {
    const grouped = [lane("g:Politics", "other", [mark("a", 0, "other")], "Politics")];
    expect(markRuns(grouped, "horizontal")[0]?.label).toBe("Politics lane");
  });

  it("down a phone, where every mark shares one track, runs by the events' types", () => {
    const track = [
      lane("track", "departure", [
        mark("a", 0, "board"),
        mark("b", 1, "board"),
        mark("c", 2, "report"),
      ]),
    ];
    expect(markRuns(track, "vertical").map((r) => [r.label, r.marks.length])).toEqual([
      ["Board lane", 2],
      ["Report lane", 1],
    ]);
  });

  describe("in the reader's language", () => {
    afterEach(async () => {
      await loadLocale("en");
    });

    it("names a type's lane and a group's lane in Hebrew and Japanese", async () => {
      const grouped = [
        ...lanes.slice(2),
        lane("g:Politics", "other", [mark("a", 5, "other")], "Politics"),
      ];
      await loadLocale("he");
      expect(markRuns(grouped, "horizontal").map((r) => r.label)).toEqual([
        `מסלול ${isolated("דוח")}`,
        `מסלול ${isolated("Politics")}`,
      ]);
      await loadLocale("ja");
      expect(markRuns(grouped, "horizontal").map((r) => r.label)).toEqual([
        "報告のレーン",
        "Politicsのレーン",
      ]);
    });
  });
});
