/** Said when the filters leave no event (with why, when one filter alone explains it), with the way back. */
export function NoResults({
  onClear,
  reason,
}: {
  onClear: () => void;
  reason?: string | undefined;
}) {
  return (
    <div className="no-results" role="status">
      <p>{reason ?? "No events match these filters."}</p>
      <button type="button" onClick={onClear}>
        Clear filters
      </button>
    </div>
  );
}
