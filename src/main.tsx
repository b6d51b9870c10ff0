import { createRoot, hydrateRoot } from "react-dom/client";
import { createQueryClient } from "./app/createQueryClient.ts";
import { FIRST_VIEW_ID } from "./app/firstViewId.ts";
import { Root } from "./app/Root.tsx";
import { bundledDatasetUrl, datasetQueryOptions } from "./data/datasetQuery.ts";
import { readEmbeddedData } from "./data/embeddedData.ts";
import { parseViewState } from "./state/parseViewState.ts";
import { serializeViewState } from "./state/serializeViewState.ts";
import "./styles.css";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

const search = new URLSearchParams(window.location.search);
const bundled = !search.has("data");
// The page carries the bundled story's first view, rendered at build time: it is hydrated when
// the address asks for that view (no dataset, selection, filter, window, view or embed of its own).
const firstView =
  document.documentElement.dataset.firstView === "bundled" &&
  bundled &&
  !search.has("embed") &&
  serializeViewState(parseViewState(window.location.search)) === "";

const client = createQueryClient();
// The bundled dataset carried in the page is read before the first render, so that render shows
// the story (as the markup already does), not a loading state.
const ready =
  bundled && readEmbeddedData()
    ? client.prefetchQuery(datasetQueryOptions(bundledDatasetUrl()))
    : Promise.resolve();
ready.finally(() => {
  if (firstView) {
    const prerendered = document.getElementById(FIRST_VIEW_ID) ?? container;
    hydrateRoot(prerendered, <Root client={client} datasetUrl={bundledDatasetUrl()} firstView />);
  } else {
    createRoot(container).render(<Root client={client} firstView={false} />);
  }
});
