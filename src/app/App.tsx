import { useState } from "react";
import { ErrorState } from "../components/ErrorState.tsx";
import { LoadingState } from "../components/LoadingState.tsx";
import { bundledDatasetUrl, useDataset } from "../data/datasetQuery.ts";
import { datasetUrlFromSearch } from "../data/datasetUrlFromSearch.ts";
import { TimelineApp } from "./TimelineApp.tsx";

/** The page for the dataset the address names (`?data=`), else the bundled one. */
export function App({ datasetUrl }: { datasetUrl?: string }) {
  const [location] = useState(() =>
    datasetUrl === undefined
      ? datasetUrlFromSearch(window.location.search, document.baseURI, bundledDatasetUrl())
      : ({ ok: true, data: datasetUrl } as const),
  );
  if (!location.ok) {
    return (
      <>
        <header className="masthead">
          <p className="masthead__brand">Sourceline</p>
          <h1>News timeline</h1>
        </header>
        <main id="main" className="page">
          <section className="error-state" role="alert" aria-labelledby="error-state-title">
            <h2 id="error-state-title">The timeline could not be loaded</h2>
            <p>{location.reason}</p>
            <p>
              <a href="./">Open the bundled timeline</a>
            </p>
          </section>
        </main>
      </>
    );
  }
  return <DatasetPage datasetUrl={location.data} />;
}

/** A masthead, then the timeline once its dataset has loaded, in every load state. */
function DatasetPage({ datasetUrl }: { datasetUrl: string }) {
  const query = useDataset(datasetUrl);
  return (
    <>
      <header className="masthead">
        <p className="masthead__brand">Sourceline</p>
        {query.status === "success" ? (
          <>
            <h1>{query.data.dataset.title}</h1>
            <p className="masthead__description">{query.data.dataset.description}</p>
          </>
        ) : (
          <h1>News timeline</h1>
        )}
      </header>
      {query.status === "success" ? (
        <TimelineApp data={query.data} datasetUrl={datasetUrl} />
      ) : (
        <main id="main" className="page">
          {query.status === "pending" ? (
            <LoadingState label="Loading the timeline…" />
          ) : (
            <ErrorState
              title="The timeline could not be loaded"
              error={query.error}
              onRetry={() => query.refetch()}
              retrying={query.isFetching}
            />
          )}
        </main>
      )}
    </>
  );
}
