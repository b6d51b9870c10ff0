import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DatasetLoadError } from "../../src/data/datasetLoadError.ts";
import { fetchJson } from "../../src/data/fetchJson.ts";
import { readDatasetFile } from "../../src/data/readDatasetFile.ts";

const TEXT = readFileSync("public/data/timeline.json", "utf8");
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
    const bytes = utf16(TEXT, order);
    const file = await readDatasetFile(new File([bytes], "timeline.json"));
    const originalFetch = globalThis.fetch;
    globalThis.fetch = async () => new Response(bytes);
    try {
      expect(await fetchJson(DATA_URL)).toEqual(JSON.parse(TEXT));
    } finally {
      globalThis.fetch = originalFetch;
    }
    expect(file.dataset).toEqual(
      (await readDatasetFile(new File([TEXT], "timeline.json"))).dataset,
    );
    expect(file.problems).toEqual([]);
  });

  it("still refuses UTF-16 without a mark as not JSON, saying how it starts", async () => {
    const bytes = utf16(TEXT, "le").slice(2);
    const error = await readDatasetFile(new File([bytes], "t.json")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).message).toBe("t.json is not JSON.");
    expect((error as DatasetLoadError).failure).toEqual({ kind: "not-json" });
  });
});
