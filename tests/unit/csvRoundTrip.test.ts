import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Dataset, TimelineEvent } from "../../src/data/datasetSchema.ts";
import { readDatasetFile } from "../../src/data/readDatasetFile.ts";
import { exportCsv } from "../../src/formats/exportCsv.ts";
import { syntheticEvent } from "../fixtures/syntheticEvent.ts";

const published = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;

/** An event as a CSV carries it: everything but its note, date references, body and media. */
function asCarried(dataset: Dataset, event: TimelineEvent) {
  const names = new Map(dataset.people.map((p) => [p.id, p.name]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return {
    id: event.id,
    type: event.type,
    title: event.title,
    summary: event.summary,
    group: event.group,
    displayDate: event.displayDate,
    date: { ...event.date, references: [] },
    people: event.people.map((id) => names.get(id)),
    excerpts: event.excerpts.map((x) => {
      const source = sources.get(x.source);
      return {
        exact: x.exact,
        start: x.start,
        end: x.end,
        source: [source?.publisher, source?.title, source?.url, source?.published],
      };
    }),
  };
}

/** Exports a dataset's events to CSV and opens the file again, as a reader would. */
async function roundTrip(dataset: Dataset) {
  const csv = exportCsv(dataset, dataset.events);
  return readDatasetFile(new File([csv], "export.csv", { type: "text/csv" }));
}

const SOURCE = {
  id: "wire",
  kind: "reference" as const,
  publisher: "Wire, Inc.",
  title: '=HYPERLINK("x") says "so"',
  url: "https://example.com/a?b=1,2",
  published: "2024-05-15T04:52:21Z",
};

/** Every kind of date and text a CSV must carry back. */
const EDGES: Dataset = {
  version: 1,
  title: "Edges",
  description: "Every date and text a CSV must carry back.",
  sources: [SOURCE],
  people: [
    { id: "ann", name: "Ann O'Neil, Jr.", description: "One." },
    { id: "bo", name: "Bø", description: "Two." },
  ],
  events: [
    syntheticEvent("month-range", "2023-11/2024-05", { type: "departure", people: ["ann", "bo"] }),
    syntheticEvent("day-range", "2023-11-02/2024-05-30"),
    syntheticEvent("month-to-day", "2023-11/2024-05-30"),
    // Days on month and year edges: only the `date` column tells these from coarser ranges.
    syntheticEvent("day-edges", "2023-11-01/2024-05-31"),
    syntheticEvent("months-of-years", "2019-01/2021-12"),
    syntheticEvent("year-range", "2019/2021", { group: "Lane, with a comma" }),
    syntheticEvent("open-start", "../2024-05-18"),
    syntheticEvent("open-end", "2023-11/.."),
    syntheticEvent("unknown", null, { title: "-1 reasons", summary: "@home\nsecond line" }),
    syntheticEvent("bce", "-0500", { title: "+ Ancient" }),
    syntheticEvent("bce-day", "-0044-03-15"),
    syntheticEvent("month", "2024-04", { type: "policy" }),
    syntheticEvent("imported", "1815-12-10", { displayDate: "Winter 1815", group: "People" }),
    syntheticEvent("quoted", "2024-05-14", {
      type: "statement",
      excerpts: [
        { source: "wire", exact: 'He said, "no"', prefix: "", suffix: "", start: 40, end: 53 },
        { source: "wire", exact: "=1+1\nthen", prefix: "", suffix: "", start: 60, end: 69 },
      ],
    }),
  ],
};

describe("exportCsv → open the CSV again keeps every event as far as a CSV carries it", () => {
  it.each([
    ["the published story", published],
    ["every kind of date, formula-like text, quotes, commas and line breaks", EDGES],
  ])("%s", async (_, dataset) => {
    const loaded = await roundTrip(dataset);
    expect(loaded.format).toBe("spreadsheet");
    expect(loaded.problems).toEqual([]);
    expect(loaded.dataset.events.map((e) => asCarried(loaded.dataset, e))).toEqual(
      dataset.events.map((e) => asCarried(dataset, e)),
    );
  });

  it("keeps each source once, however many excerpts quote it", async () => {
    const loaded = await roundTrip(published);
    const quoted = new Set(published.events.flatMap((e) => e.excerpts.map((x) => x.source)));
    expect(loaded.dataset.sources).toHaveLength(quoted.size);
  });

  it("keeps every person once, by name", async () => {
    const loaded = await roundTrip(EDGES);
    expect(loaded.dataset.people.map((p) => p.name)).toEqual(["Ann O'Neil, Jr.", "Bø"]);
  });
});
