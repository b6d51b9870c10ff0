import { noteKindLabel } from "../data/noteKindLabels.ts";
import type { NoteKind } from "../data/vocabulary.ts";

/**
 * A note's kind as a small badge, in words ("Correction", "Vague"): a correction is filled, a
 * dispute outlined, a vague claim dashed and an unverified one dotted, so they differ without
 * colour too.
 */
export function NoteBadge({ kind }: { kind: NoteKind }) {
  return (
    <span className="note-badge" data-kind={kind}>
      {noteKindLabel(kind)}
    </span>
  );
}
