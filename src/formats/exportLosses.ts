import type { Dataset, TimelineEvent } from "../data/datasetSchema.ts";
import { eventNote } from "../data/eventNote.ts";
import type { MessageKey } from "../i18n/messageKey.ts";

/** What an event may carry that some formats cannot hold. */
export type EventField =
  | "note"
  | "people"
  | "basis"
  | "references"
  | "body"
  | "media"
  | "excerptPlaces"
  | "type";

/** Whether an event has something of each field to lose. */
const HAS: Record<EventField, (event: TimelineEvent) => boolean> = {
  note: (e) => eventNote(e) !== null,
  people: (e) => e.people.length > 0,
  basis: () => true,
  references: (e) => e.date.references.length > 0,
  body: (e) => (e.body?.length ?? 0) > 0,
  media: (e) => e.media !== undefined,
  excerptPlaces: (e) => e.excerpts.length > 0,
  type: () => true,
};

/** Each field in a reader's words (the message saying so), in the order they are listed. */
export const FIELD_WORDS: Record<EventField, MessageKey> = {
  note: "import.lossNote",
  people: "import.lossPeople",
  basis: "import.lossBasis",
  references: "import.lossReferences",
  body: "import.lossBody",
  media: "import.lossMedia",
  excerptPlaces: "import.lossExcerptPlaces",
  type: "import.lossType",
};

/** Why a format leaves an event out altogether. */
export type LeaveOutReason = "without a date" | "dated outside the years 1–9999";

/** What a format cannot carry of the events being saved. */
export interface ExportLosses {
  /** Events it leaves out altogether, by why (`without a date`). */
  leftOut: { why: LeaveOutReason; events: TimelineEvent[] }[];
  /** Fields it cannot hold, each with the events kept that have one. */
  dropped: { field: EventField; events: TimelineEvent[] }[];
  /** The dataset's eras, when it has some and the format cannot hold them. */
  eras: number;
}

/** Nothing lost. */
export const NO_LOSSES: ExportLosses = { leftOut: [], dropped: [], eras: 0 };

/** True when a format keeps everything. */
export const losesNothing = (losses: ExportLosses) =>
  losses.leftOut.length === 0 && losses.dropped.length === 0 && losses.eras === 0;

/** What a format can hold: a rule per reason it leaves an event out, and the fields it drops. */
export interface FormatReach {
  /** The first rule an event fails says why it is left out; null when it is kept. */
  leaveOut: (event: TimelineEvent) => LeaveOutReason | null;
  drops: readonly EventField[];
  keepsEras: boolean;
}

/**
 * What saving `events` in a format of this reach loses: the events it leaves out, grouped by
 * why in the order first met, and the fields it drops from the events it keeps.
 */
export function exportLosses(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  reach: FormatReach,
): ExportLosses {
  const leftOut = new Map<LeaveOutReason, TimelineEvent[]>();
  const kept: TimelineEvent[] = [];
  for (const event of events) {
    const why = reach.leaveOut(event);
    if (why === null) kept.push(event);
    else leftOut.set(why, [...(leftOut.get(why) ?? []), event]);
  }
  return {
    leftOut: [...leftOut].map(([why, out]) => ({ why, events: out })),
    dropped: reach.drops
      .map((field) => ({ field, events: kept.filter(HAS[field]) }))
      .filter((d) => d.events.length > 0),
    eras: reach.keepsEras ? 0 : (dataset.eras?.length ?? 0),
  };
}
