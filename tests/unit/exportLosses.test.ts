import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Dataset, datasetSchema, type TimelineEvent } from "../../src/data/datasetSchema.ts";
import { eventNote } from "../../src/data/eventNote.ts";
import { describeLosses } from "../../src/formats/describeLosses.ts";
import { csvLosses, exportCsv } from "../../src/formats/exportCsv.ts";
import { exportIcs, icsLosses } from "../../src/formats/exportIcs.ts";
import { type ExportLosses, NO_LOSSES } from "../../src/formats/exportLosses.ts";
import {
  exportTimelineJs,
  timelineJsLosses,
} from "../../src/formats/timelineJs/exportTimelineJs.ts";
import { syntheticEvent } from "../fixtures/syntheticEvent.ts";

const published = datasetSchema.parse(
  JSON.parse(readFileSync(new URL("../../public/data/timeline.json", import.meta.url), "utf8")),
);

/** The losses as ids, so a table reads at a glance. */
const ids = (losses: ExportLosses) => ({
  leftOut: losses.leftOut.map(({ why, events }) => [why, events.map((e) => e.id)]),
  dropped: Object.fromEntries(losses.dropped.map(({ field, events }) => [field, events.length])),
  eras: losses.eras,
});

const synthetic = (events: TimelineEvent[]): Dataset => ({
  version: 1,
  title: "T",
  description: "D",
  sources: [],
  people: [{ id: "p", name: "Pat Example", description: "Someone." }],
  events,
  eras: [{ id: "e", title: "An era", start: "2020-01-01", end: "2020-12-31" }],
});

const day = syntheticEvent("day", "2024-05-14");
const undated = syntheticEvent("undated", null);
const ancient = syntheticEvent("ancient", "-0500");
const noted = syntheticEvent("noted", "2024-05", {
  note: { kind: "wrong", text: "The article is wrong here." },
  people: ["p"],
  body: [{ text: "Own words." }],
  media: { url: null, caption: "A caption", credit: null },
});

describe("each format's losses(dataset, events) names what its exporter cannot carry", () => {
  it.each([
    [
      "iCalendar",
      icsLosses,
      {
        leftOut: [
          ["without a date", ["undated"]],
          ["dated outside the years 1–9999", ["ancient"]],
        ],
        dropped: { note: 1, people: 1, basis: 2, body: 1, media: 1, type: 2 },
        eras: 1,
      },
    ],
    [
      "TimelineJS",
      timelineJsLosses,
      {
        leftOut: [["without a date", ["undated"]]],
        dropped: { note: 1, people: 1, basis: 3 },
        eras: 0,
      },
    ],
    ["CSV", csvLosses, { leftOut: [], dropped: { note: 1, body: 1, media: 1 }, eras: 1 }],
  ])("%s", (_, losses, expected) => {
    const events = [day, undated, ancient, noted];
    expect(ids(losses(synthetic(events), events))).toEqual(expected);
  });

  it("iCalendar leaves out of the bundled story exactly the events its file has no VEVENT for", () => {
    const losses = icsLosses(published, published.events);
    const file = exportIcs(published, published.events);
    const missing = published.events.filter((e) => !file.includes(`UID:${e.id}@sourceline`));
    expect(losses.leftOut.flatMap((l) => l.events)).toEqual(missing);
    expect(missing.map((e) => e.id)).toEqual(["musk-recalls-page-rift"]);
    expect(describeLosses(losses)[0]).toBe(
      "1 event without a date is left out: “Musk recalls breaking with Larry Page over Sutskever”.",
    );
  });

  it("TimelineJS leaves out exactly the events its file has no slide for", () => {
    const losses = timelineJsLosses(published, published.events);
    const slides = new Set(
      exportTimelineJs(published, published.events).events.map((s) => s.unique_id),
    );
    const missing = published.events.filter((e) => !slides.has(e.id));
    expect(losses.leftOut.flatMap((l) => l.events)).toEqual(missing);
  });

  it.each([
    ["iCalendar", icsLosses, (d: Dataset, e: TimelineEvent[]) => exportIcs(d, e)],
    ["CSV", csvLosses, exportCsv],
    [
      "TimelineJS",
      timelineJsLosses,
      (d: Dataset, e: TimelineEvent[]) => JSON.stringify(exportTimelineJs(d, e)),
    ],
  ])("%s: the notes it says it drops are nowhere in its file", (_, losses, write) => {
    const events = published.events;
    const file = write(published, events);
    const notes = events.filter((e) => eventNote(e) !== null);
    const dropsNotes = losses(published, events).dropped.some((d) => d.field === "note");
    expect(dropsNotes).toBe(true);
    for (const event of notes) {
      // The first words of the note, escaped as each format escapes: none is in the file.
      const words = (eventNote(event)?.text ?? "").split(" ").slice(0, 5).join(" ");
      expect(file).not.toContain(words);
    }
  });

  it("CSV keeps the people and how the date is known, so it does not list them", () => {
    const file = exportCsv(published, published.events);
    const basis = published.events.find((e) => !/[",]/.test(e.date.basis))?.date.basis ?? "?";
    expect(file).toContain(basis);
    expect(ids(csvLosses(published, published.events)).dropped).not.toHaveProperty("people");
    expect(ids(csvLosses(published, published.events)).dropped).not.toHaveProperty("basis");
  });

  it("iCalendar drops the people it says it drops", () => {
    const file = exportIcs(synthetic([noted]), [noted]);
    expect(file).not.toContain("Pat Example");
    expect(ids(icsLosses(synthetic([noted]), [noted])).dropped).toHaveProperty("people", 1);
  });
});

describe("describeLosses(losses) says it in sentences", () => {
  const many = ["a", "b", "c", "d", "e"].map((id) => syntheticEvent(id, null));
  it.each([
    ["nothing lost", NO_LOSSES, []],
    [
      "two events left out",
      { leftOut: [{ why: "without a date", events: many.slice(0, 2) }], dropped: [], eras: 0 },
      ["2 events without a date are left out: “Title of a” and “Title of b”."],
    ],
    [
      "five left out: three named",
      { leftOut: [{ why: "without a date", events: many }], dropped: [], eras: 0 },
      [
        "5 events without a date are left out: “Title of a”, “Title of b”, “Title of c” and 2 more.",
      ],
    ],
    [
      "fields and eras dropped",
      {
        leftOut: [],
        dropped: [
          { field: "note", events: [day] },
          { field: "people", events: many },
        ],
        eras: 2,
      },
      [
        "Not kept: corrections and other notes (1 event); the people named (5 events); the eras (2).",
      ],
    ],
  ] as [string, ExportLosses, string[]][])("%s", (_, losses, sentences) => {
    expect(describeLosses(losses)).toEqual(sentences);
  });
});
