import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Dataset, datasetSchema, type TimelineEvent } from "../../src/data/datasetSchema.ts";
import { exportSourceline } from "../../src/formats/exportSourceline.ts";
import { syntheticEvent } from "../fixtures/syntheticEvent.ts";

const publishedText = readFileSync(
  new URL("../../public/data/timeline.json", import.meta.url),
  "utf8",
);
const published = datasetSchema.parse(JSON.parse(publishedText));
const byId = (id: string) => {
  const found = published.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};

/** Parses an export and checks it against the dataset schema. */
function parseExport(text: string): Dataset {
  const parsed = datasetSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}

const event = syntheticEvent;

const imported = event("imported", "2024-03", {
  group: "Lane A",
  displayDate: "Spring 2024",
  body: [{ text: "See " }, { text: "the post", href: "https://example.com/post" }],
  media: { url: "https://example.com/a.jpg", caption: "A caption", credit: "Someone" },
});
const ancient = event("ancient", "-0500", { people: ["ada"] });
const dated = event("dated-by-reference", "2024-05-14", {
  date: { ...event("x", "2024-05-14").date, references: ["report"] },
});
const synthetic: Dataset = {
  version: 1,
  title: "Synthetic",
  description: "Events built for tests.",
  sources: [
    {
      id: "report",
      kind: "reference",
      publisher: "Wire",
      title: "A report",
      url: "https://example.com/report",
      published: "2024-05-14",
    },
    {
      id: "unused",
      kind: "reference",
      publisher: "Wire",
      title: "Unused",
      url: null,
      published: "2024-05-15",
    },
  ],
  people: [
    { id: "ada", name: "Ada Lovelace", description: "d" },
    { id: "zoe", name: "Zoë Müller", description: "d" },
  ],
  events: [imported, ancient, dated],
  eras: [
    { id: "antiquity", title: "Antiquity", start: "-0800-01-01", end: "0476-12-31" },
    { id: "now", title: "Now", start: "2023-01-01", end: "2024-12-31" },
  ],
};

describe("exportSourceline(dataset, events) writes a dataset file the app can open", () => {
  it("gives back the published file byte for byte when given all its events", () => {
    expect(exportSourceline(published, published.events)).toBe(publishedText);
  });

  it("writes JSON with a two-space indent and a final newline", () => {
    const text = exportSourceline(synthetic, synthetic.events);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text.startsWith('{\n  "version": 1,\n  "title": "Synthetic",')).toBe(true);
  });

  it.each<[string, string[], string[], string[]]>([
    ["no event", [], [], []],
    [
      "one event, no people",
      ["safety-employees-leave"],
      [],
      ["benzinga-2024-05-18", "vox-samuel-2024-05-17"],
    ],
    [
      "two events, reversed",
      ["kokotajlo-speaks-out", "kokotajlo-resigns"],
      ["daniel-kokotajlo"],
      ["benzinga-2024-05-18", "qz-2024-05-16"],
    ],
    [
      "three people",
      ["musk-recalls-page-rift"],
      ["elon-musk", "ilya-sutskever", "larry-page"],
      ["benzinga-2024-05-18"],
    ],
  ])(
    "%s: keeps the events in order, only the people and sources they reference",
    (_, ids, people, sources) => {
      const events = ids.map(byId);
      const out = parseExport(exportSourceline(published, events));
      expect(out.events.map((e) => e.id)).toEqual(ids);
      expect(out.events).toEqual(events);
      expect(out.people.map((p) => p.id).sort()).toEqual([...people].sort());
      expect(out.sources.map((s) => s.id).sort()).toEqual([...sources].sort());
      expect({ version: out.version, title: out.title, description: out.description }).toEqual({
        version: published.version,
        title: published.title,
        description: published.description,
      });
    },
  );

  it("keeps people and sources in the dataset's order, whatever the events' order", () => {
    const events = [...published.events].reverse();
    const out = parseExport(exportSourceline(published, events));
    expect(out.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(out.people).toEqual(published.people);
    expect(out.sources).toEqual(published.sources);
  });

  it("resolves every reference of the export inside it", () => {
    const events = published.events.filter((_, i) => i % 3 === 0);
    const out = parseExport(exportSourceline(published, events));
    const people = new Set(out.people.map((p) => p.id));
    const sources = new Set(out.sources.map((s) => s.id));
    for (const e of out.events) {
      for (const id of e.people) expect(people).toContain(id);
      for (const x of e.excerpts) expect(sources).toContain(x.source);
      for (const id of e.date.references) expect(sources).toContain(id);
    }
  });
});

describe("exportSourceline of synthetic events", () => {
  it("keeps imported events (no excerpts, group, body, media, display date) whole", () => {
    const out = parseExport(exportSourceline(synthetic, [imported]));
    expect(out.events).toEqual([imported]);
    expect(out.people).toEqual([]);
    expect(out.sources).toEqual([]);
  });

  it("keeps a negative year and the person it names", () => {
    const out = parseExport(exportSourceline(synthetic, [ancient]));
    expect(out.events[0]?.date).toMatchObject({ start: "-0500-01-01", end: "-0500-12-31" });
    expect(out.people.map((p) => p.id)).toEqual(["ada"]);
  });

  it("keeps a source referenced only by an event's date", () => {
    const out = parseExport(exportSourceline(synthetic, [dated]));
    expect(out.sources.map((s) => s.id)).toEqual(["report"]);
  });

  it.each<[string, TimelineEvent[]]>([
    ["all events", synthetic.events],
    ["no event", []],
  ])("keeps every era with %s", (_, events) => {
    expect(parseExport(exportSourceline(synthetic, events)).eras).toEqual(synthetic.eras);
  });

  it("writes no eras key when the dataset has none", () => {
    const { eras: _, ...withoutEras } = synthetic;
    const text = exportSourceline(withoutEras, synthetic.events);
    expect(JSON.parse(text)).not.toHaveProperty("eras");
    expect(parseExport(text).events).toEqual(synthetic.events);
  });
});
