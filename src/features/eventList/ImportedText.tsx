import type { TimelineEvent } from "../../data/schema.ts";
import { safeHref } from "../../lib/safeHref.ts";

/**
 * For an event with no verified excerpt (imported from a TimelineJS file): says so plainly, then
 * shows the text and media credit the file gave as its only source. Text only: links are drawn
 * only for http(s) addresses, everything else is plain text.
 */
export function ImportedText({ event }: { event: TimelineEvent }) {
  const { body, media, displayDate } = event;
  const credit = [media?.caption, media?.credit && `Credit: ${media.credit}`].filter(Boolean);
  const mediaHref = safeHref(media?.url);
  const hasText = (body?.length ?? 0) > 0 || credit.length > 0 || mediaHref !== null;
  return (
    <div className="imported">
      <p className="imported__notice">
        <strong>No verified excerpt.</strong> This event was imported from a file;{" "}
        {hasText
          ? "what follows is the text it came with, not checked against any article."
          : "it came with no text beyond its title and date, and no article backs it."}
      </p>
      {displayDate && <p className="imported__date">Date as the file gives it: {displayDate}</p>}
      {body && body.length > 0 && (
        <p className="imported__body">
          {body.map((run, i) => {
            const href = safeHref(run.href);
            return href ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed sequence.
              <a key={i} href={href} target="_blank" rel="noopener noreferrer">
                {run.text}
              </a>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed sequence.
              <span key={i}>{run.text}</span>
            );
          })}
        </p>
      )}
      {(credit.length > 0 || mediaHref) && (
        <p className="imported__media">
          <span className="event-card__label">Media:</span> {credit.join(". ")}
          {mediaHref && (
            <>
              {credit.length > 0 ? " " : ""}
              <a href={mediaHref} target="_blank" rel="noopener noreferrer">
                Open the media
              </a>
            </>
          )}
        </p>
      )}
    </div>
  );
}
