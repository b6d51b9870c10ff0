import { useState } from "react";
import { Highlighted } from "../../components/Highlighted.tsx";
import { ShowMoreButton } from "../../components/ShowMoreButton.tsx";
import type { TextRun, TimelineEvent } from "../../data/datasetSchema.ts";
import { safeHref } from "../../lib/safeHref.ts";
import { clampPoint, NAME_LIMIT, shortText } from "../../lib/shortText.ts";

/**
 * For an event with no verified excerpt (imported from a TimelineJS file, or whose excerpts were
 * left out when the dataset was checked; the problems list says which): says so plainly, then
 * shows the text and media credit the file gave as its only source. Text only: links are drawn
 * only for http(s) addresses, everything else is plain text.
 */
export function ImportedText({ event }: { event: TimelineEvent }) {
  const { body, media, displayDate } = event;
  const credit = [media?.caption, media?.credit && `Credit: ${media.credit}`]
    .filter((text): text is string => Boolean(text))
    .map((text) => shortText(text));
  const mediaHref = safeHref(media?.url);
  const hasText = (body?.length ?? 0) > 0 || credit.length > 0 || mediaHref !== null;
  return (
    <div className="imported">
      <p className="imported__notice">
        <strong>No verified excerpt.</strong> No article backs this event
        {hasText
          ? "; what follows is the text it came with, not checked against any article."
          : ", and it came with no text beyond what is shown above."}
      </p>
      {displayDate && (
        <p className="imported__date">
          Date as the file gives it: {shortText(displayDate, NAME_LIMIT)}
        </p>
      )}
      {body && body.length > 0 && <BodyText runs={body} />}
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

/** Characters of an imported text shown before "Show more". */
const BODY_LIMIT = 1500;

/** The runs of an imported text, cut at `BODY_LIMIT` characters with "Show more". */
function BodyText({ runs }: { runs: readonly TextRun[] }) {
  const [open, setOpen] = useState(false);
  const total = runs.reduce((n, run) => n + run.text.length, 0);
  const long = total > BODY_LIMIT;
  const shown: TextRun[] = [];
  let room = open || !long ? Number.POSITIVE_INFINITY : BODY_LIMIT;
  for (const run of runs) {
    if (room <= 0) break;
    if (run.text.length <= room) shown.push(run);
    else shown.push({ ...run, text: `${run.text.slice(0, clampPoint(run.text, room))}…` });
    room -= run.text.length;
  }
  return (
    <p className="imported__body">
      {shown.map((run, i) => {
        const href = safeHref(run.href);
        return href ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed sequence.
          <a key={i} href={href} target="_blank" rel="noopener noreferrer">
            <Highlighted text={run.text} />
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed sequence.
          <span key={i}>
            <Highlighted text={run.text} />
          </span>
        );
      })}
      {long && (
        <>
          {" "}
          <ShowMoreButton open={open} onToggle={() => setOpen(!open)} />
        </>
      )}
    </p>
  );
}
