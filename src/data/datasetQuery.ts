import { queryOptions, useQuery } from "@tanstack/react-query";
import { readEmbeddedData } from "./embeddedData.ts";
import type { StartedFetch } from "./fetchBody.ts";
import { fetchJson } from "./fetchJson.ts";
import { indexDataset } from "./indexDataset.ts";
import { type LoadedDataset, readDatasetJson } from "./readDatasetJson.ts";

/** The bundled dataset's URL, resolved against the page so any sub-path works. */
export function bundledDatasetUrl(): string {
  return new URL("data/timeline.json", document.baseURI).href;
}

/** Fetches a dataset (or reads the one embedded in a standalone page) and checks it. */
export async function fetchDataset(url: string): Promise<LoadedDataset> {
  const embedded = readEmbeddedData();
  const json =
    embedded && url === bundledDatasetUrl()
      ? embedded.dataset
      : await fetchJson(url, takePrefetch(url));
  // Where load time goes, for the benchmark: read and parsed, then checked.
  performance.mark("dataset-parsed");
  const loaded = await readDatasetJson(json, url, url);
  performance.mark("dataset-checked");
  return loaded;
}

/** The fetch index.html started before the app loaded, taken once if it is for this URL. */
function takePrefetch(url: string): StartedFetch | null {
  const holder = globalThis as {
    __sourcelinePrefetch?: {
      url: string;
      response: Promise<Response>;
      controller?: AbortController;
    };
  };
  const prefetch = holder.__sourcelinePrefetch;
  if (!prefetch || prefetch.url !== url) return null;
  holder.__sourcelinePrefetch = undefined;
  return { response: prefetch.response, abort: () => prefetch.controller?.abort() };
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
