import { useT } from "../../i18n/useT.ts";
import type { TextDirection } from "../../lib/logicalArrow.ts";
import type { ExcerptPosition } from "../../reader/claimLedger.ts";

/**
 * The sticky "Excerpt k of n ‹ ›" bar that steps through an article's highlights in order. At
 * either end its button is marked unavailable but keeps focus (a disabled one would drop it).
 * In a right-to-left language the bar is mirrored: "previous" stands on the right, its glyph
 * drawn pointing there (‹ and › are mirrored characters), and → is its key.
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
  const t = useT();
  // ‹ and › are mirrored by the browser in a right-to-left page, so they point the way it reads.
  const [back, on] = textDirection === "rtl" ? ["→", "←"] : ["←", "→"];
  const steps = [
    {
      direction: -1,
      label: t("reader.previousExcerpt"),
      shortcut: back,
      glyph: "‹",
      to: at.previous,
    },
    { direction: 1, label: t("reader.nextExcerpt"), shortcut: on, glyph: "›", to: at.next },
  ] as const;
  return (
    <nav className="reader__stepper" aria-label={t("reader.excerptsInArticle")}>
      <p aria-live="polite" aria-atomic="true">
        {at.position > 0
          ? t("reader.excerptOf", { position: at.position, count: at.count })
          : t("reader.excerptCount", { count: at.count })}
      </p>
      {steps.map(({ direction, label, shortcut, glyph, to }) => (
        <button
          key={direction}
          type="button"
          aria-label={label}
          title={t("reader.stepTitle", { label, shortcut })}
          aria-disabled={to === null}
          onClick={() => to !== null && onStep(direction)}
        >
          {glyph}
        </button>
      ))}
    </nav>
  );
}
