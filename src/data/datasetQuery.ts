import { queryOptions, useQuery } from "@tanstack/react-query";
import { readEmbeddedData } from "./embeddedData.ts";
import type { StartedFetch } from "./fetchBody.ts";
import { fetchDatasetBody } from "./fetchDatasetBody.ts";
import { parseFetchedJson } from "./fetchJson.ts";
import { googleSheetCsvUrl } from "./googleSheetCsvUrl.ts";
import { indexDataset } from "./indexDataset.ts";
import { readDatasetBody } from "./readDatasetBody.ts";
import { type LoadedDataset, readDatasetJson } from "./readDatasetJson.ts";

/** The bundled dataset's URL, resolved against the page so any sub-path works. */
export function bundledDatasetUrl(): string {
  return new URL("data/timeline.json", document.baseURI).href;
}

/**
 * Fetches a dataset (or reads the one embedded in a standalone page) and checks it: JSON or a
 * spreadsheet, told apart by its content and address. A Google Sheet's address is read as its
 * published CSV (`googleSheetCsvUrl`).
 */
export async function fetchDataset(url: string): Promise<LoadedDataset> {
  const embedded = readEmbeddedData();
  if (embedded && url === bundledDatasetUrl()) return checked(embedded.dataset, url);
  const source = googleSheetCsvUrl(url) ?? url;
  // index.html fetches no Google Sheet early: its address is not always its data's.
  const body = await fetchDatasetBody(source, takePrefetch(source));
  return readDatasetBody(
    body,
    source,
    (text) => {
      const json = parseFetchedJson(source, text);
      // Where load time goes, for the benchmark: read and parsed, then checked.
      performance.mark("dataset-parsed");
      return json;
    },
    "",
    source,
  ).then((loaded) => {
    performance.mark("dataset-checked");
    return loaded;
  });
}

async function checked(json: unknown, url: string): Promise<LoadedDataset> {
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
