import { useMemo } from "react";
import { compareEvents } from "../../data/compareEvents.ts";
import type { IndexedDataset } from "../../data/indexDataset.ts";
import { EventCard } from "./EventCard.tsx";

/** Every event in time order, as an accessible list of cards. */
export function EventList({ data }: { data: IndexedDataset }) {
  const events = useMemo(() => [...data.dataset.events].sort(compareEvents), [data]);
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
              <EventCard event={event} people={data.people} sources={data.sources} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
