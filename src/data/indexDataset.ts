import type { Dataset, Person, Source } from "./schema.ts";

/** A dataset with lookups by id, built once per load. */
export interface IndexedDataset {
  dataset: Dataset;
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
}

/** Builds the id lookups the views need. */
export function indexDataset(dataset: Dataset): IndexedDataset {
  return {
    dataset,
    people: new Map(dataset.people.map((p) => [p.id, p])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
  };
}
