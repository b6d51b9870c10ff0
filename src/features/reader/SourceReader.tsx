import { useEffect, useMemo, useRef } from "react";
import { ErrorState } from "../../components/ErrorState.tsx";
import { LoadingState } from "../../components/LoadingState.tsx";
import { articleTextUrl, useArticleText } from "../../data/articleTextQuery.ts";
import type { ArticleSource, TimelineEvent } from "../../data/schema.ts";
import { formatPublished } from "../../dates/formatEventDate.ts";
import { segmentText } from "../../reader/segmentText.ts";
import { splitParagraphs } from "../../reader/splitParagraphs.ts";
import { textFragmentUrl } from "../../reader/textFragmentUrl.ts";
import { usePrefersReducedMotion } from "../timeline/usePrefersReducedMotion.ts";

interface SourceReaderProps {
  source: ArticleSource;
  /** The dataset's address, to find article texts; null for a file opened from the device. */
  datasetUrl: string | null;
  /** Every event, to highlight each excerpt of this article. */
  events: readonly TimelineEvent[];
  /** The excerpt to show: its event and index. */
  chosen: { eventId: string; index: number };
  onSelectExcerpt: (eventId: string, index: number) => void;
  /** The address of the view showing an excerpt, for its highlight's link. */
  excerptHref: (eventId: string, index: number) => string;
  onBack: () => void;
  onClose: () => void;
}

const keyOf = (eventId: string, index: number) => `${eventId}#${index}`;

/** The full article, every excerpt highlighted at its offsets, the chosen one scrolled into view. */
export function SourceReader(props: SourceReaderProps) {
  const { source, datasetUrl, events, chosen } = props;
  const query = useArticleText(
    datasetUrl === null ? null : articleTextUrl(datasetUrl, source.text.path),
  );
  const chosenKey = keyOf(chosen.eventId, chosen.index);
  const chosenExcerpt = events.find((e) => e.id === chosen.eventId)?.excerpts[chosen.index];
  const text = query.status === "success" ? query.data : null;
  // Only an excerpt whose offsets hold its exact words in this text is highlighted; the others
  // are counted and reported, never drawn over the wrong words.
  const { ranges, mismatched } = useMemo(() => {
    const found: { start: number; end: number; key: string }[] = [];
    let wrong = 0;
    for (const event of events) {
      event.excerpts.forEach((x, i) => {
        if (x.source !== source.id || text === null) return;
        if (text.slice(x.start, x.end) === x.exact)
          found.push({ start: x.start, end: x.end, key: keyOf(event.id, i) });
        else wrong += 1;
      });
    }
    return { ranges: found, mismatched: wrong };
  }, [events, source.id, text]);
  const titles = useMemo(() => new Map(events.map((e) => [e.id, e.title])), [events]);
  const container = useRef<HTMLDivElement>(null);
  const reducedMotion = usePrefersReducedMotion();
  const paragraphs = useMemo(() => {
    if (text === null) return [];
    const blank = /\r?\n\r?\n/.exec(text);
    return splitParagraphs(text, blank ? blank.index + blank[0].length : 0).map((paragraph) => ({
      start: paragraph.start,
      segments: segmentText(paragraph.start, paragraph.end, ranges),
    }));
  }, [text, ranges]);
  const mismatch =
    text !== null &&
    chosenExcerpt !== undefined &&
    text.slice(chosenExcerpt.start, chosenExcerpt.end) !== chosenExcerpt.exact;

  useEffect(() => {
    if (text === null) return;
    const mark = container.current?.querySelector<HTMLElement>(
      `[data-key="${CSS.escape(chosenKey)}"] a`,
    );
    mark?.scrollIntoView({ block: "center", behavior: reducedMotion ? "auto" : "smooth" });
    mark?.focus({ preventScroll: true });
  }, [text, chosenKey, reducedMotion]);

  const original = chosenExcerpt ? textFragmentUrl(source.url, chosenExcerpt.exact) : null;
  return (
    <section className="reader" aria-labelledby="reader-title">
      <div className="details__top">
        <button type="button" className="link-button" onClick={props.onBack}>
          ← Back to the event
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={props.onClose}
          aria-label="Close the article"
          aria-keyshortcuts="Escape"
        >
          ×
        </button>
      </div>
      <p className="reader__meta">
        {source.publisher} · {formatPublished(source.published)}
      </p>
      <h2 id="reader-title" className="reader__title">
        {source.title}
      </h2>
      {original && (
        <p>
          <a href={original} target="_blank" rel="noreferrer noopener">
            Read the original at {source.publisher}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      )}
      <div ref={container} className="reader__text">
        {datasetUrl === null ? (
          <p className="reader__warning">
            This timeline was opened from a file on this device, so its articles' full texts are not
            available here. Open the dataset from its web address (with <code>?data=</code>) to read
            them.
          </p>
        ) : (
          query.status === "pending" && <LoadingState label="Loading the article…" />
        )}
        {query.status === "error" && (
          <ErrorState
            title="The article could not be loaded"
            error={query.error}
            onRetry={() => query.refetch()}
            retrying={query.isFetching}
          />
        )}
        {mismatch && (
          <p className="reader__warning" role="alert">
            This excerpt does not match the article text at its recorded place; the article may have
            changed.
          </p>
        )}
        {mismatched > (mismatch ? 1 : 0) && (
          <p className="reader__warning">
            {mismatched === 1
              ? "1 excerpt of this article does not match its text at its recorded place and is not highlighted."
              : `${mismatched} excerpts of this article do not match its text at their recorded places and are not highlighted.`}
          </p>
        )}
        {text !== null &&
          paragraphs.map((paragraph) => (
            <p key={paragraph.start}>
              {paragraph.segments.map((segment) => {
                const words = text.slice(segment.start, segment.end);
                if (segment.keys.length === 0) return <span key={segment.start}>{words}</span>;
                const key = segment.keys.includes(chosenKey)
                  ? chosenKey
                  : (segment.keys[0] as string);
                const [eventId = "", index = "0"] = key.split("#");
                const isChosen = key === chosenKey;
                return (
                  <mark
                    key={segment.start}
                    data-key={key}
                    className={isChosen ? "is-chosen" : undefined}
                  >
                    <a
                      href={props.excerptHref(eventId, Number(index))}
                      aria-current={isChosen ? "true" : undefined}
                      title={titles.get(eventId)}
                      onClick={(e) => {
                        e.preventDefault();
                        props.onSelectExcerpt(eventId, Number(index));
                      }}
                    >
                      {words}
                    </a>
                  </mark>
                );
              })}
            </p>
          ))}
      </div>
    </section>
  );
}
