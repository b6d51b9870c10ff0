import type { EventType } from "../../data/datasetSchema.ts";
import { EVENT_TYPE_LABELS } from "../../data/eventTypeLabels.ts";

/** The event's type as a labelled badge (the label, not only the colour, tells types apart). */
export function TypeBadge({ type }: { type: EventType }) {
  return (
    <span className="type-badge" data-type={type}>
      {EVENT_TYPE_LABELS[type]}
    </span>
  );
}
