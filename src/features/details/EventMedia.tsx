import { type ReactNode, useState } from "react";
import { BodyText } from "../../components/BodyText.tsx";
import { fillSlots, slot } from "../../components/fillSlots.tsx";
import { TextRuns } from "../../components/TextRuns.tsx";
import type { Media, TextRun } from "../../data/datasetSchema.ts";
import { useT } from "../../i18n/useT.ts";
import { creditPrefix } from "../../lib/creditLine.ts";
import { safeHref } from "../../lib/safeHref.ts";

/** Characters of a caption or a credit shown, as of a title. */
const CAPTION_LIMIT = 300;

/** The host a link card names: "youtube.com" for "https://www.youtube.com/watch?v=…". */
const hostOf = (href: string) => new URL(href).hostname.replace(/^www\./, "");

/** A card linking to media that is not shown here: what it is and where, opening a new tab. */
function MediaCard({ href, label }: { href: string; label: string }) {
  const t = useT();
  return (
    <a className="media-card" href={href} target="_blank" rel="noopener noreferrer">
      <span className="media-card__label">{label}</span>{" "}
      <span className="media-card__host">
        {fillSlots(t("list.mediaOnHost", { host: slot("host") }), {
          host: <bdi>{hostOf(href)}</bdi>,
        })}
      </span>
    </a>
  );
}

/**
 * An http image of another site over https, as a browser upgrades it on an https page; one of
 * this page's own site (a file's relative media, served with it) as it is.
 */
function overHttps(href: string): string {
  if (!/^http:\/\//i.test(href)) return href;
  if (typeof location !== "undefined" && new URL(href).origin === location.origin) return href;
  return href.replace(/^http:\/\//i, "https://");
}

/**
 * An image from the web, lazily loaded and sent no referrer; the card when it fails to load. The
 * page's policy loads images from its own site and https hosts, so an http image is asked for
 * over https (as a browser upgrades it on an https page), never refused by the policy with an
 * error in the console; the card still links to the address as the file gives it.
 */
function MediaImage({ href, alt, label }: { href: string; alt: string; label: string }) {
  const [failed, setFailed] = useState(false);
  if (failed) return <MediaCard href={href} label={label} />;
  return (
    <img
      className="media__image"
      src={overHttps(href)}
      alt={alt}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
    />
  );
}

const runsOf = (runs: readonly TextRun[] | undefined, plain: string | null) =>
  runs ?? (plain ? [{ text: plain }] : []);

/** A credit's runs after "Credit: ", which it gets only when it does not say so itself. */
function creditRuns(runs: readonly TextRun[]): readonly TextRun[] {
  const [first, ...rest] = runs;
  if (!first) return runs;
  const prefix = creditPrefix(runs.map((run) => run.text).join(""));
  if (prefix === "") return runs;
  return first.href ? [{ text: prefix }, ...runs] : [{ text: prefix + first.text }, ...rest];
}

/**
 * An imported event's media as a figure: an image inline, a quote as text, anything else
 * (video, audio, posts, maps, pages) as a card linking to its source: third-party players and
 * scripts are never loaded. Its caption and credit below, with their links.
 */
export function EventMedia({ media }: { media: Media }) {
  const t = useT();
  const href = safeHref(media.url);
  const label = media.label ?? t("list.mediaName");
  const caption = runsOf(media.captionRuns, media.caption);
  const credit = creditRuns(runsOf(media.creditRuns, media.credit));
  let shown: ReactNode = null;
  if (media.kind === "quote" && media.text?.length) {
    shown = (
      <blockquote className="media__quote">
        <BodyText runs={media.text} className="media__quote-text" />
      </blockquote>
    );
  } else if (href && media.kind === "image") {
    shown = <MediaImage href={href} alt={media.caption ?? label} label={label} />;
  } else if (href) {
    shown = <MediaCard href={href} label={label} />;
  }
  const hasCaption = caption.length > 0 || credit.length > 0;
  if (shown === null && !hasCaption) return null;
  return (
    <figure className="media">
      {shown}
      {hasCaption && (
        <figcaption className="media__caption">
          {caption.length > 0 && (
            <span className="media__caption-text">
              <TextRuns runs={caption} limit={CAPTION_LIMIT} />
            </span>
          )}
          {credit.length > 0 && (
            <span className="media__credit">
              <TextRuns runs={credit} limit={CAPTION_LIMIT} />
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
