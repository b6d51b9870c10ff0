import type { Media } from "../../data/datasetSchema.ts";
import { useT } from "../../i18n/useT.ts";
import { creditLine } from "../../lib/creditLine.ts";
import { joinSentences } from "../../lib/joinSentences.ts";
import { safeHref } from "../../lib/safeHref.ts";
import { shortText } from "../../lib/shortText.ts";

/**
 * An imported event's media in one line, for the list (nothing is loaded from elsewhere): a
 * quote's words, its caption and credit as sentences, and a link to where the media is.
 */
export function MediaLine({ media }: { media: Media }) {
  const t = useT();
  const href = safeHref(media.url);
  const quote =
    media.kind === "quote" && media.text ? media.text.map((run) => run.text).join("") : "";
  const words = joinSentences([
    quote && `“${shortText(quote.trim())}”`,
    media.caption && shortText(media.caption),
    media.credit && shortText(creditLine(media.credit)),
  ]);
  if (words === "" && !href) return null;
  return (
    <p className="imported__media">
      <span className="event-card__label">{t("list.media")}</span> {words}
      {href && (
        <>
          {words ? " " : ""}
          <a href={href} target="_blank" rel="noopener noreferrer">
            {t("list.openMedia")}
          </a>
        </>
      )}
    </p>
  );
}
