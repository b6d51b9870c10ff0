import type { TimelineEvent } from "../data/datasetSchema.ts";
import { eventNote } from "../data/eventNote.ts";
import { ClampedText } from "./ClampedText.tsx";
import { NoteBadge } from "./NoteBadge.tsx";

/**
 * An event's summary and note, long ones cut with "Show more". An imported event's summary is its
 * own text, which `ImportedText` shows in full, so it is not repeated here; an empty one (the
 * checks list it as a warning) takes no line, nor one that only repeats the title (an imported
 * event without text, titled by its caption). The note comes before
 * the excerpts it may correct, with its kind as a badge.
 */
export function EventSummary({ event, className }: { event: TimelineEvent; className: string }) {
  const note = eventNote(event);
  return (
    <>
      {!event.body?.length && event.summary !== "" && event.summary !== event.title && (
        <p className={className}>
          <ClampedText text={event.summary} />
        </p>
      )}
      {note && (
        <p className="event-note" data-kind={note.kind}>
          <NoteBadge kind={note.kind} /> <ClampedText text={note.text} />
        </p>
      )}
    </>
  );
}
