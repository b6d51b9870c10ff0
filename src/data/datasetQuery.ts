import { validate as isDataset } from "virtual:sourceline/dataset-validator";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { describeIssues } from "./describeIssues.ts";
import { readEmbeddedData } from "./embeddedData.ts";
import { indexDataset } from "./indexDataset.ts";
import type { Dataset } from "./schema.ts";

/** A dataset that could not be loaded, with what failed and, for format errors, where. */
export class DatasetLoadError extends Error {
  override readonly name = "DatasetLoadError";
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** The bundled dataset's URL, resolved against the page so any sub-path works. */
export function bundledDatasetUrl(): string {
  return new URL("data/timeline.json", document.baseURI).href;
}

/** Fetches a dataset (or reads the one embedded in a standalone page) and checks it. */
export async function fetchDataset(url: string): Promise<Dataset> {
  const embedded = readEmbeddedData();
  const json = embedded && url === bundledDatasetUrl() ? embedded.dataset : await fetchJson(url);
  // The compiled check is fast and small; only a dataset it rejects loads the schema library,
  // which explains every problem (and accepts, as before, extra fields it can drop).
  if (isDataset(json)) return json as Dataset;
  const { datasetSchema } = await import("./schema.ts");
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    throw new DatasetLoadError(
      `${url} is not a Sourceline dataset.`,
      describeIssues(parsed.error.issues),
    );
  }
  return parsed.data;
}

/** The fetch index.html started before the app loaded, taken once if it is for this URL. */
function takePrefetch(url: string): Promise<Response> | null {
  const holder = globalThis as {
    __sourcelinePrefetch?: { url: string; response: Promise<Response> };
  };
  const prefetch = holder.__sourcelinePrefetch;
  if (!prefetch || prefetch.url !== url) return null;
  holder.__sourcelinePrefetch = undefined;
  return prefetch.response;
}

async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await (takePrefetch(url) ?? fetch(url));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetLoadError(`Could not reach ${url} (${reason}).`);
  }
  if (!response.ok) {
    throw new DatasetLoadError(
      `Loading ${url} failed: the server answered ${response.status} ${response.statusText}`.trim(),
    );
  }
  try {
    return await response.json();
  } catch {
    throw new DatasetLoadError(`${url} is not valid JSON.`);
  }
}

/** Query options for a dataset: key and fetcher together; indexed once by a stable `select`. */
export function datasetQueryOptions(url: string) {
  return queryOptions({
    queryKey: ["dataset", url],
    // The abort signal is left unused on purpose: a remount (StrictMode) would cancel the fetch.
    queryFn: () => fetchDataset(url),
    staleTime: Number.POSITIVE_INFINITY,
    select: indexDataset,
  });
}

/** The dataset, loaded and indexed; branch on `status` to narrow `data`. */
export function useDataset(url: string = bundledDatasetUrl()) {
  return useQuery(datasetQueryOptions(url));
}
