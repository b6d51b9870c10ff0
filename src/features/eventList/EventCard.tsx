import { ClampedText } from "../../components/ClampedText.tsx";
import { DateBasis } from "../../components/DateBasis.tsx";
import { EventSummary } from "../../components/EventSummary.tsx";
import { Highlighted } from "../../components/Highlighted.tsx";
import { NoteBadge } from "../../components/NoteBadge.tsx";
import type { Person, Source, TimelineEvent } from "../../data/datasetSchema.ts";
import { eventGroup } from "../../data/eventGroup.ts";
import { eventNote } from "../../data/eventNote.ts";
import { formatEventDate, htmlDateTime } from "../../dates/formatEventDate.ts";
import { useT } from "../../i18n/useT.ts";
import { shortText } from "../../lib/shortText.ts";
import { ExcerptQuote } from "./ExcerptQuote.tsx";
import { ImportedText } from "./ImportedText.tsx";
import { TypeBadge } from "./TypeBadge.tsx";

interface EventCardProps {
  event: TimelineEvent;
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
  selected?: boolean;
  /** When given, the title is a button that opens the event's details. */
  onSelect?: ((id: string) => void) | undefined;
  /** When given, each excerpt of an article has a "Show in article" button opening the reader on it. */
  onShowInArticle?: ((id: string, excerptIndex: number) => void) | undefined;
}

/** One event: type, date, title, people, summary, note, and its excerpts with their sources. */
export function EventCard({
  event,
  people,
  sources,
  selected = false,
  onSelect,
  onShowInArticle,
}: EventCardProps) {
  const t = useT();
  const titleId = `event-${event.id}-title`;
  const dateTime = htmlDateTime(event.date.edtf);
  const dateText = formatEventDate(event.date.edtf);
  const note = eventNote(event);
  const names = event.people.map((id) => people.get(id)?.name ?? id);
  return (
    <article
      className={`event-card${selected ? " is-selected" : ""}`}
      data-type={event.type}
      data-event-id={event.id}
      aria-labelledby={titleId}
      aria-current={selected ? "true" : undefined}
    >
      <p className="event-card__meta">
        <TypeBadge type={event.type} group={eventGroup(event)} />
        {note && <NoteBadge kind={note.kind} />}
        {dateTime ? (
          <time className="event-card__date" dateTime={dateTime}>
            {dateText}
          </time>
        ) : (
          <span className="event-card__date">{dateText}</span>
        )}
      </p>
      <h3 id={titleId} className="event-card__title">
        {onSelect ? (
          <button type="button" className="event-card__open" onClick={() => onSelect(event.id)}>
            <bdi>
              <Highlighted text={shortText(event.title)} />
            </bdi>
          </button>
        ) : (
          <ClampedText text={event.title} limit={300} />
        )}
      </h3>
      {names.length > 0 && (
        <p className="event-card__people">
          <span className="event-card__label">{t("list.people")}</span>{" "}
          <bdi>
            <Highlighted text={names.join(", ")} />
          </bdi>
        </p>
      )}
      <EventSummary event={event} className="event-card__summary" />
      {event.excerpts.length === 0 ? (
        <ImportedText event={event} />
      ) : (
        <ul
          className="event-card__excerpts"
          aria-label={t("list.excerptsReporting", { title: shortText(event.title) })}
        >
          {event.excerpts.map((excerpt, index) => (
            <li key={`${excerpt.source}:${excerpt.start}`}>
              <ExcerptQuote excerpt={excerpt} source={sources.get(excerpt.source)} />
              {onShowInArticle && sources.get(excerpt.source)?.kind === "article" && (
                <button
                  type="button"
                  className="link-button excerpt__show"
                  aria-label={t("list.showInArticleLabel", { number: index + 1 })}
                  aria-describedby={titleId}
                  onClick={() => onShowInArticle(event.id, index)}
                >
                  {t("list.showInArticle")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <DateBasis date={event.date} sources={sources} />
    </article>
  );
}
