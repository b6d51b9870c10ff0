import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode, useEffect } from "react";
import { FirstViewContext } from "../components/useFirstView.ts";
import { App } from "./App.tsx";

interface RootProps {
  client: QueryClient;
  /** The dataset to show; by default the one the address names (`?data=`), else the bundled one. */
  datasetUrl?: string;
  /** True where this renders (or hydrates) the first view rendered at build time. */
  firstView: boolean;
}

/**
 * Marks the page as running (`<html data-ready>`) once the app has drawn it: a page rendered at
 * build time looks the same before, but only answers to the reader from then on.
 */
function Ready() {
  useEffect(() => {
    document.documentElement.dataset.ready = "";
  }, []);
  return null;
}

/** The whole page with its providers: the same tree in the browser and when rendered at build. */
export function Root({ client, datasetUrl, firstView }: RootProps) {
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <FirstViewContext value={firstView}>
          <App datasetUrl={datasetUrl} />
          <Ready />
        </FirstViewContext>
      </QueryClientProvider>
    </StrictMode>
  );
}
