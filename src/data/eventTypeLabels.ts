import { t } from "../i18n/i18n.ts";
import type { MessageKey } from "../i18n/messageKey.ts";
import type { EventType } from "./datasetSchema.ts";

/**
 * What each event type is called in files (CSV and TimelineJS exports, and the names importers
 * recognise): English, whatever the reader's language.
 */
export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  departure: "Departure",
  board: "Board",
  appointment: "Appointment",
  statement: "Statement",
  report: "Report",
  policy: "Policy",
  other: "Other",
};

const EVENT_TYPE_KEYS: Record<EventType, MessageKey> = {
  departure: "types.departure",
  board: "types.board",
  appointment: "types.appointment",
  statement: "types.statement",
  report: "types.report",
  policy: "types.policy",
  other: "types.other",
};

/** What an event type is called on screen, in the reader's language. */
export function eventTypeLabel(type: EventType): string {
  return t(EVENT_TYPE_KEYS[type]);
}
