import type { TextDirection } from "../../lib/logicalArrow.ts";
import type { ExcerptPosition } from "../../reader/claimLedger.ts";

/**
 * The sticky "Excerpt k of n ‹ ›" bar that steps through an article's highlights in order. At
 * either end its button is marked unavailable but keeps focus (a disabled one would drop it).
 */
export function ExcerptStepper({
  at,
  onStep,
  textDirection = "ltr",
}: {
  at: ExcerptPosition;
  onStep: (direction: -1 | 1) => void;
  /** The article's direction: in right-to-left text → on a highlight steps back. */
  textDirection?: TextDirection;
}) {
  // ‹ and › are mirrored by the browser in a right-to-left page, so they point the way it reads.
  const [back, on] = textDirection === "rtl" ? ["→", "←"] : ["←", "→"];
  const steps = [
    { direction: -1, label: "Previous excerpt", shortcut: back, glyph: "‹", to: at.previous },
    { direction: 1, label: "Next excerpt", shortcut: on, glyph: "›", to: at.next },
  ] as const;
  return (
    <nav className="reader__stepper" aria-label="Excerpts in this article">
      <p aria-live="polite" aria-atomic="true">
        {at.position > 0
          ? `Excerpt ${at.position} of ${at.count}`
          : `${at.count} ${at.count === 1 ? "excerpt" : "excerpts"}`}
      </p>
      {steps.map(({ direction, label, shortcut, glyph, to }) => (
        <button
          key={label}
          type="button"
          aria-label={label}
          title={`${label} (${shortcut} on a highlight)`}
          aria-disabled={to === null}
          onClick={() => to !== null && onStep(direction)}
        >
          {glyph}
        </button>
      ))}
    </nav>
  );
}
