import type { Dataset, TimelineEvent } from "../data/datasetSchema.ts";

/**
 * The dataset cut down to `events`: exactly those events in the given order, only the people
 * they name and the sources they quote or date by (kept in the dataset's order), every era, and
 * the same version, title and description.
 */
export function sourcelineSubset(dataset: Dataset, events: readonly TimelineEvent[]): Dataset {
  const people = new Set(events.flatMap((e) => e.people));
  const sources = new Set(
    events.flatMap((e) => [...e.excerpts.map((x) => x.source), ...e.date.references]),
  );
  return {
    version: dataset.version,
    title: dataset.title,
    description: dataset.description,
    sources: dataset.sources.filter((s) => sources.has(s.id)),
    people: dataset.people.filter((p) => people.has(p.id)),
    events: [...events],
    ...(dataset.eras === undefined ? {} : { eras: dataset.eras }),
  };
}

/**
 * Writes `events` as a Sourceline dataset file (JSON, two-space indent, final newline) that the
 * app can open again: see `sourcelineSubset` for what it keeps. Article sources keep their text
 * paths, which resolve only beside the original dataset's `articles/` folder.
 */
export function exportSourceline(dataset: Dataset, events: readonly TimelineEvent[]): string {
  return `${JSON.stringify(sourcelineSubset(dataset, events), null, 2)}\n`;
}
