import { EVENT_TYPE_LABELS } from "../../data/eventTypeLabels.ts";
import type { EventType } from "../../data/schema.ts";

/** The event's type as a labelled badge (the label, not only the colour, tells types apart). */
export function TypeBadge({ type }: { type: EventType }) {
  return (
    <span className="type-badge" data-type={type}>
      {EVENT_TYPE_LABELS[type]}
    </span>
  );
}
