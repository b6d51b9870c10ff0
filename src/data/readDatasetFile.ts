import { DatasetLoadError } from "./datasetLoadError.ts";
import { megabytes } from "./fetchBody.ts";
import { MAX_DATASET_BYTES } from "./fetchJson.ts";
import { type LoadedDataset, readDatasetJson } from "./readDatasetJson.ts";
import { streamDecoder } from "./streamDecoder.ts";

/**
 * Reads a local file the reader chose or dropped, in the browser (it is never sent anywhere):
 * JSON in Sourceline's format or TimelineJS3's, with the same checks as a fetched dataset, and
 * decoded as one (UTF-8, or UTF-16 by its byte-order mark).
 */
export async function readDatasetFile(file: Blob & { name: string }): Promise<LoadedDataset> {
  if (file.size > MAX_DATASET_BYTES) {
    throw new DatasetLoadError(
      `${file.name} is ${megabytes(file.size)}; Sourceline opens files of up to ${megabytes(MAX_DATASET_BYTES)}.`,
      [],
      { kind: "too-large" },
    );
  }
  const decoder = streamDecoder();
  const text = decoder.push(new Uint8Array(await file.arrayBuffer())) + decoder.end();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const start = text.trimStart().slice(0, 60);
    throw new DatasetLoadError(
      `${file.name} is not JSON.`,
      [
        start === "" ? "The file is empty." : `It starts with “${start}”.`,
        error instanceof Error ? error.message : String(error),
      ],
      { kind: "not-json" },
    );
  }
  return readDatasetJson(json, file.name);
}
