import type { NoteKind, Source, TimelineEvent } from "../data/datasetSchema.ts";
import { eventNote, noteConcerns } from "../data/eventNote.ts";
import { noteKindClaim } from "../data/noteKindLabels.ts";
import { sourcePublisher } from "../data/sourcePublisher.ts";
import { formatEventDate } from "../dates/formatEventDate.ts";
import { i18n, t } from "../i18n/i18n.ts";
import type { MessageKey } from "../i18n/messageKey.ts";
import { shortText } from "../lib/shortText.ts";

/** What the ledger says of a claim: a note's kind, or dated by the reports that fix its date. */
export type ClaimStatus = NoteKind | "dated";

/** The ledger's statuses, most urgent first: the order its tally lists them. */
export const CLAIM_STATUSES: readonly ClaimStatus[] = [
  "wrong",
  "disputed",
  "vague",
  "unverified",
  "dated",
];

/** A status as a reader's sentence; a note's kind reads as it does everywhere else. */
export function claimStatusText(status: ClaimStatus): string {
  return status === "dated" ? t("reader.datedAndReferenced") : noteKindClaim(status);
}

/** Builds the key that names one excerpt of one event, in the reader and in the ledger. */
export const excerptKey = (eventId: string, index: number) => `${eventId}#${index}`;

/** One claim of the article: an excerpt, the event it reports, and what is known of it. */
export interface LedgerEntry {
  key: string;
  eventId: string;
  eventTitle: string;
  /** The excerpt's index among its event's excerpts. */
  index: number;
  start: number;
  end: number;
  exact: string;
  status: ClaimStatus;
  /** What backs the status: the note's own words, or the date and the reports that fix it. */
  detail: string;
  /** Whether the text holds the excerpt's exact words at its offsets (only then is it highlighted). */
  found: boolean;
}

/** The claims an article makes, in article order, with how many have each status. */
export interface ClaimLedger {
  entries: LedgerEntry[];
  counts: Record<ClaimStatus, number>;
}

function undatedDetail(event: TimelineEvent): string {
  const unknown = event.date.precision === "unknown" || event.date.edtf === null;
  if (unknown && event.date.references.length === 0) return t("reader.dateUnknownUnreported");
  return unknown ? t("reader.dateUnknown") : t("reader.dateUnreported");
}

function datedDetail(event: TimelineEvent, sources: ReadonlyMap<string, Source>): string {
  const publishers = [
    ...new Set(
      event.date.references.map((id) => {
        const source = sources.get(id);
        return source ? sourcePublisher(source) || source.title : id;
      }),
    ),
  ];
  return t("reader.datedBy", {
    date: formatEventDate(event.date.edtf),
    publishers: listOf(publishers),
  });
}

/**
 * The ledger of an article (`sourceId`): every excerpt of every event that quotes it, in the
 * order its words stand in the article, each with a status. A note concerning the excerpt gives
 * its status and words; otherwise a claim whose event has a date and a report fixing it is
 * "dated", and one without is "unverified". `text` (null until loaded) decides which are found.
 */
export function buildClaimLedger(
  events: readonly TimelineEvent[],
  sourceId: string,
  text: string | null,
  sources: ReadonlyMap<string, Source>,
): ClaimLedger {
  const entries: (LedgerEntry & { order: number })[] = [];
  events.forEach((event, order) => {
    const note = eventNote(event);
    event.excerpts.forEach((excerpt, index) => {
      if (excerpt.source !== sourceId) return;
      const concerned = noteConcerns(note, index) ? note : null;
      const dated =
        event.date.precision !== "unknown" &&
        event.date.edtf !== null &&
        event.date.references.length > 0;
      const status: ClaimStatus = concerned ? concerned.kind : dated ? "dated" : "unverified";
      entries.push({
        key: excerptKey(event.id, index),
        eventId: event.id,
        eventTitle: shortText(event.title),
        index,
        start: excerpt.start,
        end: excerpt.end,
        exact: excerpt.exact,
        status,
        detail: concerned
          ? concerned.text
          : dated
            ? datedDetail(event, sources)
            : undatedDetail(event),
        found: text !== null && text.slice(excerpt.start, excerpt.end) === excerpt.exact,
        order,
      });
    });
  });
  // Article order; claims starting together go shortest first, then in the events' order.
  entries.sort(
    (a, b) => a.start - b.start || a.end - b.end || a.order - b.order || a.index - b.index,
  );
  const counts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<
    ClaimStatus,
    number
  >;
  for (const entry of entries) counts[entry.status] += 1;
  return { entries: entries.map(({ order: _, ...entry }) => entry), counts };
}

/** Where the chosen claim stands among the highlighted ones, and its neighbours' keys. */
export interface ExcerptPosition {
  /** 1-based; 0 when the chosen excerpt is not highlighted. */
  position: number;
  count: number;
  previous: string | null;
  next: string | null;
}

/**
 * The chosen excerpt's place among the found entries (the highlights, in article order), for an
 * "Excerpt k of n" bar. Steps stop at either end; from an excerpt not highlighted, "next" starts
 * at the first.
 */
export function excerptPosition(
  entries: readonly LedgerEntry[],
  chosenKey: string,
): ExcerptPosition {
  const keys = entries.filter((entry) => entry.found).map((entry) => entry.key);
  const at = keys.indexOf(chosenKey);
  return {
    position: at + 1,
    count: keys.length,
    previous: at > 0 ? (keys[at - 1] ?? null) : null,
    next: at + 1 < keys.length ? (keys[at + 1] ?? null) : null,
  };
}

/** Each status counted in the tally: "2 corrections", "1 vague". */
const TALLY_KEYS: Record<ClaimStatus, MessageKey> = {
  wrong: "reader.tallyWrong",
  disputed: "reader.tallyDisputed",
  vague: "reader.tallyVague",
  unverified: "reader.tallyUnverified",
  dated: "reader.tallyDated",
};

/**
 * Items in a row as the interface language lists them: "a, b, c" in English (as ever, without
 * "and"), "a、b、c" in Japanese.
 */
function listOf(items: readonly string[]): string {
  if (i18n.locale === "en") return items.join(", ");
  return new Intl.ListFormat(i18n.locale, { type: "conjunction" }).format(items);
}

/** The ledger in one line: "20 claims: 2 corrections, 1 vague, 3 not verified, 14 dated and referenced". */
export function ledgerTally(ledger: ClaimLedger): string {
  const total = ledger.entries.length;
  const parts = CLAIM_STATUSES.filter((s) => ledger.counts[s] > 0).map((s) => {
    return t(TALLY_KEYS[s], { count: ledger.counts[s] });
  });
  const claims = t("reader.tallyClaims", { count: total });
  // A plain list (", " in English, "、" in Japanese): an "and" would read as part of "dated and
  // referenced".
  const statuses = parts.join(t("reader.tallySeparator"));
  return parts.length === 0 ? claims : t("reader.tally", { claims, statuses });
}
