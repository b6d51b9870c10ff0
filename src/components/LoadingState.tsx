import { megabytes } from "../data/fetchBody.ts";
import type { LoadProgress } from "../data/loadProgress.ts";
import { useT } from "../i18n/useT.ts";

/** A polite, visible "loading" message; for a large download, how much has arrived. */
export function LoadingState({
  label,
  progress = null,
}: {
  label: string;
  progress?: LoadProgress | null;
}) {
  const t = useT();
  const amount =
    progress === null
      ? null
      : progress.total === null
        ? t("components.loadedSoFar", { loaded: megabytes(progress.loaded) })
        : t("components.loadedOf", {
            loaded: megabytes(progress.loaded),
            total: megabytes(progress.total),
          });
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="loading__spinner" aria-hidden="true" />
      {label}
      {progress !== null && (
        <>
          <progress
            className="loading__progress"
            aria-label={t("components.downloaded")}
            max={progress.total ?? undefined}
            value={progress.total === null ? undefined : progress.loaded}
          />
          <span className="loading__amount">{amount}</span>
        </>
      )}
    </div>
  );
}
