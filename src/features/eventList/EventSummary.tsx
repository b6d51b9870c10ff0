import { ClampedText } from "../../components/ClampedText.tsx";
import { eventNote } from "../../data/eventNote.ts";
import type { TimelineEvent } from "../../data/schema.ts";

/**
 * An event's summary and note, long ones cut with "Show more". An imported event's summary is its
 * own text, which `ImportedText` shows in full, so it is not repeated here.
 */
export function EventSummary({ event, className }: { event: TimelineEvent; className: string }) {
  const note = eventNote(event);
  return (
    <>
      {!event.body?.length && (
        <p className={className}>
          <ClampedText text={event.summary} />
        </p>
      )}
      {note && (
        <p className="event-card__note">
          <strong>Note:</strong> <ClampedText text={note.text} />
        </p>
      )}
    </>
  );
}
