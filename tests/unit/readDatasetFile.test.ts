import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DatasetLoadError } from "../../src/data/datasetLoadError.ts";
import { fetchJson, MAX_DATASET_BYTES } from "../../src/data/fetchJson.ts";
import { readDatasetFile } from "../../src/data/readDatasetFile.ts";

const published = readFileSync("public/data/timeline.json", "utf8");

/** A file the reader chose; `size` stands in for a large file without making one. */
const file = (name: string, text: string, size?: number) => {
  const chosen = new File([text], name);
  if (size !== undefined) Object.defineProperty(chosen, "size", { value: size });
  return chosen;
};

/** The DatasetLoadError a file is refused with. */
const refusal = (chosen: File) =>
  readDatasetFile(chosen).then(
    () => expect.unreachable("the file was read"),
    (error: unknown) => {
      expect(error).toBeInstanceOf(DatasetLoadError);
      const { message, details, failure } = error as DatasetLoadError;
      return { message, details, failure };
    },
  );

describe("readDatasetFile(file) reads a dataset the reader chose on this device", () => {
  it("reads a Sourceline dataset, with the same checks as a fetched one", async () => {
    const loaded = await readDatasetFile(file("mine.json", published));
    expect(loaded.format).toBe("sourceline");
    expect(loaded.dataset.events).toHaveLength(JSON.parse(published).events.length);
    expect(loaded.problems).toEqual([]);
  });

  it("reads a file of exactly the largest size it opens", async () => {
    const loaded = await readDatasetFile(file("big.json", published, MAX_DATASET_BYTES));
    expect(loaded.format).toBe("sourceline");
  });

  it("refuses a larger file before reading it, saying both sizes", async () => {
    expect(await refusal(file("huge.json", published, MAX_DATASET_BYTES + 1))).toEqual({
      message: "huge.json is 50.0 MB; Sourceline opens files of up to 50.0 MB.",
      details: [],
      failure: { kind: "too-large" },
    });
  });

  it.each([
    ["an empty file", "", "The file is empty."],
    ["a file of spaces", "  \n\t ", "The file is empty."],
    [
      "a page of HTML",
      "\n  <!doctype html><title>Oops</title>",
      "It starts with “<!doctype html><title>Oops</title>”.",
    ],
    [
      "a long text, quoted up to 60 characters",
      `  ${"x".repeat(100)}  `,
      `It starts with “${"x".repeat(60)}”.`,
    ],
  ])(
    "refuses %s as not JSON, quoting how it starts and the parser's message",
    async (_, text, start) => {
      const { message, details, failure } = await refusal(file("notes.json", text));
      expect(message).toBe("notes.json is not JSON.");
      expect(details).toEqual([start, expect.stringMatching(/JSON/)]);
      expect(failure).toEqual({ kind: "not-json" });
    },
  );

  it("names the file when its JSON is no timeline it can read", async () => {
    const { message, failure } = await refusal(file("other.json", '{"hello":"world"}'));
    expect(message).toBe("other.json is neither a Sourceline dataset nor a TimelineJS file.");
    expect(failure).toEqual({ kind: "unrecognised" });
  });
});

const DATA_URL = "http://test.local/data.json";

/** The text as an editor saves it in UTF-16 with a byte-order mark. */
function utf16(text: string, order: "le" | "be"): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, order === "le");
  for (let i = 0; i < text.length; i++)
    view.setUint16(2 + i * 2, text.charCodeAt(i), order === "le");
  return bytes;
}

describe("a timeline saved as UTF-16 with a byte-order mark opens from a file and by ?data= alike", () => {
  it.each(["le", "be"] as const)("UTF-16 %s", async (order) => {
    const bytes = utf16(published, order);
    const file = await readDatasetFile(new File([bytes], "timeline.json"));
    const originalFetch = globalThis.fetch;
    globalThis.fetch = async () => new Response(bytes);
    try {
      expect(await fetchJson(DATA_URL)).toEqual(JSON.parse(published));
    } finally {
      globalThis.fetch = originalFetch;
    }
    expect(file.dataset).toEqual(
      (await readDatasetFile(new File([published], "timeline.json"))).dataset,
    );
    expect(file.problems).toEqual([]);
  });

  it("still refuses UTF-16 without a mark as not JSON, saying how it starts", async () => {
    const bytes = utf16(published, "le").slice(2);
    const error = await readDatasetFile(new File([bytes], "t.json")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).message).toBe("t.json is not JSON.");
    expect((error as DatasetLoadError).failure).toEqual({ kind: "not-json" });
  });
});
