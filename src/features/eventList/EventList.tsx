import type { IndexedDataset } from "../../data/indexDataset.ts";
import type { TimelineEvent } from "../../data/schema.ts";
import { EventCard } from "./EventCard.tsx";

interface EventListProps {
  /** The events to list, already in time order. */
  events: readonly TimelineEvent[];
  data: IndexedDataset;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
}

/** Every event in time order, as an accessible list of cards: the timeline's text alternative. */
export function EventList({ events, data, selectedId = null, onSelect }: EventListProps) {
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title">
        Events <span className="event-list__count">({events.length})</span>
      </h2>
      {events.length === 0 ? (
        <p className="empty-state">This timeline has no events yet.</p>
      ) : (
        <ol className="event-list__items">
          {events.map((event) => (
            <li key={event.id}>
              <EventCard
                event={event}
                people={data.people}
                sources={data.sources}
                selected={event.id === selectedId}
                onSelect={onSelect}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
