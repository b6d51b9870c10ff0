import { ClampedText } from "../../components/ClampedText.tsx";
import type { TimelineEvent } from "../../data/schema.ts";

/**
 * An event's summary and note, long ones cut with "Show more". An imported event's summary is its
 * own text, which `ImportedText` shows in full, so it is not repeated here.
 */
export function EventSummary({ event, className }: { event: TimelineEvent; className: string }) {
  return (
    <>
      {!event.body?.length && (
        <p className={className}>
          <ClampedText text={event.summary} />
        </p>
      )}
      {event.note && (
        <p className="event-card__note">
          <strong>Note:</strong> <ClampedText text={event.note} />
        </p>
      )}
    </>
  );
}
