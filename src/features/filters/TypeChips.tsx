import { TypeIcon } from "../../components/TypeIcon.tsx";
import { eventTypeLabel } from "../../data/eventTypeLabels.ts";
import { EVENT_TYPES, type EventType } from "../../data/vocabulary.ts";
import { useT } from "../../i18n/useT.ts";

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
  const t = useT();
  const shown = types ?? EVENT_TYPES;
  const toggle = (type: EventType) => {
    const next = shown.includes(type) ? shown.filter((k) => k !== type) : [...shown, type];
    // Every type the dataset has shown again is no type filter at all.
    const all = presentTypes.every((k) => next.includes(k));
    onTypes(all ? null : EVENT_TYPES.filter((k) => next.includes(k)));
  };
  return (
    <fieldset className="type-chips">
      <legend className="visually-hidden">{t("filters.eventTypes")}</legend>
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
