import type { ExcerptPosition } from "../../reader/claimLedger.ts";

/**
 * The sticky "Excerpt k of n ‹ ›" bar that steps through an article's highlights in order. At
 * either end its button is marked unavailable but keeps focus (a disabled one would drop it).
 */
export function ExcerptStepper({
  at,
  onStep,
}: {
  at: ExcerptPosition;
  onStep: (direction: -1 | 1) => void;
}) {
  return (
    <nav className="reader__stepper" aria-label="Excerpts in this article">
      <p aria-live="polite" aria-atomic="true">
        {at.position > 0 ? `Excerpt ${at.position} of ${at.count}` : `${at.count} excerpts`}
      </p>
      <button
        type="button"
        aria-label="Previous excerpt"
        title="Previous excerpt (← on a highlight)"
        aria-disabled={at.previous === null}
        onClick={() => at.previous !== null && onStep(-1)}
      >
        ‹
      </button>
      <button
        type="button"
        aria-label="Next excerpt"
        title="Next excerpt (→ on a highlight)"
        aria-disabled={at.next === null}
        onClick={() => at.next !== null && onStep(1)}
      >
        ›
      </button>
    </nav>
  );
}
