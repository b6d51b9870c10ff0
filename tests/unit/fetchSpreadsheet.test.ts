// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DatasetLoadError } from "../../src/data/datasetLoadError.ts";
import { fetchDataset } from "../../src/data/datasetQuery.ts";
import { fetchDatasetBody } from "../../src/data/fetchDatasetBody.ts";

const DIR = "tests/fixtures/spreadsheets/";
const csv = readFileSync(`${DIR}women_in_computing.csv`, "utf8");
const xlsx = new Uint8Array(readFileSync(`${DIR}template.xlsx`));

/** The network: each address answers with `respond(url)`. */
let respond: (url: string) => Response = () => new Response("", { status: 404 });
const network = vi.fn(async (url: string) => respond(url));

/** A body sent in pieces of `size` bytes. */
const inPieces = (bytes: Uint8Array, size: number) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      controller.close();
    },
  });

beforeEach(() => {
  network.mockClear();
  vi.stubGlobal("fetch", network);
});
afterEach(() => vi.unstubAllGlobals());

describe("fetchDataset(url) opens a spreadsheet by ?data=", () => {
  it("opens a CSV, told from JSON by its content", async () => {
    respond = () => new Response(csv, { headers: { "content-type": "text/csv" } });
    const loaded = await fetchDataset("https://example.org/sheets/timeline");
    expect(loaded.format).toBe("spreadsheet");
    expect(loaded.dataset.title).toBe("Women in Computing");
    expect(loaded.dataset.events).toHaveLength(10);
  });

  it("opens an .xlsx workbook sent a byte at a time", async () => {
    respond = () => new Response(inPieces(xlsx, 1));
    const loaded = await fetchDataset("https://example.org/t.xlsx");
    expect(loaded.dataset.events.map((e) => e.title)).toEqual(["Moon landing", "Hubble"]);
  });

  it("reads a Google Sheet's own address as its published CSV", async () => {
    respond = () => new Response(csv);
    const loaded = await fetchDataset("https://docs.google.com/spreadsheets/d/KEY/edit#gid=0");
    expect(network.mock.calls.map(([url]) => url)).toEqual([
      "https://docs.google.com/spreadsheets/d/KEY/pub?output=csv&gid=0&single=true",
    ]);
    expect(loaded.dataset.events).toHaveLength(10);
  });

  it("says to publish a Google Sheet whose address gives its page, not its data", async () => {
    respond = () => new Response("<!DOCTYPE html><html><title>Sign in</title>");
    const error = await fetchDataset(
      "https://docs.google.com/spreadsheets/d/e/KEY/pub?output=csv",
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as Error).message).toBe(
      "https://docs.google.com/spreadsheets/d/e/KEY/pub?output=csv is a Google Sheets page, not the sheet's data.",
    );
    expect((error as DatasetLoadError).details[0]).toMatch(/^Publish the sheet to the web/);
  });
});

describe("fetchDatasetBody(url) keeps a workbook's bytes and decodes text", () => {
  it.each([1, 3, 4, 1000])("a workbook in pieces of %i bytes", async (size) => {
    respond = () => new Response(inPieces(xlsx, size));
    expect(await fetchDatasetBody("https://example.org/t")).toEqual({ bytes: xlsx });
  });

  it.each([
    ["a body shorter than a signature", "ab", "ab"],
    ["an empty body", "", ""],
    ["text after a UTF-8 byte-order mark", "\uFEFFYear", "Year"],
  ])("%s", async (_, text, decoded) => {
    respond = () => new Response(inPieces(new TextEncoder().encode(text), 1));
    expect(await fetchDatasetBody("https://example.org/t")).toEqual({ text: decoded });
  });
});
