import type { EventDate } from "../data/datasetSchema.ts";
import { dateCertainty } from "./dateCertainty.ts";
import { formatEventDate } from "./formatEventDate.ts";

/** How well a date is known, in words, and the date as people write it. */
export interface KnownDate {
  /** "Known to the month", "Known only as a range", … ; null when the date is unknown. */
  lead: string | null;
  /** "April 2024", "on or before 18 May 2024", "date unknown". */
  text: string;
}

/**
 * Says how well an event's date is known before the date itself ("Known to the month: April
 * 2024"), so a month is not read as a month-long event nor a range as a known span.
 */
export function describeKnownDate(
  date: Pick<EventDate, "edtf" | "precision" | "start" | "end">,
): KnownDate {
  const text = formatEventDate(date.edtf);
  switch (dateCertainty(date)) {
    case "unknown":
      return { lead: null, text: "Date unknown" };
    case "day":
      return { lead: "Known to the day", text };
    case "month":
      return { lead: date.precision === "year" ? "Known to the year" : "Known to the month", text };
    case "range":
      return { lead: "Known only as a range", text };
    case "open":
      return {
        lead:
          date.start === null ? "Known only as a latest date" : "Known only as an earliest date",
        text,
      };
  }
}
