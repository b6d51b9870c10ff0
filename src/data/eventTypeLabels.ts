import type { EventType } from "./datasetSchema.ts";

/** What each event type is called on screen. */
export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  departure: "Departure",
  board: "Board",
  appointment: "Appointment",
  statement: "Statement",
  report: "Report",
  policy: "Policy",
  other: "Other",
};
