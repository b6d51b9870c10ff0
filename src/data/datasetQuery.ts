import { queryOptions, useQuery } from "@tanstack/react-query";
import { DatasetLoadError } from "./datasetLoadError.ts";
import { readEmbeddedData } from "./embeddedData.ts";
import { indexDataset } from "./indexDataset.ts";
import { type LoadedDataset, readDatasetJson } from "./readDatasetJson.ts";

/** The bundled dataset's URL, resolved against the page so any sub-path works. */
export function bundledDatasetUrl(): string {
  return new URL("data/timeline.json", document.baseURI).href;
}

/** Fetches a dataset (or reads the one embedded in a standalone page) and checks it. */
export async function fetchDataset(url: string): Promise<LoadedDataset> {
  const embedded = readEmbeddedData();
  const json = embedded && url === bundledDatasetUrl() ? embedded.dataset : await fetchJson(url);
  return readDatasetJson(json, url);
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
  } catch (error) {
    // The engine's message quotes the first characters it could not read.
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetLoadError(`${url} is not valid JSON.`, [reason]);
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
