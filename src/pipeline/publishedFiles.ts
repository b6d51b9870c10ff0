import { z } from "zod/mini";
import { datasetSchema } from "../data/datasetSchema.ts";
import type { BuildOutput } from "./buildDataset.ts";

/** A file the pipeline publishes, by its path relative to the dataset folder. */
export interface PublishedFile {
  path: string;
  bytes: Uint8Array;
}

/** The dataset file's name in the dataset folder. */
export const DATASET_FILE = "timeline.json";

/** The JSON Schema file's name, published beside the dataset. */
export const SCHEMA_FILE = "timeline.schema.json";

const encoder = new TextEncoder();

/** Deterministic JSON: two-space indent, keys in schema order, a final newline. */
export function toStableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The JSON Schema of the dataset, generated from the schema the app and the pipeline share. */
export function datasetJsonSchema(): object {
  return {
    ...z.toJSONSchema(datasetSchema, { target: "draft-2020-12" }),
    $id: SCHEMA_FILE,
    title: "Sourceline dataset",
    description:
      "A news timeline in which every event carries verbatim, position-anchored excerpts of the articles that report it.",
  };
}

/** Every file the dataset folder should hold after a run, in a fixed order. */
export function publishedFiles(output: BuildOutput): PublishedFile[] {
  return [
    { path: DATASET_FILE, bytes: encoder.encode(toStableJson(output.dataset)) },
    { path: SCHEMA_FILE, bytes: encoder.encode(toStableJson(datasetJsonSchema())) },
    ...output.articleTexts,
  ];
}
