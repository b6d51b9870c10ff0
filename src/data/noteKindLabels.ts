import type { NoteKind } from "./vocabulary.ts";

/** What each kind of note is called on its badge: in words, never by colour alone. */
export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  wrong: "Correction",
  disputed: "Disputed",
  vague: "Vague",
  unverified: "Unverified",
};

/** What a note of each kind says of the excerpts it concerns, as a reader's sentence. */
export const NOTE_KIND_CLAIMS: Record<NoteKind, string> = {
  wrong: "The article is wrong here",
  disputed: "Disputed",
  vague: "Too vague to check",
  unverified: "Not verified",
};
