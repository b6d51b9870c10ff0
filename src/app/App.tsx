import { ErrorState } from "../components/ErrorState.tsx";
import { LoadingState } from "../components/LoadingState.tsx";
import { useDataset } from "../data/datasetQuery.ts";
import { EventList } from "../features/eventList/EventList.tsx";

/** The page: a header, then the timeline's events in every load state. */
export function App({ datasetUrl }: { datasetUrl?: string }) {
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
      <main className="page">
        {query.status === "pending" && <LoadingState label="Loading the timeline…" />}
        {query.status === "error" && (
          <ErrorState
            title="The timeline could not be loaded"
            error={query.error}
            onRetry={() => query.refetch()}
            retrying={query.isFetching}
          />
        )}
        {query.status === "success" && <EventList data={query.data} />}
      </main>
    </>
  );
}
