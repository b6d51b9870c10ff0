/**
 * The dataset's fixed vocabulary, without the schema library: the app's first view imports these,
 * and the schema (src/data/schema.ts) builds on them.
 */

/** Event types, in the order their lanes and legends list them ("other": imported, untyped). */
export const EVENT_TYPES = [
  "departure",
  "board",
  "appointment",
  "statement",
  "report",
  "policy",
  "other",
] as const;

/** Date precisions an event can have. */
export const PRECISIONS = ["day", "month", "year", "range", "unknown"] as const;

/** A stable id: lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type EventType = (typeof EVENT_TYPES)[number];
export type Precision = (typeof PRECISIONS)[number];
