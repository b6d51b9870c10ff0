import { ClampedText } from "../../components/ClampedText.tsx";
import { fillSlots, slot } from "../../components/fillSlots.tsx";

import type { Excerpt, Source } from "../../data/datasetSchema.ts";
import { sourcePublisher } from "../../data/sourcePublisher.ts";
import { formatPublished } from "../../dates/formatEventDate.ts";
import { useForeignLanguage } from "../../i18n/useForeignLanguage.ts";
import { useT } from "../../i18n/useT.ts";
import { safeHref } from "../../lib/safeHref.ts";
import { shortText } from "../../lib/shortText.ts";

/** An excerpt as a quotation, attributed to its publisher, headline and date. */
export function ExcerptQuote({
  excerpt,
  source,
}: {
  excerpt: Excerpt;
  source: Source | undefined;
}) {
  const t = useT();
  const href = safeHref(source?.url);
  // The quote and the headline are in the source's language: marked so where it is not the page's.
  const lang = useForeignLanguage(source?.language);
  return (
    <figure className="excerpt">
      <blockquote className="excerpt__quote" cite={href ?? undefined} lang={lang}>
        <p>
          <ClampedText text={excerpt.exact} />
        </p>
      </blockquote>
      <figcaption className="excerpt__source">
        {source ? (
          <>
            {sourcePublisher(source) && (
              <>
                <bdi>{sourcePublisher(source)}</bdi>,{" "}
              </>
            )}
            <cite dir="auto" lang={lang}>
              {shortText(source.title)}
            </cite>
            , {formatPublished(source.published)}
          </>
        ) : (
          fillSlots(t("list.unknownSource", { id: slot("id") }), {
            id: <bdi>{excerpt.source}</bdi>,
          })
        )}
      </figcaption>
    </figure>
  );
}
