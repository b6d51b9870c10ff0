import { hasVisibleCharacter } from "../../lib/hasVisibleCharacter.ts";
import { clampText } from "./clampText.ts";

/** The longest title made from a slide's text or caption. */
export const FALLBACK_TITLE_LENGTH = 100;

/**
 * The first of `texts` that shows something, as a title: its first line, cut at a word near
 * `FALLBACK_TITLE_LENGTH` characters; `otherwise` when none does. TimelineJS3 labels a slide
 * without a headline by its text, then its media caption (src/js/timenav/TimeMarker.js).
 */
export function firstVisibleLine(texts: readonly string[], otherwise: string): string {
  for (const text of texts) {
    const line = text.split("\n").find(hasVisibleCharacter)?.trim();
    if (line) return clampText(line, FALLBACK_TITLE_LENGTH);
  }
  return otherwise;
}
