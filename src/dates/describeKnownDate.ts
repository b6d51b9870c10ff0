import type { EventDate } from "../data/datasetSchema.ts";
import { t } from "../i18n/i18n.ts";
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
 * 2024"), so a month is not read as a month-long event nor a range as a known span; in the
 * interface's language.
 */
export function describeKnownDate(
  date: Pick<EventDate, "edtf" | "precision" | "start" | "end">,
): KnownDate {
  const text = formatEventDate(date.edtf);
  switch (dateCertainty(date)) {
    case "unknown":
      return { lead: null, text: t("dates.knownUnknown") };
    case "day":
      return { lead: t("dates.knownDay"), text };
    case "month":
      return {
        lead: date.precision === "year" ? t("dates.knownYear") : t("dates.knownMonth"),
        text,
      };
    case "range":
      return { lead: t("dates.knownRange"), text };
    case "open":
      return {
        lead: date.start === null ? t("dates.knownLatest") : t("dates.knownEarliest"),
        text,
      };
  }
}
