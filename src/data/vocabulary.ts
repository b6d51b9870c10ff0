/**
 * The dataset's fixed vocabulary, without the schema library: the app's first view imports these,
 * and the schema (src/data/datasetSchema.ts) builds on them.
 */

/** The types an article reports, in the order their lanes and legends list them. */
export const REPORTED_TYPES = [
  "departure",
  "board",
  "appointment",
  "statement",
  "report",
  "policy",
] as const;

/** Every event type: the reported ones, then "other" (imported, untyped). */
export const EVENT_TYPES = [...REPORTED_TYPES, "other"] as const;

/** Date precisions an event can have. */
export const PRECISIONS = ["day", "month", "year", "range", "unknown"] as const;

/**
 * What an event's note says of the article: it is wrong here, its claim is disputed, it is too
 * vague to check, or nothing found confirms it. In the order the legend lists them.
 */
export const NOTE_KINDS = ["wrong", "disputed", "vague", "unverified"] as const;

/** A stable id: lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type EventType = (typeof EVENT_TYPES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type NoteKind = (typeof NOTE_KINDS)[number];
