import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DatasetLoadError } from "../../src/data/datasetLoadError.ts";
import { readSpreadsheetDataset } from "../../src/data/readSpreadsheetDataset.ts";

const DIR = "tests/fixtures/spreadsheets/";

/** A fixture as it arrives: a workbook's bytes, or text. */
const body = (file: string) => {
  const bytes = new Uint8Array(readFileSync(DIR + file));
  return file.endsWith(".xlsx") ? { bytes } : { text: new TextDecoder().decode(bytes) };
};

/** The ten events of TimelineJS3's own sheets, as its reader dates them. */
const WOMEN_IN_COMPUTING: [string, string][] = [
  ["ada-lovelace", "1815-12-10/1852-11-27"],
  ["edith-clarke-bucking-the-trend", "1948-03-14"],
  ["and-the-women-who-made-it-work", "1943-07/1946"],
  ["the-first-computer", "1943-06-05"],
  ["rozsa-peter-writes-recursion", "1951"],
  ["grace-hopper-invents-the-compiler", "1952"],
  ["contributions-to-space-exploration", "1956/1962"],
  ["the-first-phd-in-computer-science", "1958"],
  ["karen-sparck-jones-makes-search-possible", "1972"],
  ["the-mother-of-the-internet", "1985"],
];

/** What each fixture opens as: title, events (id, EDTF) in the file's order, eras, problems. */
const FIXTURES: {
  file: string;
  title: string;
  events: [string, string | null][];
  eras?: [string, string, string][];
  problems: [string, RegExp][];
}[] = [
  {
    file: "my-own-timeline.csv",
    title: "MY OWN CSV",
    events: WOMEN_IN_COMPUTING,
    // Its quote is in the Media column: kept as a quote (below), so nothing is left out.
    problems: [],
  },
  {
    file: "women_in_computing.csv",
    title: "Women in Computing",
    events: WOMEN_IN_COMPUTING,
    problems: [],
  },
  {
    file: "bad-rows.csv",
    title: "Bad rows",
    events: [
      ["good-first", "2020-01-15"],
      ["bad-time", "2021-05-01"],
      ["end-month-alone", "2022-07-01"],
      ["bad-media", "2022-08-01"],
      ["thousands-comma", "2023-03"],
      ["good-last", "2023-09-09"],
    ],
    // Its End Year 2024 ends it as 2024 begins, as TimelineJS3 ends an era.
    eras: [["the-period", "2019-01-01", "2023-12-31"]],
    problems: [
      ["row 4, Month", /^month 13 is not a month \(1–12\); event left out$/],
      ["row 5, Day", /^day 30 is not a day of February 2021 \(1–28\); event left out$/],
      ["row 6, Year", /^there is no year; event left out$/],
      ["row 8, Time", /^“25:99” is not a time of day .*; time left out$/],
      ["row 9, End Year", /^the end 2021 is before the start 2022-06-01; event left out$/],
      ["row 10, End Month", /^End Month is given without End Year; the end is left out$/],
      ["row 11, Media", /^media URL "javascript:alert\(1\)" is not http\(s\); left out$/],
      [
        "row 12, Year",
        /^year 100000000000 is outside the years a timeline can draw .*; event left out$/,
      ],
    ],
  },
  {
    file: "quoted-cells.csv",
    title: "quoted-cells",
    events: [
      ["board-meets-then-votes", "2024-05-14"],
      ["a-quoted-headline", "2024-05-15"],
    ],
    problems: [],
  },
  {
    file: "semicolons-bom.csv",
    title: "Title of the sheet",
    events: [
      ["first", "2021-03-04"],
      ["second", "2021-04"],
      ["third", "1999"],
    ],
    problems: [],
  },
  {
    file: "template.tsv",
    title: "template",
    events: [
      ["tab-one", "2010-01-01"],
      ["tab-two", "2011"],
      ["tab-three", "-0500"],
    ],
    problems: [],
  },
  {
    file: "template.xlsx",
    title: "A workbook",
    events: [
      ["moon-landing", "1969-07-20"],
      ["hubble", "1990"],
    ],
    problems: [["row 6, Month", /^month 13 is not a month \(1–12\); event left out$/]],
  },
  {
    file: "sourceline-export-bad.csv",
    title: "sourceline-export-bad",
    events: [
      ["good", "2024-05-14"],
      ["bad-offsets", "2024-06-01"],
      ["bad-published", "2024-06-02"],
      ["odd-type", "2024-06"],
      ["cmd", null],
    ],
    problems: [
      [
        "row 4, precision",
        /^“weekly” is not a precision \(day, month, year, range, unknown\); event left out$/,
      ],
      ["row 5, start", /^“2024-02-30” is not a calendar day \(YYYY-MM-DD\); event left out$/],
      [
        "row 6, excerpt",
        /^offsets 10–11 span 1 characters, but the quote has 12; excerpt left out$/,
      ],
      ["row 7, source published", /^“yesterday” is not a publication date .*; excerpt left out$/],
      ["row 8, type", /^“Rumour” is not a type \(Departure, .*\); read as Other$/],
      ["row 9, id", /^“=cmd” is not lower-case words joined by hyphens; read as “cmd”$/],
    ],
  },
];

describe("readSpreadsheetDataset(body, name) opens each spreadsheet fixture", () => {
  it.each(FIXTURES)(
    "$file: its events at their dates, each bad row listed by row, column and reason",
    async (fixture) => {
      const loaded = await readSpreadsheetDataset(body(fixture.file), fixture.file);
      expect(loaded.format).toBe("spreadsheet");
      expect(loaded.dataset.title).toBe(fixture.title);
      expect(loaded.dataset.events.map((e) => [e.id, e.date.edtf])).toEqual(fixture.events);
      expect((loaded.dataset.eras ?? []).map((e) => [e.id, e.start, e.end])).toEqual(
        fixture.eras ?? [],
      );
      expect(loaded.problems.map((p) => [p.path, p.reason])).toEqual(
        fixture.problems.map(([path, reason]) => [path, expect.stringMatching(reason)]),
      );
    },
  );
});

describe("the cells of a spreadsheet arrive whole", () => {
  it("keeps quoted commas, doubled quotes and line breaks in a cell", async () => {
    const { dataset } = await readSpreadsheetDataset(body("quoted-cells.csv"), "q.csv");
    const [board, quoted] = dataset.events;
    expect(board?.title).toBe("Board meets, then votes");
    expect(board?.group).toBe("Board, and staff");
    expect(board?.body?.map((run) => run.text).join("")).toContain('She said "no", twice.');
    expect(board?.body?.map((run) => run.text).join("")).toContain(
      "Then a second line, with a comma.",
    );
    expect(quoted?.title).toBe('A "quoted" headline');
    expect(quoted?.displayDate).toBe("mid-May, 2024");
  });

  it("reads a semicolon-separated sheet with a byte-order mark and its headers in any case and order", async () => {
    const { dataset } = await readSpreadsheetDataset(body("semicolons-bom.csv"), "s.csv");
    expect(dataset.description).toBe("A semicolon sheet");
    expect(dataset.events.map((e) => [e.title, e.group, e.summary])).toEqual([
      ["First", "Alpha", "Text with, a comma"],
      ["Second", "Beta", "Quoted; with a semicolon"],
      ["Third", "Alpha", "Third"],
    ]);
  });

  it("reads a TSV, a tab in a quoted cell included", async () => {
    const { dataset } = await readSpreadsheetDataset(body("template.tsv"), "t.tsv");
    expect(dataset.events[1]?.summary).toBe("Quoted tab");
  });

  it("keeps a template row's media, its caption and credit, and its group", async () => {
    const { dataset } = await readSpreadsheetDataset(body("bad-rows.csv"), "b.csv");
    const last = dataset.events.at(-1);
    expect(last?.media).toEqual({
      url: "https://example.com/a.jpg",
      kind: "image",
      label: "Image",
      caption: "Caption",
      credit: "Credit",
    });
    expect(last?.group).toBe("Politics");
    expect(last?.date.basis).toMatch(/time of day is not kept/);
  });

  it("reads a Year written with thousands commas or spaces, as TimelineJS3 does", async () => {
    const { dataset } = await readSpreadsheetDataset(
      { text: 'Year,Headline\n"2,024",With a comma\n1 999,With a space\n' },
      "y.csv",
    );
    expect(dataset.events.map((e) => e.date.edtf)).toEqual(["2024", "1999"]);
  });
});

describe("a spreadsheet broken part way opens as far as it can be read", () => {
  it("lists a quote never closed at its row, and keeps the rows before it", async () => {
    const { dataset, problems } = await readSpreadsheetDataset(
      { text: 'Year,Headline\n2019,Fine\n2020,"Unclosed\n2021,B\n' },
      "u.csv",
    );
    expect(dataset.events.map((e) => [e.title, e.date.edtf])).toEqual([
      ["Fine", "2019"],
      ["Unclosed 2021,B", "2020"],
    ]);
    expect(problems).toEqual([
      {
        path: "row 3",
        reason: "a quoted cell is never closed; the rest of the file is read as part of it",
      },
    ]);
  });

  it("refuses more rows than a timeline holds before reading any of them", async () => {
    const { readSpreadsheet } = await import("../../src/formats/spreadsheet/readSpreadsheet.ts");
    const error = await readSpreadsheet(
      { text: "Year,Headline\n1,a\n2,b\n3,c\n" },
      "big.csv",
      2,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).message).toBe(
      "big.csv has 3 rows; Sourceline opens timelines of up to 2 events.",
    );
    expect((error as DatasetLoadError).failure).toEqual({ kind: "too-large" });
  });
});

describe("a sheet of only its title row", () => {
  it("opens with its title and no events, as its TimelineJS JSON does", async () => {
    const text = "Year,Month,Day,Headline,Text,Type\n,,,My sheet title,Its description,title\n";
    const read = await readSpreadsheetDataset({ text }, "x");
    expect(read.dataset.title).toBe("My sheet title");
    expect(read.dataset.events).toEqual([]);
    expect(read.problems).toEqual([]);
  });
});

describe("a spreadsheet Sourceline cannot read says what it expected", () => {
  it.each([
    [
      "a sheet of other columns",
      { text: "name,age\nAnn,3\n" },
      /^x is a spreadsheet without the columns Sourceline reads\.$/,
      /its first row is “name, age”/,
    ],
    [
      "TimelineJS's old layout",
      { text: "Start Date,End Date,Headline\n2012,2013,A\n" },
      /^x is a spreadsheet in TimelineJS's old layout, which Sourceline does not read\.$/,
      /Year, Month, Day/,
    ],
    [
      "a header and no rows",
      { text: "Year,Headline\n" },
      /^x is a spreadsheet, but none of its rows is an event/,
      /no rows of events/,
    ],
    [
      "rows that are all bad",
      { text: "Year,Headline\n2020x,A\n" },
      /^x is a spreadsheet, but none of its rows is an event/,
      /row 2, Year: year "2020x" is not a whole number; event left out/,
    ],
    [
      "an Excel 97–2003 workbook",
      { bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) },
      /^x could not be read as an \.xlsx workbook\.$/,
      /\.xls/,
    ],
    [
      "a broken zip",
      { bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) },
      /^x could not be read as an \.xlsx workbook\.$/,
      /./,
    ],
  ])("%s", async (_, input, message, detail) => {
    const error = await readSpreadsheetDataset(input, "x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).message).toMatch(message);
    expect((error as DatasetLoadError).details.join("\n")).toMatch(detail);
  });
});

describe("a workbook that would unpack to more than the page can hold", () => {
  /** A zip's central directory and end record, saying its one file unpacks to `size` bytes. */
  function zipSaying(size: number): Uint8Array {
    const bytes = new Uint8Array(4 + 46 + 1 + 22);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint32(4, 0x02014b50, true);
    view.setUint32(4 + 24, size, true);
    view.setUint16(4 + 28, 1, true);
    const end = 4 + 46 + 1;
    view.setUint32(end, 0x06054b50, true);
    view.setUint16(end + 10, 1, true);
    view.setUint32(end + 16, 4, true);
    return bytes;
  }

  it.each([
    [
      300 * 1024 * 1024,
      "It unpacks to 300.0 MB; Sourceline opens workbooks that unpack to up to 256.0 MB.",
    ],
    [
      0xffffffff,
      "It unpacks to more than 4 GB; Sourceline opens workbooks that unpack to up to 256.0 MB.",
    ],
  ])("is refused before it is unpacked (%i bytes)", async (size, detail) => {
    const error = await readSpreadsheetDataset({ bytes: zipSaying(size) }, "bomb.xlsx").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).message).toBe("bomb.xlsx is too large once unpacked.");
    expect((error as DatasetLoadError).details[0]).toBe(`${detail} Save it as CSV to open it.`);
    expect((error as DatasetLoadError).failure).toEqual({ kind: "too-large" });
  });

  it("lets the small fixture through to be read", async () => {
    const { unpackedSize } = await import("../../src/formats/spreadsheet/unpackedSize.ts");
    const size = unpackedSize(new Uint8Array(readFileSync(`${DIR}template.xlsx`)));
    expect(size).toBeGreaterThan(1000);
    expect(size).toBeLessThan(10_000);
  });
});

describe("a sheet's media, as TimelineJS3 shows it", () => {
  it("keeps a blockquote in the Media column as a quote, its words whole", async () => {
    const { dataset } = await readSpreadsheetDataset(body("women_in_computing.csv"), "w.csv");
    const clarke = dataset.events.find((e) => e.id === "edith-clarke-bucking-the-trend");
    expect(clarke?.media?.kind).toBe("quote");
    expect(clarke?.media?.text?.map((run) => run.text).join("")).toMatch(
      /^There is no demand for women engineers, as such/,
    );
  });

  it.each([
    [
      "a fetched sheet: against its address",
      "https://example.org/sheets/t.csv",
      "https://example.org/sheets/media/a.jpg",
    ],
    ["a file from this device: left out, with a problem", undefined, null],
  ])("resolves a relative media URL of %s", async (_, address, url) => {
    const text = "Year,Headline,Media,Media Caption\n2024,With a picture,./media/a.jpg,A caption\n";
    const loaded = await readSpreadsheetDataset({ text }, "t.csv", "", address);
    expect(loaded.dataset.events[0]?.media?.url ?? null).toBe(url);
    expect(loaded.dataset.events[0]?.media?.caption).toBe("A caption");
    expect(loaded.problems.length).toBe(url === null ? 1 : 0);
  });
});

describe("how a sheet's dates are known", () => {
  it.each([
    ["2024,5,14,,Plain", "As given in the spreadsheet."],
    ["2024,5,14,10:30,With a time", "As given in the spreadsheet; its time of day is not kept."],
  ])("%s → %s", async (row, basis) => {
    const text = `Year,Month,Day,Time,Headline\n${row}\n`;
    const { dataset } = await readSpreadsheetDataset({ text }, "t.csv");
    expect(dataset.events[0]?.date.basis).toBe(basis);
  });
});
