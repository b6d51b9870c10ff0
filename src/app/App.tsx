import { ErrorState } from "../components/ErrorState.tsx";
import { LoadingState } from "../components/LoadingState.tsx";
import { bundledDatasetUrl, useDataset } from "../data/datasetQuery.ts";
import { TimelineApp } from "./TimelineApp.tsx";

/** The page: a masthead, then the timeline once its dataset has loaded, in every load state. */
export function App({ datasetUrl = bundledDatasetUrl() }: { datasetUrl?: string }) {
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
