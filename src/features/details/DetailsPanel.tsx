import { ClampedText } from "../../components/ClampedText.tsx";
import { DateBasis } from "../../components/DateBasis.tsx";
import { EventSummary } from "../../components/EventSummary.tsx";
import { Highlighted } from "../../components/Highlighted.tsx";
import { NoteBadge } from "../../components/NoteBadge.tsx";
import { PanelHeader } from "../../components/PanelHeader.tsx";
import type { TimelineEvent } from "../../data/datasetSchema.ts";
import { eventGroup } from "../../data/eventGroup.ts";
import { eventNote, noteConcerns } from "../../data/eventNote.ts";
import type { IndexedDataset } from "../../data/indexDataset.ts";
import { noteKindClaim } from "../../data/noteKindLabels.ts";
import { sourcePublisher } from "../../data/sourcePublisher.ts";
import { describeKnownDate } from "../../dates/describeKnownDate.ts";
import { formatPublished, htmlDateTime } from "../../dates/formatEventDate.ts";
import { foreignLanguage } from "../../i18n/foreignLanguage.ts";
import { useActiveLocale } from "../../i18n/useActiveLocale.ts";
import { useT } from "../../i18n/useT.ts";
import { NAME_LIMIT, shortText } from "../../lib/shortText.ts";
import { ImportedText } from "../eventList/ImportedText.tsx";
import { TypeBadge } from "../eventList/TypeBadge.tsx";

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
  const t = useT();
  const locale = useActiveLocale();
  const { event, data, previous, next, activePerson } = props;
  const dateTime = htmlDateTime(event.date.edtf);
  const known = describeKnownDate(event.date);
  const note = eventNote(event);
  return (
    <section className="details" aria-labelledby="details-title" data-type={event.type}>
      <PanelHeader closeLabel={t("details.close")} onClose={props.onClose}>
        <span className="details__kind">
          <TypeBadge type={event.type} group={eventGroup(event)} icon />
        </span>
      </PanelHeader>
      <h2 id="details-title" className="details__title" tabIndex={-1}>
        <ClampedText text={event.title} limit={300} />
      </h2>
      <p className="details__date">
        {known.lead && <span className="details__precision">{known.lead}: </span>}
        {dateTime ? <time dateTime={dateTime}>{known.text}</time> : known.text}
      </p>
      <DateBasis date={event.date} sources={data.sources} />
      {event.people.length > 0 && (
        <div className="details__people">
          <h3>{t("details.people")}</h3>
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
                    title={person?.description ? shortText(person.description) : undefined}
                    aria-label={t(active ? "details.personFilterOff" : "details.personFilterOn", {
                      name: shortText(person?.name ?? id, NAME_LIMIT),
                    })}
                    onClick={() => props.onPerson(active ? null : id)}
                  >
                    <bdi>
                      <Highlighted text={shortText(person?.name ?? id, NAME_LIMIT)} />
                    </bdi>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <EventSummary event={event} className="details__summary" />
      {event.excerpts.length === 0 ? (
        <ImportedText event={event} mediaFigure />
      ) : (
        <>
          <h3>
            {t("details.excerpts")}{" "}
            <span className="details__count">
              {t("list.count", { count: event.excerpts.length })}
            </span>
          </h3>
          <ol className="details__excerpts">
            {event.excerpts.map((excerpt, index) => {
              const source = data.sources.get(excerpt.source);
              // Only a note naming its excerpts marks them: one about the event is said above.
              const flagged = note?.excerpts !== undefined && noteConcerns(note, index);
              return (
                <li key={`${excerpt.source}:${excerpt.start}`}>
                  {flagged && (
                    <p className="excerpt__flag">
                      <NoteBadge kind={note.kind} /> {noteKindClaim(note.kind)}
                    </p>
                  )}
                  <figure className="excerpt">
                    <blockquote
                      className="excerpt__quote"
                      lang={foreignLanguage(source?.language, locale)}
                    >
                      <p>
                        <ClampedText text={excerpt.exact} />
                      </p>
                    </blockquote>
                    <figcaption className="excerpt__source">
                      {source
                        ? [sourcePublisher(source), formatPublished(source.published)]
                            .filter(Boolean)
                            .join(", ")
                        : excerpt.source}
                    </figcaption>
                  </figure>
                  {source?.kind === "article" && (
                    <button
                      type="button"
                      className="link-button"
                      data-show-excerpt={index}
                      aria-label={t("list.showInArticleLabel", { number: index + 1 })}
                      onClick={() => props.onShowInArticle(index)}
                    >
                      {t("list.showInArticle")}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      <nav className="details__nav" aria-label={t("details.neighbours")}>
        <button
          type="button"
          disabled={!previous}
          aria-label={
            previous
              ? t("details.previousEvent", { title: shortText(previous.title) })
              : t("details.previous")
          }
          onClick={() => previous && props.onSelect(previous.id)}
        >
          {t("details.previousButton")}
        </button>
        <button
          type="button"
          disabled={!next}
          aria-label={
            next ? t("details.nextEvent", { title: shortText(next.title) }) : t("details.next")
          }
          onClick={() => next && props.onSelect(next.id)}
        >
          {t("details.nextButton")}
        </button>
      </nav>
    </section>
  );
}
