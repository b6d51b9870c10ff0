/** A polite, visible "loading" message with a placeholder of the content to come. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="loading__spinner" aria-hidden="true" />
      {label}
    </div>
  );
}
