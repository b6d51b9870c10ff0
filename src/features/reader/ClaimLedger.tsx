import { Fragment, useEffect, useRef } from "react";
import { fillSlots, slot } from "../../components/fillSlots.tsx";
import { useT } from "../../i18n/useT.ts";
import { shortText } from "../../lib/shortText.ts";
import {
  claimStatusText,
  type ClaimLedger as Ledger,
  type LedgerEntry,
  ledgerTally,
} from "../../reader/claimLedger.ts";

/** Words for screen readers only; the spaces around them stay outside, so that they count. */
function hiddenWords(words: string, key: number) {
  const core = words.trim();
  if (core === "") return words;
  return (
    <Fragment key={key}>
      {words.startsWith(core) ? "" : " "}
      <span className="visually-hidden">{core}</span>
      {words.endsWith(core) ? "" : " "}
    </Fragment>
  );
}

/** Quotes in the margin are cut to about this many characters; the text holds them whole. */
const QUOTE_LIMIT = 80;

interface ClaimLedgerProps {
  ledger: Ledger;
  chosenKey: string;
  /** Shows the claim's highlight in the text (and makes it the chosen excerpt). */
  onChoose: (entry: LedgerEntry) => void;
  /** Opens the details of the claim's event. */
  onOpenEvent: (eventId: string) => void;
  /** Without a heading and tally of its own (inside a disclosure, whose summary gives them). */
  headed?: boolean;
  /** The `lang` of the article's quotes, where it is not the page's. */
  lang?: string | undefined;
}

/**
 * The article's claims in a fact-check margin, in article order: each with its status in words,
 * the correction or the date that backs it, and its event. The chosen claim is marked and kept
 * in view inside the ledger's own scroll box (never scrolling the page).
 */
export function ClaimLedger({
  ledger,
  chosenKey,
  onChoose,
  onOpenEvent,
  headed = true,
  lang,
}: ClaimLedgerProps) {
  const t = useT();
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const box = list.current;
    const item = box?.querySelector<HTMLElement>(`[data-key="${CSS.escape(chosenKey)}"]`);
    if (!box || !item || box.scrollHeight <= box.clientHeight) return;
    const outer = box.getBoundingClientRect();
    const inner = item.getBoundingClientRect();
    if (inner.top < outer.top || inner.bottom > outer.bottom)
      box.scrollTop += inner.top - outer.top - Math.max(0, (outer.height - inner.height) / 2);
  }, [chosenKey]);
  return (
    <section className="ledger" aria-labelledby={headed ? "ledger-title" : undefined}>
      {headed && (
        <h3 id="ledger-title" className="ledger__title">
          {t("reader.claimLedger")}
        </h3>
      )}
      {headed && <p className="ledger__tally">{ledgerTally(ledger)}</p>}
      <ol ref={list} className="ledger__list" aria-label={t("reader.claimsInOrder")}>
        {ledger.entries.map((entry) => {
          const chosen = entry.key === chosenKey;
          return (
            <li
              key={entry.key}
              data-key={entry.key}
              data-status={entry.status}
              className={`ledger__entry${chosen ? " is-chosen" : ""}`}
              aria-current={chosen ? "true" : undefined}
            >
              <p className="ledger__status">
                <span className="ledger__glyph" aria-hidden="true">
                  {GLYPHS[entry.status]}
                </span>{" "}
                {claimStatusText(entry.status)}
                {chosen && <span className="ledger__shown"> {t("reader.shownInText")}</span>}
              </p>
              {entry.found ? (
                <button type="button" className="ledger__quote" onClick={() => onChoose(entry)}>
                  <span className="visually-hidden">{t("reader.showInText")}</span>{" "}
                  {fillSlots(t("reader.quote", { quote: slot("quote") }), {
                    quote: <bdi lang={lang}>{shortText(entry.exact, QUOTE_LIMIT)}</bdi>,
                  })}
                </button>
              ) : (
                <p className="ledger__quote ledger__quote--missing">
                  {fillSlots(t("reader.quoteNotFound", { quote: slot("quote") }), {
                    quote: <bdi lang={lang}>{shortText(entry.exact, QUOTE_LIMIT)}</bdi>,
                  })}
                </p>
              )}
              <p className="ledger__detail">
                <bdi>{entry.detail}</bdi>
              </p>
              <p className="ledger__event">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onOpenEvent(entry.eventId)}
                >
                  {fillSlots(t("reader.openDetailsOf", { title: slot("title") }), {
                    title: <bdi>{entry.eventTitle}</bdi>,
                  }).map((part, i) => (typeof part === "string" ? hiddenWords(part, i) : part))}
                </button>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

// Beside the words, never instead of them.
const GLYPHS: Record<LedgerEntry["status"], string> = {
  wrong: "✗",
  disputed: "!",
  vague: "≈",
  unverified: "?",
  dated: "✓",
};
