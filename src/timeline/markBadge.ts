import { noteKindLabel } from "../data/noteKindLabels.ts";
import type { NoteKind } from "../data/vocabulary.ts";
import type { MeasureText, Px } from "./types.ts";

/** Space between a title and the badge after it. */
export const BADGE_GAP: Px = 5;

/** The badge's font size against the label's: keep in step with `.mark__badge text` in styles.css. */
const BADGE_SCALE = 11 / 13;
/** Bolder than the label's text, so a little wider; and padding inside its outline. */
const BOLD = 1.1;
const PADDING: Px = 8;

/** The words on a mark's note badge ("Correction", "Vague"): the note's kind, never a colour alone. */
export function badgeText(kind: NoteKind): string {
  return noteKindLabel(kind);
}

/** How wide a note badge is drawn, from its words as `measure` (the label's font) gives them. */
export function badgeWidth(kind: NoteKind, measure: MeasureText): Px {
  return Math.ceil(measure(badgeText(kind)) * BADGE_SCALE * BOLD + PADDING);
}

/** The room a badge takes after a title (gap included); 0 for an event without a note. */
export function badgeRoom(kind: NoteKind | undefined, measure: MeasureText): Px {
  return kind === undefined ? 0 : BADGE_GAP + badgeWidth(kind, measure);
}
