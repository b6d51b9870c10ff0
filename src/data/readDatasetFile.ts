import { DatasetLoadError } from "./datasetLoadError.ts";
import { MAX_DATASET_BYTES, megabytes } from "./fetchJson.ts";
import { type LoadedDataset, readDatasetJson } from "./readDatasetJson.ts";

/**
 * Reads a local file the reader chose or dropped, in the browser (it is never sent anywhere):
 * JSON in Sourceline's format or TimelineJS3's, with the same checks as a fetched dataset.
 */
export async function readDatasetFile(file: Blob & { name: string }): Promise<LoadedDataset> {
  if (file.size > MAX_DATASET_BYTES) {
    throw new DatasetLoadError(
      `${file.name} is ${megabytes(file.size)}; Sourceline opens files of up to ${megabytes(MAX_DATASET_BYTES)}.`,
      [],
      { kind: "too-large" },
    );
  }
  const text = await file.text();
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
