import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { type Dataset, datasetSchema } from "../../src/data/datasetSchema.ts";
import { CSV_COLUMNS, exportCsv } from "../../src/formats/exportCsv.ts";
import { syntheticEvent } from "../fixtures/syntheticEvent.ts";

const published = datasetSchema.parse(
  JSON.parse(readFileSync(new URL("../../public/data/timeline.json", import.meta.url), "utf8")),
);

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** Checks the BOM, then parses the rest with papaparse as a strict RFC 4180 reader would. */
function parseCsv(text: string): Row[] {
  expect(text.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<Row>(text.slice(1), {
    header: true,
    delimiter: ",",
    newline: "\r\n",
    // Every record ends in CRLF, so the text ends in an empty line: skip only that one.
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
  return parsed.data;
}

/** Checks that the only CR and LF outside quoted fields are the CRLFs ending records. */
function expectCrlfRecords(text: string) {
  expect(text.endsWith("\r\n")).toBe(true);
  const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, "");
  expect(outsideQuotes.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
}

/** What a text cell should read back as: with the apostrophe the formula guard adds. */
const guarded = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const event = syntheticEvent;

const synthetic: Dataset = {
  version: 1,
  title: "Synthetic",
  description: "Events built for tests.",
  sources: [
    {
      id: "wire",
      kind: "reference",
      publisher: "Wire, Inc.",
      title: 'The "wire" report',
      url: "https://example.com/wire?a=1,2",
      published: "2024-05-01",
    },
  ],
  people: [
    { id: "ada", name: "Ada Lovelace", description: "d" },
    { id: "zoe", name: "Zoë Müller", description: "d" },
  ],
  events: [
    event("imported", "2024-03", { group: "Lane A", displayDate: "Spring 2024" }),
    event("ancient", "-0500"),
    event("quoted", "2024-05-14", {
      type: "statement",
      people: ["ada", "zoe"],
      excerpts: [
        { source: "wire", exact: "first, quoted", prefix: "", suffix: "", start: 3, end: 16 },
        { source: "wire", exact: "-second", prefix: "", suffix: "", start: 20, end: 27 },
      ],
    }),
  ],
};

describe("exportCsv(dataset, events) writes RFC 4180 text", () => {
  const text = exportCsv(published, published.events);

  it("starts with a UTF-8 byte order mark and the header row", () => {
    expect(text.startsWith(`\uFEFF${CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    // "source published" came last, so that a CSV read back keeps each excerpt's source.
    expect(CSV_COLUMNS).toHaveLength(18);
  });

  it("ends every record, the last too, with CRLF and has no bare CR or LF outside quotes", () => {
    expectCrlfRecords(text);
    expect(text.endsWith("\r\n\r\n")).toBe(false);
  });

  it("quotes only the fields that need it, doubling their quotes", () => {
    const csv = exportCsv(synthetic, synthetic.events);
    expect(csv).toContain(',"Wire, Inc.","The ""wire"" report","https://example.com/wire?a=1,2",');
    expect(csv).toContain(
      "\r\nquoted,14 May 2024,2024-05-14,2024-05-14,day,Statement,,Title of quoted,",
    );
    expect(csv).toContain(',"first, quoted",');
  });

  it("writes a header row only for no events", () => {
    expect(parseCsv(exportCsv(published, []))).toEqual([]);
  });
});

describe("exportCsv of the published dataset reads back with papaparse", () => {
  let rows: Row[] = [];
  beforeAll(() => {
    rows = parseCsv(exportCsv(published, published.events));
  });
  const expected = published.events.flatMap((e) => e.excerpts.map((x) => [e, x] as const));

  it("has one row per excerpt: 14 events, 20 excerpts → 20 rows", () => {
    expect(published.events).toHaveLength(14);
    expect(expected).toHaveLength(20);
    expect(rows).toHaveLength(20);
    expect(rows.map((r) => r.id)).toEqual(expected.map(([e]) => e.id));
  });

  it.each(expected.map(([e, x], i) => [`${e.id} #${i}`, i, e, x] as const))(
    "row %s carries the event's and the excerpt's values",
    (_, i, e, x) => {
      const row = rows[i];
      const source = published.sources.find((s) => s.id === x.source);
      expect(row).toMatchObject({
        title: guarded(e.title),
        summary: guarded(e.summary),
        excerpt: guarded(x.exact),
        "source publisher": source?.publisher,
        "source title": guarded(source?.title ?? ""),
        "source url": source?.url ?? "",
        "excerpt start": String(x.start),
        "excerpt end": String(x.end),
        "date basis": guarded(e.date.basis),
        "source published": source?.published,
        start: e.date.start ?? "",
        end: e.date.end ?? "",
        precision: e.date.precision,
      });
    },
  );

  it.each<[string, Partial<Row>]>([
    [
      "kokotajlo-resigns",
      {
        date: "April 2024",
        start: "2024-04-01",
        end: "2024-04-30",
        precision: "month",
        type: "Departure",
        people: "Daniel Kokotajlo",
        group: "",
        "source publisher": "Benzinga",
        "source url": "",
      },
    ],
    [
      "kokotajlo-speaks-out",
      { date: "on or before 18 May 2024", start: "", end: "2024-05-18", precision: "range" },
    ],
    [
      "safety-employees-leave",
      { date: "November 2023 – 18 May 2024", start: "2023-11-01", end: "2024-05-18", people: "" },
    ],
    ["musk-recalls-page-rift", { date: "date unknown", start: "", end: "", precision: "unknown" }],
    ["pachocki-named-chief-scientist", { people: "Jakub Pachocki; Ilya Sutskever; Sam Altman" }],
  ])("%s: human date, days, type label and people names", (id, values) => {
    const row = rows.find((r) => r.id === id);
    expect(row).toMatchObject(values);
  });
});

describe("exportCsv of synthetic events", () => {
  let rows: Row[] = [];
  beforeAll(() => {
    rows = parseCsv(exportCsv(synthetic, synthetic.events));
  });

  it("writes an event without excerpts as one row with empty excerpt columns", () => {
    expect(rows.map((r) => r.id)).toEqual(["imported", "ancient", "quoted", "quoted"]);
    expect(rows[0]).toMatchObject({
      date: "Spring 2024",
      group: "Lane A",
      type: "Other",
      excerpt: "",
      "source publisher": "",
      "source title": "",
      "source url": "",
      "excerpt start": "",
      "excerpt end": "",
    });
  });

  it("keeps negative years readable: start and end are bare calendar days, date says BCE", () => {
    expect(rows[1]).toMatchObject({
      date: "500 BCE",
      start: "-0500-01-01",
      end: "-0500-12-31",
      precision: "year",
    });
  });

  it("writes an event with two excerpts as two rows, each with its source", () => {
    expect(rows.slice(2)).toMatchObject([
      { excerpt: "first, quoted", "excerpt start": "3", people: "Ada Lovelace; Zoë Müller" },
      { excerpt: "'-second", "excerpt end": "27", "source publisher": "Wire, Inc." },
    ]);
    expect(rows[2]?.["source url"]).toBe("https://example.com/wire?a=1,2");
    expect(rows[2]?.type).toBe("Statement");
  });

  it("guards a start or end that is not a calendar day like any other cell", () => {
    const odd = event("odd", null, {
      date: { ...event("odd", null).date, start: "=1+1", end: "-1+1" },
    });
    expect(parseCsv(exportCsv(synthetic, [odd]))[0]).toMatchObject({
      start: "'=1+1",
      end: "'-1+1",
    });
  });
});

describe("exportCsv round-trips tricky text", () => {
  it.each<[string, string, string]>([
    ["a double quote", 'He said "no"', 'He said "no"'],
    ["a comma", "one, two", "one, two"],
    ["a CRLF line break", "line one\r\nline two", "line one\r\nline two"],
    ["an LF line break", "line one\nline two", "line one\nline two"],
    ["a lone CR", "line one\rline two", "line one\rline two"],
    ["a leading =", '=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["a leading +", "+1 555", "'+1 555"],
    ["a leading -", "-2+3", "'-2+3"],
    ["a leading @", "@SUM(A1)", "'@SUM(A1)"],
    ["a leading tab", "\tindented", "'\tindented"],
    ["a leading CR", "\r=cmd", "'\r=cmd"],
    ["an = inside", "a=b", "a=b"],
    ["emoji", "Launch 🚀 day 👩‍💻", "Launch 🚀 day 👩‍💻"],
    ["non-Latin text", "東京で会議 — اجتماع — Встреча", "東京で会議 — اجتماع — Встреча"],
    ["everything at once", '=a,"b"\r\nc', '\'=a,"b"\r\nc'],
  ])("%s", (_, value, readBack) => {
    const tricky = event("tricky", "2024-05-14", {
      title: value,
      summary: value,
      group: value,
      excerpts: [{ source: "wire", exact: value, prefix: "", suffix: "", start: 0, end: 1 }],
    });
    const text = exportCsv(synthetic, [tricky]);
    expectCrlfRecords(text);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      title: readBack,
      summary: readBack,
      group: readBack,
      excerpt: readBack,
      start: "2024-05-14",
    });
  });
});
