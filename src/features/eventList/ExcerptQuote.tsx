import { ClampedText } from "../../components/ClampedText.tsx";
import { fillSlots, slot } from "../../components/fillSlots.tsx";

import type { Excerpt, Source } from "../../data/datasetSchema.ts";
import { sourcePublisher } from "../../data/sourcePublisher.ts";
import { formatPublished } from "../../dates/formatEventDate.ts";
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
  return (
    <figure className="excerpt">
      <blockquote className="excerpt__quote" cite={href ?? undefined}>
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
            <cite dir="auto">{shortText(source.title)}</cite>, {formatPublished(source.published)}
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
