import { useMemo, useState } from "react";
import type { TimelineEvent } from "../../data/datasetSchema.ts";
import type { IndexedDataset } from "../../data/indexDataset.ts";
import { formatCount } from "../../i18n/formatCount.ts";
import { useT } from "../../i18n/useT.ts";
import { keptEvents } from "../../search/filterMask.ts";
import { EventCard } from "./EventCard.tsx";

interface EventListProps {
  /** The events to list, already in time order. */
  events: readonly TimelineEvent[];
  /** Which of `events` the filters and the search leave (see `EventMask`); absent or null: all. */
  keep?: Uint8Array | null;
  data: IndexedDataset;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
  /** Opens the reader on an event's excerpt (from its card's "Show in article"). */
  onShowInArticle?: (id: string, excerptIndex: number) => void;
  /** How many cards to draw at first and per "Show more"; the page stays light for big datasets. */
  pageSize?: number;
}

/** Every event in time order, as an accessible list of cards: the timeline's text alternative. */
export function EventList({
  events: all,
  keep = null,
  data,
  selectedId = null,
  onSelect,
  onShowInArticle,
  pageSize = 200,
}: EventListProps) {
  const t = useT();
  const [pages, setPages] = useState(1);
  const events = useMemo(() => keptEvents(all, keep), [all, keep]);
  const shown = events.length > pages * pageSize ? events.slice(0, pages * pageSize) : events;
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title" tabIndex={-1}>
        {t("list.events")}{" "}
        <span className="event-list__count">{t("list.count", { count: events.length })}</span>
      </h2>
      {events.length === 0 ? (
        <p className="empty-state">{t("list.empty")}</p>
      ) : (
        <ol className="event-list__items">
          {shown.map((event) => (
            <li key={event.id}>
              <EventCard
                event={event}
                people={data.people}
                sources={data.sources}
                selected={event.id === selectedId}
                onSelect={onSelect}
                onShowInArticle={onShowInArticle}
              />
            </li>
          ))}
        </ol>
      )}
      {shown.length < events.length && (
        <p className="event-list__more">
          <button type="button" onClick={() => setPages((n) => n + 1)}>
            {t("list.showMore", {
              count: Math.min(pageSize, events.length - shown.length),
            })}
          </button>{" "}
          {t("list.notShownYet", { count: formatCount(events.length - shown.length) })}
        </p>
      )}
    </section>
  );
}
