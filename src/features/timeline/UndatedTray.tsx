import type { TimelineEvent } from "../../data/schema.ts";
import { TypeIcon } from "./TypeSymbol.tsx";

interface UndatedTrayProps {
  events: readonly TimelineEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onFocusEvent: (id: string) => void;
}

/** Events with no known date, beside the axis: shown, never dropped. */
export function UndatedTray({ events, selectedId, onSelect, onFocusEvent }: UndatedTrayProps) {
  if (events.length === 0) return null;
  return (
    <aside className="undated" aria-labelledby="undated-title">
      <h3 id="undated-title" className="undated__title">
        Undated <span className="undated__count">({events.length})</span>
      </h3>
      <ul className="undated__list">
        {events.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className="undated__item"
              data-event-id={event.id}
              data-type={event.type}
              aria-pressed={event.id === selectedId}
              aria-label={`${event.title}, date unknown`}
              onClick={() => onSelect(event.id)}
              onFocus={() => onFocusEvent(event.id)}
            >
              <TypeIcon type={event.type} />
              <span>{event.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
