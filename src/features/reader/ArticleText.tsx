import { Fragment, type KeyboardEvent } from "react";
import { noteKindLabel } from "../../data/noteKindLabels.ts";
import { useT } from "../../i18n/useT.ts";
import { logicalArrow, type TextDirection } from "../../lib/logicalArrow.ts";
import type { LedgerEntry } from "../../reader/claimLedger.ts";
import type { Segment } from "../../reader/segmentText.ts";

/** A paragraph of the article, cut into runs at every highlight's edges. */
export interface ArticleParagraph {
  start: number;
  segments: Segment[];
}

interface ArticleTextProps {
  text: string;
  /** The text is not the one the excerpts were checked against (or could not be checked). */
  unverified: boolean;
  paragraphs: readonly ArticleParagraph[];
  /** The ledger's entries by key: each highlight's event, status and correction. */
  entries: ReadonlyMap<string, LedgerEntry>;
  chosenKey: string;
  /** Whether a wrong claim's correction is shown under it. */
  isCorrectionOpen: (key: string) => boolean;
  onCorrection: (key: string, open: boolean) => void;
  onSelectExcerpt: (eventId: string, index: number) => void;
  excerptHref: (eventId: string, index: number) => string;
  /** ← and → on a highlight step to the previous or next one, as the text runs. */
  onStep: (direction: -1 | 1) => void;
  /** The direction the article's text runs in: in right-to-left text ← steps to the next. */
  direction?: TextDirection;
}

/** The id of the element holding a wrong claim's correction. */
export const correctionId = (key: string) => `correction-${key.replace(/[^a-z0-9-]/gi, "-")}`;

/**
 * The article's paragraphs with every found excerpt highlighted. The chosen one is filled and
 * named in the margin by its event; the others recede to an underline; a claim the article gets
 * wrong has a wavy underline and a "Correction" button that shows the correction beneath it.
 * In a text that has changed since, every excerpt is drawn dashed and named unverified instead.
 */
export function ArticleText(props: ArticleTextProps) {
  const { text, unverified, paragraphs, entries, chosenKey } = props;
  const t = useT();
  // The arrows follow the page: in a right-to-left language the next excerpt is to the left.
  const chosen = entries.get(chosenKey);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
    const step = logicalArrow(e.key, props.direction ?? "ltr");
    if (step !== null) {
      e.preventDefault();
      props.onStep(step === "previous" ? -1 : 1);
    }
  };
  return paragraphs.map((paragraph) => {
    const holdsChosen =
      chosen?.found === true &&
      paragraph.segments.some((s) => s.start <= chosen.start && chosen.start < s.end);
    return (
      <Fragment key={paragraph.start}>
        {holdsChosen && chosen && (
          <p className="reader__marker">
            <span className="visually-hidden">{t("reader.chosenReports")}</span>{" "}
            {unverified && (
              <span className="reader__unverified">{t("reader.unverifiedMarker")} </span>
            )}
            <bdi>{chosen.eventTitle}</bdi>
          </p>
        )}
        <p className={holdsChosen ? "has-chosen" : undefined} dir={props.direction ?? "auto"}>
          {paragraph.segments.map((segment) => {
            const words = text.slice(segment.start, segment.end);
            if (segment.keys.length === 0) return <span key={segment.start}>{words}</span>;
            const key = segment.keys.includes(chosenKey) ? chosenKey : (segment.keys[0] as string);
            const entry = entries.get(key);
            const isChosen = key === chosenKey;
            const wrong = segment.keys.some((k) => entries.get(k)?.status === "wrong");
            // A wrong claim's correction follows the run where the claim ends.
            const ending = segment.keys
              .map((k) => entries.get(k))
              .filter((e): e is LedgerEntry => e?.status === "wrong" && e.end === segment.end);
            const described = segment.keys
              .filter((k) => entries.get(k)?.status === "wrong")
              .map(correctionId)
              .join(" ");
            return (
              <Fragment key={segment.start}>
                <mark
                  data-key={key}
                  className={
                    [isChosen && "is-chosen", wrong && "is-wrong", unverified && "is-unverified"]
                      .filter(Boolean)
                      .join(" ") || undefined
                  }
                >
                  <a
                    href={props.excerptHref(entry?.eventId ?? "", entry?.index ?? 0)}
                    aria-current={isChosen ? "true" : undefined}
                    aria-describedby={described || undefined}
                    title={
                      (unverified ? `${t("reader.unverifiedTitle")} ` : "") +
                        (entry?.status === "wrong"
                          ? t("reader.wrongClaimTitle", {
                              title: entry.eventTitle,
                              label: noteKindLabel("wrong"),
                              correction: entry.detail,
                            })
                          : (entry?.eventTitle ?? "")) || undefined
                    }
                    onFocus={() => {
                      for (const k of segment.keys)
                        if (entries.get(k)?.status === "wrong") props.onCorrection(k, true);
                    }}
                    onKeyDown={onKeyDown}
                    onClick={(e) => {
                      e.preventDefault();
                      if (entry) props.onSelectExcerpt(entry.eventId, entry.index);
                    }}
                  >
                    {unverified && (
                      <span className="visually-hidden">{t("reader.unverifiedExcerpt")} </span>
                    )}
                    {words}
                  </a>
                </mark>
                {ending.map((claim) => {
                  const open = props.isCorrectionOpen(claim.key);
                  return (
                    <Fragment key={claim.key}>
                      {" "}
                      <button
                        type="button"
                        className="claim-flag"
                        aria-expanded={open}
                        aria-controls={correctionId(claim.key)}
                        onClick={() => props.onCorrection(claim.key, !open)}
                      >
                        {noteKindLabel("wrong")}
                      </button>
                      <span
                        id={correctionId(claim.key)}
                        role="note"
                        className="claim-correction"
                        hidden={!open}
                      >
                        <strong>
                          {t("reader.correctionLead", { label: noteKindLabel("wrong") })}
                        </strong>{" "}
                        {claim.detail}
                      </span>
                    </Fragment>
                  );
                })}
              </Fragment>
            );
          })}
        </p>
      </Fragment>
    );
  });
}
