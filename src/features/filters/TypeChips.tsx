import { TypeIcon } from "../../components/TypeIcon.tsx";
import { eventTypeLabel } from "../../data/eventTypeLabels.ts";
import { EVENT_TYPES, type EventType } from "../../data/vocabulary.ts";

interface TypeChipsProps {
  /** The types shown; null shows every type. */
  types: readonly EventType[] | null;
  typeCounts: Record<EventType, number>;
  /** The types the dataset has at all: only those get a toggle. */
  presentTypes: readonly EventType[];
  onTypes: (types: EventType[] | null) => void;
  /** Shape and count only (the name stays, for screen readers and as a tooltip). */
  compact?: boolean;
}

/** A toggle per event type, with its shape, name and count; all on is no type filter. */
export function TypeChips({
  types,
  typeCounts,
  presentTypes,
  onTypes,
  compact = false,
}: TypeChipsProps) {
  const shown = types ?? EVENT_TYPES;
  const toggle = (type: EventType) => {
    const next = shown.includes(type) ? shown.filter((t) => t !== type) : [...shown, type];
    // Every type the dataset has shown again is no type filter at all.
    const all = presentTypes.every((t) => next.includes(t));
    onTypes(all ? null : EVENT_TYPES.filter((t) => next.includes(t)));
  };
  return (
    <fieldset className="type-chips">
      <legend className="visually-hidden">Event types</legend>
      {presentTypes.map((type) => (
        <button
          key={type}
          type="button"
          className="type-toggle"
          data-type={type}
          aria-pressed={shown.includes(type)}
          onClick={() => toggle(type)}
          title={compact ? eventTypeLabel(type) : undefined}
        >
          <TypeIcon type={type} />
          <span className={compact ? "visually-hidden" : undefined}>{eventTypeLabel(type)}</span>{" "}
          <span className="type-toggle__count">{typeCounts[type]}</span>
        </button>
      ))}
    </fieldset>
  );
}
