import { renderToString } from "react-dom/server";
import { createQueryClient } from "../app/createQueryClient.ts";
import { Root } from "../app/Root.tsx";
import { datasetQueryOptions } from "../data/datasetQuery.ts";
import { readDatasetJson } from "../data/readDatasetJson.ts";

/**
 * The page's first view of a dataset (parsed JSON), rendered to HTML at build time: the markup the
 * browser paints before any script runs, and hydrates. `url` names the dataset as the page will.
 */
export async function renderFirstView(json: unknown, url: string): Promise<string> {
  const client = createQueryClient();
  client.setQueryData(datasetQueryOptions(url).queryKey, await readDatasetJson(json, url));
  return renderToString(<Root client={client} datasetUrl={url} firstView />);
}
