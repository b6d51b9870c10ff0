import type { EventDate } from "../data/datasetSchema.ts";
import { t } from "../i18n/i18n.ts";
import type { MessageKey } from "../i18n/messageKey.ts";

/**
 * How certain an event's date is, as a reader asks it: to the day, to the month (or year), a
 * range with both ends known, a range with one end open, or not known at all. In facet order.
 */
export const DATE_CERTAINTIES = ["day", "month", "range", "open", "unknown"] as const;

/** One of `DATE_CERTAINTIES`. */
export type DateCertainty = (typeof DATE_CERTAINTIES)[number];

const DATE_CERTAINTY_KEYS: Record<DateCertainty, MessageKey> = {
  day: "dates.certaintyDay",
  month: "dates.certaintyMonth",
  range: "dates.certaintyRange",
  open: "dates.certaintyOpen",
  unknown: "dates.certaintyUnknown",
};

/** What a certainty is called on its filter toggle and in the legend, in the interface's language. */
export function dateCertaintyLabel(certainty: DateCertainty): string {
  return t(DATE_CERTAINTY_KEYS[certainty]);
}

/**
 * The certainty of a date, from its precision and its known ends (not its EDTF text, which the
 * loader has already resolved into them): a range missing one end is open, one missing both is
 * unknown, whatever its stated precision.
 */
export function dateCertainty(date: Pick<EventDate, "precision" | "start" | "end">): DateCertainty {
  const { precision, start, end } = date;
  if (precision === "unknown" || (start === null && end === null)) return "unknown";
  if (start === null || end === null) return "open";
  if (precision === "day") return "day";
  if (precision === "month" || precision === "year") return "month";
  return "range";
}
