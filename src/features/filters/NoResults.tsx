/** Said when the filters leave no event, with the way back. */
export function NoResults({ onClear }: { onClear: () => void }) {
  return (
    <div className="no-results" role="status">
      <p>No events match these filters.</p>
      <button type="button" onClick={onClear}>
        Clear filters
      </button>
    </div>
  );
}
