import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DatasetLoadError } from "../../src/data/datasetLoadError.ts";
import { readDatasetFile } from "../../src/data/readDatasetFile.ts";
import { textDatasetKind } from "../../src/data/textDatasetKind.ts";

const DIR = "tests/fixtures/spreadsheets/";
const fixture = (name: string) => readFileSync(DIR + name);

describe("textDatasetKind(text, name, type) tells JSON from a spreadsheet", () => {
  it.each([
    ["a .json name, whatever it holds", "Year,Headline", "t.json", "", "json"],
    ["a JSON type", "Year,Headline", "t", "application/json", "json"],
    ["an object", '  {"events": []}', "t", "", "json"],
    ["a list", "[1]", "data", "", "json"],
    ["a .csv name", "Year,Headline", "t.csv", "", "spreadsheet"],
    ["a .tsv name", "Year\tHeadline", "t.tsv", "", "spreadsheet"],
    ["a .txt name", "Year;Headline", "t.txt", "", "spreadsheet"],
    ["a CSV type", "Year,Headline", "t", "text/csv", "spreadsheet"],
    [
      "a CSV at an address with a query",
      "Year,Headline",
      "https://x.org/t.csv?v=2",
      "",
      "spreadsheet",
    ],
    [
      "a Google Sheet's address",
      "Year",
      "https://docs.google.com/spreadsheets/d/e/K/pub?output=csv",
      "",
      "spreadsheet",
    ],
    [
      "a first line with separators",
      "Year;Month;Headline\n",
      "https://x.org/sheet",
      "",
      "spreadsheet",
    ],
    ["an HTML page", "<!doctype html><p>a, b</p>", "https://x.org/page", "", "neither"],
    ["an HTML page at a .csv address", "<html>", "https://x.org/t.csv", "", "neither"],
    ["one word", "hello", "notes.md", "", "neither"],
  ])("%s", (_, text, name, type, kind) => {
    expect(textDatasetKind(text, name, type)).toBe(kind);
  });
});

/** The DatasetLoadError a file is refused with. */
const refusal = (file: File) =>
  readDatasetFile(file).then(
    () => expect.unreachable("the file was read"),
    (error: unknown) => {
      expect(error).toBeInstanceOf(DatasetLoadError);
      return error as DatasetLoadError;
    },
  );

describe("readDatasetFile(file) opens spreadsheets the reader chose", () => {
  it.each([
    ["a CSV file", "women_in_computing.csv", "text/csv", 10],
    ["a CSV file with no type", "women_in_computing.csv", "", 10],
    ["a TSV file", "template.tsv", "text/tab-separated-values", 3],
    [
      "an .xlsx workbook",
      "template.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      2,
    ],
  ])("%s", async (_, name, type, events) => {
    const loaded = await readDatasetFile(new File([fixture(name)], name, { type }));
    expect(loaded.format).toBe("spreadsheet");
    expect(loaded.dataset.events).toHaveLength(events);
  });

  it("opens a workbook by its content, whatever its name", async () => {
    const loaded = await readDatasetFile(new File([fixture("template.xlsx")], "download"));
    expect(loaded.dataset.events.map((e) => e.title)).toEqual(["Moon landing", "Hubble"]);
  });

  it("opens a CSV saved as UTF-16 with a byte-order mark", async () => {
    const text = fixture("semicolons-bom.csv")
      .toString("utf8")
      .replace(/^\uFEFF/, "");
    const bytes = new Uint8Array(2 + text.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, true);
    for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), true);
    const loaded = await readDatasetFile(new File([bytes], "utf16.csv"));
    expect(loaded.dataset.events.map((e) => e.title)).toEqual(["First", "Second", "Third"]);
  });

  it("says what it expected of a file that is neither JSON nor a spreadsheet", async () => {
    const error = await refusal(new File(["hello there"], "notes.md"));
    expect(error.message).toBe("notes.md is neither JSON nor a spreadsheet.");
    expect(error.details).toEqual([
      "It starts with “hello there”.",
      expect.stringMatching(/^Sourceline opens JSON .* and spreadsheets: CSV, TSV or \.xlsx/),
    ]);
    expect(error.failure).toEqual({ kind: "unrecognised" });
  });

  it("still reads a .json file as JSON, and says so when it is not", async () => {
    const error = await refusal(new File(["Year,Headline\n2020,A\n"], "t.json"));
    expect(error.message).toBe("t.json is not JSON.");
  });
});
