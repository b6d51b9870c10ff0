/**
 * "Corrections (n)": shows only the events that carry a note (a correction or a caveat), with how
 * many the other filters leave, so a fact-checker need not open every event to find them.
 */
export function CorrectionsToggle({
  on,
  count,
  onChange,
}: {
  on: boolean;
  count: number;
  onChange: (on: boolean) => void;
}) {
  return (
    <button
      type="button"
      className="corrections-toggle"
      aria-pressed={on}
      title="Only events with a correction or a caveat about the article"
      onClick={() => onChange(!on)}
    >
      Corrections ({count})
    </button>
  );
}
