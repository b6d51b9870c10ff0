import { DatasetLoadError } from "../data/datasetQuery.ts";

interface ErrorStateProps {
  title: string;
  error: Error;
  onRetry: () => void;
  retrying?: boolean;
}

/** Says what failed and why, lists the details, and offers Retry. */
export function ErrorState({ title, error, onRetry, retrying = false }: ErrorStateProps) {
  const details = error instanceof DatasetLoadError ? error.details : [];
  return (
    <section className="error-state" role="alert" aria-labelledby="error-state-title">
      <h2 id="error-state-title">{title}</h2>
      <p>{error.message}</p>
      {details.length > 0 && (
        <ul className="error-state__details">
          {details.map((line) => (
            <li key={line}>
              <code>{line}</code>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? "Retrying…" : "Retry"}
      </button>
    </section>
  );
}
