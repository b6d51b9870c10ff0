// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { EMBEDDED_DATA_ID } from "../../src/data/embeddedData.ts";

const DATASET_URL = "https://example.org/story/data/timeline.json";
const data = {
  dataset: { title: "Embedded" },
  texts: { "articles/a.txt": "Text of A", "../b.txt": "Text of B" },
};

/** A fresh copy of the module (it reads the page once) on a page carrying `block` as its data. */
async function pageWith(block: string | null) {
  document.body.innerHTML =
    block === null ? "" : `<script type="application/json" id="${EMBEDDED_DATA_ID}"></script>`;
  const element = document.getElementById(EMBEDDED_DATA_ID);
  if (element && block !== null) element.textContent = block;
  vi.resetModules();
  return import("../../src/data/embeddedData.ts");
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("readEmbeddedData() finds the data a standalone page carries", () => {
  it("reads the page's data block", async () => {
    const { readEmbeddedData } = await pageWith(JSON.stringify(data));
    expect(readEmbeddedData()).toEqual(data);
  });

  it("reads the page once: the data stays when the block is gone", async () => {
    const { readEmbeddedData } = await pageWith(JSON.stringify(data));
    const first = readEmbeddedData();
    document.body.innerHTML = "";
    expect(readEmbeddedData()).toBe(first);
  });

  it("remembers that a page has no data too", async () => {
    const { readEmbeddedData } = await pageWith(null);
    expect(readEmbeddedData()).toBeNull();
    document.body.innerHTML = `<script type="application/json" id="${EMBEDDED_DATA_ID}">${JSON.stringify(data)}</script>`;
    expect(readEmbeddedData()).toBeNull();
  });

  it.each([
    ["a page with no data block (the hosted app)", null],
    ["an empty data block", ""],
    ["a block with no dataset", JSON.stringify({ texts: {} })],
    ["a block of null", "null"],
    ["a block of a string naming a dataset", JSON.stringify("dataset")],
  ])("gives null for %s", async (_, block) => {
    const { readEmbeddedData } = await pageWith(block);
    expect(readEmbeddedData()).toBeNull();
  });

  it("gives null where there is no page at all (a worker)", async () => {
    vi.stubGlobal("document", undefined);
    vi.resetModules();
    const { readEmbeddedData } = await import("../../src/data/embeddedData.ts");
    expect(readEmbeddedData()).toBeNull();
  });
});

describe("embeddedText(url, datasetUrl) finds an article text the page carries", () => {
  it.each([
    ["a path beside the dataset", "https://example.org/story/data/articles/a.txt", "Text of A"],
    ["a path above it", "https://example.org/story/b.txt", "Text of B"],
    ["an address the page does not carry", "https://example.org/story/data/c.txt", undefined],
    ["the same path on another site", "https://elsewhere.org/story/data/articles/a.txt", undefined],
  ])("%s", async (_, url, text) => {
    const { embeddedText } = await pageWith(JSON.stringify(data));
    expect(embeddedText(url, DATASET_URL)).toBe(text);
  });

  it("finds nothing on a page with no data", async () => {
    const { embeddedText } = await pageWith(null);
    expect(embeddedText("https://example.org/story/data/articles/a.txt", DATASET_URL)).toBe(
      undefined,
    );
  });
});
