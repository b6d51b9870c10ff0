import { fillSlots, slot } from "../../components/fillSlots.tsx";
import { useT } from "../../i18n/useT.ts";

/**
 * Said when the filters leave no event (with why, when one filter alone explains it), with the
 * way back, and a correction of the search if any.
 */
export function NoResults({
  onClear,
  reason,
  suggestion = null,
  onSuggestion,
}: {
  onClear: () => void;
  reason?: string | undefined;
  /** A search to try instead ("did you mean"), from the dataset's own words. */
  suggestion?: string | null;
  onSuggestion?: (query: string) => void;
}) {
  const t = useT();
  return (
    <div className="no-results" role="status">
      <p>{reason ?? t("filters.noResults")}</p>
      {suggestion && onSuggestion && (
        <p className="no-results__suggestion">
          {fillSlots(t("filters.didYouMean", { suggestion: slot("suggestion") }), {
            suggestion: (
              <button
                type="button"
                className="link-button"
                aria-label={t("filters.didYouMeanLabel", { suggestion })}
                onClick={() => onSuggestion(suggestion)}
              >
                {suggestion}
              </button>
            ),
          })}
        </p>
      )}
      <button type="button" onClick={onClear}>
        {t("filters.clear")}
      </button>
    </div>
  );
}
