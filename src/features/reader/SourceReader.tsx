import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ErrorState } from "../../components/ErrorState.tsx";
import { fillSlots, slot } from "../../components/fillSlots.tsx";
import { LoadingState } from "../../components/LoadingState.tsx";
import { PanelHeader } from "../../components/PanelHeader.tsx";
import { useMediaQuery } from "../../components/useMediaQuery.ts";
import { usePrefersReducedMotion } from "../../components/usePrefersReducedMotion.ts";
import { articlePin } from "../../data/articlePin.ts";
import { articleTextUrl, useArticleText } from "../../data/articleTextQuery.ts";
import type { ArticleSource, Source, TimelineEvent } from "../../data/datasetSchema.ts";
import { useLoadProgress } from "../../data/loadProgress.ts";
import { sourcePublisher } from "../../data/sourcePublisher.ts";
import { formatPublished } from "../../dates/formatEventDate.ts";
import { useForeignLanguage } from "../../i18n/useForeignLanguage.ts";
import { useT } from "../../i18n/useT.ts";
import { shortText } from "../../lib/shortText.ts";
import { textDirection } from "../../lib/textDirection.ts";
import {
  buildClaimLedger,
  excerptKey,
  excerptPosition,
  ledgerTally,
} from "../../reader/claimLedger.ts";
import { splitParagraphs } from "../../reader/splitParagraphs.ts";
import { textFragmentUrl } from "../../reader/textFragmentUrl.ts";
import { ClaimLedger } from "./ClaimLedger.tsx";
import { ExcerptStepper } from "./ExcerptStepper.tsx";
import { PagedArticleText } from "./PagedArticleText.tsx";
import { scrollIntoCentre } from "./scrollIntoCentre.ts";

interface SourceReaderProps {
  source: ArticleSource;
  /** The dataset's address, to find article texts; null for a file opened from the device. */
  datasetUrl: string | null;
  /** Every event, to highlight each excerpt of this article. */
  events: readonly TimelineEvent[];
  /** Every source, to name the reports that date a claim. */
  sources: ReadonlyMap<string, Source>;
  /** The excerpt to show: its event and index. */
  chosen: { eventId: string; index: number };
  onSelectExcerpt: (eventId: string, index: number) => void;
  /** Opens an event's details (from its claim in the ledger). */
  onOpenEvent: (eventId: string) => void;
  /** The address of the view showing an excerpt, for its highlight's link. */
  excerptHref: (eventId: string, index: number) => string;
  onBack: () => void;
  onClose: () => void;
}

// The ledger stands beside the text wherever the panel is wide enough for both (the panel is
// widened for the reader from 1200 px, and takes the whole width from 640 to 899 px); elsewhere
// it folds into a disclosure above the text, so it never squeezes the article.
const LEDGER_BESIDE = "(min-width: 1200px), (min-width: 640px) and (max-width: 899px)";

/**
 * The full article, every excerpt highlighted at its offsets, with its claim ledger: the chosen
 * excerpt is filled, named in the margin, scrolled into view and focused; the others recede.
 */
export function SourceReader(props: SourceReaderProps) {
  const t = useT();
  const { source, datasetUrl, events, sources, chosen, onSelectExcerpt } = props;
  // The article, its headline and its quotes are in its language: marked so where it is not the page's.
  const lang = useForeignLanguage(source.language);
  // A path that could lead off the dataset's site is never fetched; the reader is told why.
  const address = datasetUrl === null ? null : articleTextUrl(datasetUrl, source.text.path);
  const url = address?.ok ? address.data : null;
  const query = useArticleText(url);
  const progress = useLoadProgress(url ?? "");
  const chosenKey = excerptKey(chosen.eventId, chosen.index);
  const chosenExcerpt = events.find((e) => e.id === chosen.eventId)?.excerpts[chosen.index];
  const text = query.status === "success" ? query.data.text : null;
  // The text is checked against the digest its excerpts were checked with: changed (or not
  // checkable here), its excerpts are shown as unverified, never as verified highlights.
  const pin = query.status === "success" ? articlePin(query.data.digest, source.text.sha256) : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: with `t`, the claims' words follow the language.
  const ledger = useMemo(
    () => buildClaimLedger(events, source.id, text, sources),
    [events, source.id, text, sources, t],
  );
  const entries = useMemo(() => new Map(ledger.entries.map((e) => [e.key, e])), [ledger]);
  // Only an excerpt whose offsets hold its exact words in this text is highlighted; the others
  // are counted and reported, never drawn over the wrong words.
  const ranges = useMemo(() => ledger.entries.filter((e) => e.found), [ledger]);
  const mismatched = text === null ? 0 : ledger.entries.length - ranges.length;
  const container = useRef<HTMLDivElement>(null);
  const reducedMotion = usePrefersReducedMotion();
  const beside = useMediaQuery(LEDGER_BESIDE);
  const paragraphs = useMemo(() => {
    if (text === null) return [];
    const blank = /\r?\n\r?\n/.exec(text);
    return splitParagraphs(text, blank ? blank.index + blank[0].length : 0);
  }, [text]);
  const mismatch =
    text !== null &&
    chosenExcerpt !== undefined &&
    text.slice(chosenExcerpt.start, chosenExcerpt.end) !== chosenExcerpt.exact;

  // A wrong claim's correction opens when its highlight is chosen or focused, and stays as the
  // reader leaves it (open or closed) until changed with its button.
  const [corrections, setCorrections] = useState<Readonly<Record<string, boolean>>>({});
  const isCorrectionOpen = useCallback(
    (key: string) => corrections[key] ?? key === chosenKey,
    [corrections, chosenKey],
  );
  const onCorrection = useCallback(
    (key: string, open: boolean) =>
      setCorrections((was) => (was[key] === open ? was : { ...was, [key]: open })),
    [],
  );

  // The stepper's buttons keep focus as they step (so they can be pressed again); choosing from
  // the text or the ledger moves focus to the chosen highlight.
  const focusChosen = useRef(true);
  const at = excerptPosition(ledger.entries, chosenKey);
  const step = (direction: -1 | 1, focus: boolean) => {
    const key = direction < 0 ? at.previous : at.next;
    const entry = key === null ? undefined : entries.get(key);
    if (!entry) return;
    focusChosen.current = focus;
    onSelectExcerpt(entry.eventId, entry.index);
  };

  const showChosen = useCallback(
    (focus: boolean) => {
      const mark = container.current?.querySelector<HTMLElement>(
        `[data-key="${CSS.escape(chosenKey)}"] a`,
      );
      if (!mark) return;
      scrollIntoCentre(mark, !reducedMotion);
      if (focus) mark.focus({ preventScroll: true });
    },
    [chosenKey, reducedMotion],
  );
  useEffect(() => {
    if (text === null) return;
    showChosen(focusChosen.current);
    focusChosen.current = true;
  }, [text, showChosen]);

  const ledgerView = (headed: boolean) => (
    <ClaimLedger
      ledger={ledger}
      chosenKey={chosenKey}
      headed={headed}
      onChoose={(entry) => {
        focusChosen.current = true;
        // Already chosen: the address stays, but the reader is taken back to it.
        if (entry.key === chosenKey) showChosen(true);
        else onSelectExcerpt(entry.eventId, entry.index);
      }}
      onOpenEvent={props.onOpenEvent}
      lang={lang}
    />
  );

  const publisher = sourcePublisher(source);
  const original = chosenExcerpt ? textFragmentUrl(source.url, chosenExcerpt.exact) : null;
  return (
    <section className="reader" aria-labelledby="reader-title">
      <PanelHeader closeLabel={t("reader.close")} onClose={props.onClose}>
        <button type="button" className="link-button" onClick={props.onBack}>
          {t("reader.back")}
        </button>
      </PanelHeader>
      <p className="reader__meta">
        {[sourcePublisher(source), formatPublished(source.published)].filter(Boolean).join(" · ")}
      </p>
      <h2 id="reader-title" className="reader__title">
        <bdi lang={lang}>{shortText(source.title)}</bdi>
      </h2>
      {original && (
        <p>
          <a href={original} target="_blank" rel="noreferrer noopener">
            {publisher
              ? fillSlots(t("reader.readOriginalAt", { publisher: slot("publisher") }), {
                  publisher: <bdi>{publisher}</bdi>,
                })
              : t("reader.readOriginal")}
            <span className="visually-hidden"> {t("reader.newTab")}</span>
          </a>
        </p>
      )}
      {text !== null && at.count > 0 && (
        <ExcerptStepper
          at={at}
          onStep={(direction) => step(direction, false)}
          textDirection={textDirection(text)}
        />
      )}
      {!beside && ledger.entries.length > 0 && (
        <details className="ledger-disclosure">
          <summary>
            {t("reader.claimLedger")}{" "}
            <span className="ledger-disclosure__tally">· {ledgerTally(ledger)}</span>
          </summary>
          {ledgerView(false)}
        </details>
      )}
      <div className={`reader__columns${beside ? " has-ledger" : ""}`}>
        <div ref={container} className="reader__text" lang={lang}>
          {datasetUrl === null ? (
            <p className="reader__warning">
              {fillSlots(t("reader.openedFromFile", { parameter: slot("parameter") }), {
                parameter: <code>?data=</code>,
              })}
            </p>
          ) : address?.ok === false ? (
            <p className="reader__warning" role="alert">
              {t("reader.textUnavailable", { reason: address.reason })}
            </p>
          ) : (
            query.status === "pending" && (
              <LoadingState label={t("reader.loading")} progress={progress} />
            )
          )}
          {query.status === "error" && (
            <ErrorState
              title={t("reader.loadFailed")}
              error={query.error}
              onRetry={() => query.refetch()}
              retrying={query.isFetching}
            />
          )}
          {pin === "changed" && (
            <p className="reader__warning" role="alert">
              {fillSlots(t("reader.articleChanged", { changed: slot("changed") }), {
                changed: <strong>{t("reader.articleChangedLead")}</strong>,
              })}
            </p>
          )}
          {pin === "unchecked" && <p className="reader__warning">{t("reader.articleUnchecked")}</p>}
          {mismatch && (
            <p className="reader__warning" role="alert">
              {t("reader.excerptMismatch")}
            </p>
          )}
          {mismatched > (mismatch ? 1 : 0) && (
            <p className="reader__warning">
              {t("reader.excerptsMismatched", { count: mismatched })}
            </p>
          )}
          {text !== null && (
            <PagedArticleText
              text={text}
              unverified={pin !== "verified"}
              split={paragraphs}
              ranges={ranges}
              entries={entries}
              chosenKey={chosenKey}
              isCorrectionOpen={isCorrectionOpen}
              onCorrection={onCorrection}
              onSelectExcerpt={onSelectExcerpt}
              excerptHref={props.excerptHref}
              onStep={(direction) => step(direction, true)}
              direction={textDirection(text)}
            />
          )}
        </div>
        {beside && ledger.entries.length > 0 && ledgerView(true)}
      </div>
    </section>
  );
}
