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
  return (
    <div className="no-results" role="status">
      <p>{reason ?? "No events match these filters."}</p>
      {suggestion && onSuggestion && (
        <p className="no-results__suggestion">
          Did you mean{" "}
          <button
            type="button"
            className="link-button"
            aria-label={`Did you mean ${suggestion}? Search for it`}
            onClick={() => onSuggestion(suggestion)}
          >
            {suggestion}
          </button>
          ?
        </p>
      )}
      <button type="button" onClick={onClear}>
        Clear filters
      </button>
    </div>
  );
}
