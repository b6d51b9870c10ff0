import type { Note, TimelineEvent } from "./datasetSchema.ts";

/**
 * An event's note with its kind: a plain-string note (from a file written before notes had
 * kinds) is `unverified`, the most cautious reading. Null when the event has none.
 */
export function eventNote(event: Pick<TimelineEvent, "note">): Note | null {
  const { note } = event;
  if (note === undefined) return null;
  return typeof note === "string" ? { kind: "unverified", text: note } : note;
}

/** Whether the note concerns this excerpt (a note naming no excerpt concerns them all). */
export function noteConcerns(note: Note | null, excerptIndex: number): boolean {
  if (note === null) return false;
  return note.excerpts === undefined || note.excerpts.includes(excerptIndex);
}
