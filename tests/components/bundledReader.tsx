import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useState } from "react";
import type { ArticleSource, Dataset } from "../../src/data/datasetSchema.ts";
import { SourceReader } from "../../src/features/reader/SourceReader.tsx";

/** A file of the project, as text. */
export const read = (path: string) => readFileSync(join(process.cwd(), path), "utf8");

/** The bundled story, as the reader tests open it. */
export const dataset = JSON.parse(read("public/data/timeline.json")) as Dataset;
const first = dataset.sources.find((s): s is ArticleSource => s.kind === "article");
if (!first) throw new Error("The bundled dataset quotes no article");
/** The bundled story's first article. */
export const source: ArticleSource = first;
export const DATA_URL = "http://test.local/data/timeline.json";
/** Where the reader fetches the first article's text. */
export const ARTICLE_URL = new URL(source.text.path, DATA_URL).href;
/** The first article's text as published. */
export const ARTICLE = read(`public/data/${source.text.path}`);
const sources = new Map(dataset.sources.map((s) => [s.id, s]));

/**
 * The reader on the first article as the app holds it: the chosen excerpt (`first` at the start)
 * is state that choosing changes.
 */
export function BundledReader({
  chosen: initial,
  onOpenEvent = () => {},
}: {
  chosen: { eventId: string; index: number };
  onOpenEvent?: (id: string) => void;
}) {
  const [chosen, setChosen] = useState(initial);
  return (
    <SourceReader
      source={source}
      datasetUrl={DATA_URL}
      events={dataset.events}
      sources={sources}
      chosen={chosen}
      onSelectExcerpt={(eventId, index) => setChosen({ eventId, index })}
      onOpenEvent={onOpenEvent}
      excerptHref={(eventId, index) => `?event=${eventId}&reader=${index}`}
      onBack={() => {}}
      onClose={() => {}}
    />
  );
}
