import { ClampedText } from "../../components/ClampedText.tsx";
import { Highlighted } from "../../components/Highlighted.tsx";
import { EVENT_TYPE_LABELS } from "../../data/eventTypeLabels.ts";
import type { IndexedDataset } from "../../data/indexDataset.ts";
import type { TimelineEvent } from "../../data/schema.ts";
import { formatEventDate, formatPublished, htmlDateTime } from "../../dates/formatEventDate.ts";
import { DateBasis } from "../eventList/DateBasis.tsx";
import { EventSummary } from "../eventList/EventSummary.tsx";
import { ImportedText } from "../eventList/ImportedText.tsx";
import { TypeIcon } from "../timeline/TypeSymbol.tsx";

interface DetailsPanelProps {
  event: TimelineEvent;
  data: IndexedDataset;
  previous: TimelineEvent | null;
  next: TimelineEvent | null;
  activePerson: string | null;
  onClose: () => void;
  onSelect: (id: string) => void;
  onPerson: (id: string | null) => void;
  onShowInArticle: (excerptIndex: number) => void;
}

/** Everything about one event, named by its title: date and basis, people, excerpts, neighbours. */
export function DetailsPanel(props: DetailsPanelProps) {
  const { event, data, previous, next, activePerson } = props;
  const dateTime = htmlDateTime(event.date.edtf);
  const dateText = formatEventDate(event.date.edtf);
  return (
    <section className="details" aria-labelledby="details-title" data-type={event.type}>
      <div className="details__top">
        <span className="type-badge" data-type={event.type}>
          <TypeIcon type={event.type} /> {EVENT_TYPE_LABELS[event.type]}
        </span>
        <button
          type="button"
          className="icon-button"
          onClick={props.onClose}
          aria-label="Close details"
          aria-keyshortcuts="Escape"
        >
          ×
        </button>
      </div>
      <h2 id="details-title" className="details__title" tabIndex={-1}>
        <ClampedText text={event.title} limit={300} />
      </h2>
      <p className="details__date">
        {dateTime ? <time dateTime={dateTime}>{dateText}</time> : dateText}
        {event.date.precision !== "day" && event.date.precision !== "unknown" && (
          <span className="details__precision"> (precise to the {event.date.precision})</span>
        )}
      </p>
      <DateBasis date={event.date} sources={data.sources} />
      {event.people.length > 0 && (
        <div className="details__people">
          <h3>People</h3>
          <ul>
            {event.people.map((id) => {
              const person = data.people.get(id);
              const active = activePerson === id;
              return (
                <li key={id}>
                  <button
                    type="button"
                    className="person-chip"
                    aria-pressed={active}
                    title={person?.description}
                    aria-label={`${person?.name ?? id}: ${active ? "remove the filter by this person" : "show only events with this person"}`}
                    onClick={() => props.onPerson(active ? null : id)}
                  >
                    <Highlighted text={person?.name ?? id} />
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <EventSummary event={event} className="details__summary" />
      {event.excerpts.length === 0 ? (
        <ImportedText event={event} />
      ) : (
        <>
          <h3>
            Excerpts <span className="details__count">({event.excerpts.length})</span>
          </h3>
          <ol className="details__excerpts">
            {event.excerpts.map((excerpt, index) => {
              const source = data.sources.get(excerpt.source);
              return (
                <li key={`${excerpt.source}:${excerpt.start}`}>
                  <figure className="excerpt">
                    <blockquote className="excerpt__quote">
                      <p>
                        <ClampedText text={excerpt.exact} />
                      </p>
                    </blockquote>
                    <figcaption className="excerpt__source">
                      {source
                        ? `${source.publisher}, ${formatPublished(source.published)}`
                        : excerpt.source}
                    </figcaption>
                  </figure>
                  {source?.kind === "article" && (
                    <button
                      type="button"
                      className="link-button"
                      data-show-excerpt={index}
                      aria-label={`Show in article: excerpt ${index + 1}`}
                      onClick={() => props.onShowInArticle(index)}
                    >
                      Show in article
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      <nav className="details__nav" aria-label="Neighbouring events">
        <button
          type="button"
          disabled={!previous}
          aria-label={previous ? `Previous: ${previous.title}` : "Previous"}
          onClick={() => previous && props.onSelect(previous.id)}
        >
          ← Previous
        </button>
        <button
          type="button"
          disabled={!next}
          aria-label={next ? `Next: ${next.title}` : "Next"}
          onClick={() => next && props.onSelect(next.id)}
        >
          Next →
        </button>
      </nav>
    </section>
  );
}
