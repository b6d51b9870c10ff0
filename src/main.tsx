import { createRoot, hydrateRoot } from "react-dom/client";
import { createQueryClient } from "./app/createQueryClient.ts";
import { FIRST_VIEW_ID } from "./app/firstViewId.ts";
import { Root } from "./app/Root.tsx";
import { bundledDatasetUrl, datasetQueryOptions } from "./data/datasetQuery.ts";
import { readEmbeddedData } from "./data/embeddedData.ts";
import { chooseLocale } from "./i18n/chooseLocale.ts";
import { applyLocaleToPage, loadLocale } from "./i18n/loadLocale.ts";
import { DEFAULT_LOCALE } from "./i18n/locales.ts";
import { readLocaleSources } from "./i18n/readLocaleSources.ts";
import { parseViewState } from "./state/parseViewState.ts";
import { serializeViewState } from "./state/serializeViewState.ts";
import "./styles.css";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

const search = new URLSearchParams(window.location.search);
const bundled = !search.has("data");
// The reader's language: `?lang=`, then their saved choice, then the browser's, then English.
const locale = chooseLocale(readLocaleSources());
applyLocaleToPage(locale);
// The page carries the bundled story's first view, rendered at build time in English: it is
// hydrated when the address asks for that view (no dataset, selection, filter, window, view or
// embed of its own) and the reader reads English.
const firstView =
  locale === DEFAULT_LOCALE &&
  document.documentElement.dataset.firstView === "bundled" &&
  bundled &&
  !search.has("embed") &&
  serializeViewState(parseViewState(window.location.search)) === "";

const client = createQueryClient();
// The bundled dataset carried in the page is read before the first render, so that render shows
// the story (as the markup already does), not a loading state.
const ready = Promise.all([
  bundled && readEmbeddedData()
    ? client.prefetchQuery(datasetQueryOptions(bundledDatasetUrl()))
    : undefined,
  // Another language's messages arrive before the first render, which then speaks it.
  loadLocale(locale).catch(() =>
    loadLocale(DEFAULT_LOCALE).then(() => applyLocaleToPage(DEFAULT_LOCALE)),
  ),
]);
ready.finally(() => {
  if (firstView) {
    const prerendered = document.getElementById(FIRST_VIEW_ID) ?? container;
    hydrateRoot(prerendered, <Root client={client} datasetUrl={bundledDatasetUrl()} firstView />);
  } else {
    createRoot(container).render(<Root client={client} firstView={false} />);
  }
});
