import { megabytes } from "../data/fetchBody.ts";
import type { LoadProgress } from "../data/loadProgress.ts";

/** A polite, visible "loading" message; for a large download, how much has arrived. */
export function LoadingState({
  label,
  progress = null,
}: {
  label: string;
  progress?: LoadProgress | null;
}) {
  const amount =
    progress === null
      ? null
      : progress.total === null
        ? `${megabytes(progress.loaded)} so far`
        : `${megabytes(progress.loaded)} of ${megabytes(progress.total)}`;
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="loading__spinner" aria-hidden="true" />
      {label}
      {progress !== null && (
        <>
          <progress
            className="loading__progress"
            aria-label="Downloaded"
            max={progress.total ?? undefined}
            value={progress.total === null ? undefined : progress.loaded}
          />
          <span className="loading__amount">{amount}</span>
        </>
      )}
    </div>
  );
}
