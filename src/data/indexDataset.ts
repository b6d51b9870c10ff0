import type { LoadProblem } from "./loadProblem.ts";
import type { DatasetFormat, LoadedDataset } from "./readDatasetJson.ts";
import type { Dataset, Person, Source } from "./schema.ts";

/** A dataset with lookups by id, built once per load, with what loading left out. */
export interface IndexedDataset {
  dataset: Dataset;
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
  problems: readonly LoadProblem[];
  format: DatasetFormat;
}

/** Builds the id lookups the views need. */
export function indexDataset({ dataset, problems, format }: LoadedDataset): IndexedDataset {
  return {
    dataset,
    problems,
    format,
    people: new Map(dataset.people.map((p) => [p.id, p])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
  };
}
