import { BodyText } from "../../components/BodyText.tsx";
import type { Media, TimelineEvent } from "../../data/datasetSchema.ts";
import { useT } from "../../i18n/useT.ts";
import { safeHref } from "../../lib/safeHref.ts";
import { NAME_LIMIT, shortText } from "../../lib/shortText.ts";
import { EventMedia } from "../details/EventMedia.tsx";
import { MediaLine } from "./MediaLine.tsx";

/** True when media has anything to show: an address, a quote, a caption or a credit. */
const hasMedia = (media: Media | undefined) =>
  media !== undefined &&
  (safeHref(media.url) !== null ||
    (media.text?.length ?? 0) > 0 ||
    Boolean(media.caption) ||
    Boolean(media.credit));

/**
 * For an event with no verified excerpt (imported from a TimelineJS file, or whose excerpts were
 * left out when the dataset was checked; the problems list says which): says so plainly, then
 * shows the text and media the file gave as its only source: in one line (the list), or as a
 * figure with the image inline (`mediaFigure`, the details). Text only: links are drawn only for
 * http(s) addresses, everything else is plain text.
 */
export function ImportedText({
  event,
  mediaFigure = false,
}: {
  event: TimelineEvent;
  mediaFigure?: boolean;
}) {
  const t = useT();
  const { body, media, displayDate } = event;
  const withMedia = hasMedia(media);
  const hasText = (body?.length ?? 0) > 0 || withMedia;
  return (
    <div className="imported">
      <p className="imported__notice">
        <strong>{t("list.noVerifiedExcerpt")}</strong>{" "}
        {hasText ? t("list.noArticleTextFollows") : t("list.noArticleNoText")}
      </p>
      {displayDate && (
        <p className="imported__date">
          {t("list.fileDate", { date: shortText(displayDate, NAME_LIMIT) })}
        </p>
      )}
      {body && body.length > 0 && <BodyText runs={body} className="imported__body" />}
      {media &&
        withMedia &&
        (mediaFigure ? <EventMedia media={media} /> : <MediaLine media={media} />)}
    </div>
  );
}
