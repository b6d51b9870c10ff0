import { useId } from "react";
import { DatasetLoadError } from "../data/datasetLoadError.ts";

interface ErrorStateProps {
  title: string;
  error: Error;
  /** Offers Retry (a load that may work next time). */
  onRetry?: () => void;
  retrying?: boolean;
  /** Offers Dismiss (a message about something already over, like a bad file). */
  onDismiss?: () => void;
}

/** Says what failed and why, lists the details, and offers Retry or Dismiss. */
export function ErrorState({
  title,
  error,
  onRetry,
  retrying = false,
  onDismiss,
}: ErrorStateProps) {
  const details = error instanceof DatasetLoadError ? error.details : [];
  const titleId = useId();
  return (
    <section className="error-state" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
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
      {onRetry && (
        <button type="button" onClick={onRetry} disabled={retrying}>
          {retrying ? "Retrying…" : "Retry"}
        </button>
      )}
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </section>
  );
}
