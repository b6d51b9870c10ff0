import type { EventDate, Source } from "../data/datasetSchema.ts";
import { sourcePublisher } from "../data/sourcePublisher.ts";
import { formatPublished } from "../dates/formatEventDate.ts";
import { useT } from "../i18n/useT.ts";
import { safeHref } from "../lib/safeHref.ts";
import { shortText } from "../lib/shortText.ts";
import { Highlighted } from "./Highlighted.tsx";

/** How the date is known (no line when that is not said), with links to the reports that fix it. */
export function DateBasis({
  date,
  sources,
}: {
  date: EventDate;
  sources: ReadonlyMap<string, Source>;
}) {
  const t = useT();
  const references = date.references.map((id) => sources.get(id)).filter((s) => s !== undefined);
  return (
    <div className="date-basis">
      {date.basis !== "" && (
        <p>
          <span className="event-card__label">{t("components.dateBasis")}</span>{" "}
          <bdi>
            <Highlighted text={date.basis} />
          </bdi>
        </p>
      )}
      {references.length > 0 && (
        <ul className="date-basis__references" aria-label={t("components.dateReferences")}>
          {references.map((source) => {
            const href = safeHref(source.url);
            const label = (
              <>
                {sourcePublisher(source) && (
                  <>
                    <bdi>
                      <Highlighted text={sourcePublisher(source)} />
                    </bdi>
                    ,{" "}
                  </>
                )}
                <cite dir="auto">
                  <Highlighted text={shortText(source.title)} />
                </cite>
                , {formatPublished(source.published)}
              </>
            );
            return (
              <li key={source.id}>
                {href ? (
                  <a href={href} rel="noreferrer noopener" target="_blank">
                    {label}
                    <span className="visually-hidden"> {t("components.opensInNewTab")}</span>
                  </a>
                ) : (
                  <span>{label}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
