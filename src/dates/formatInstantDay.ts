import { i18n, t } from "../i18n/i18n.ts";
import { dayParts } from "./calendarDay.ts";
import { formatPoint } from "./formatEventDate.ts";
import { localDateText } from "./localDateText.ts";
import { YEAR_RANGE } from "./yearRange.ts";

const MONTH_NAME =
  /\b(January|February|March|April|June|July|August|September|October|November|December)\b/;

const { startMs: FIRST, endMs: END } = YEAR_RANGE;
const DAY_MS = 86_400_000;

function dayText(ms: number): string {
  // No instant the view makes falls outside the range; one that did would not read "NaN".
  if (Number.isNaN(ms)) return "an unknown day";
  if (ms < FIRST) return `before ${formatPoint(dayParts(YEAR_RANGE.firstDay), "en")}`;
  if (ms > END) return `after ${formatPoint(dayParts(YEAR_RANGE.lastDay), "en")}`;
  // The range's end names its last day: so far from 1970 a window's `end - 1` rounds back to it.
  return formatPoint(dayParts(Math.min(Math.floor(ms / DAY_MS), YEAR_RANGE.lastDay)), "en");
}

/** `dayText` in another language: its words from the catalog, the day from `Intl`. */
function localDayText(ms: number, locale: string, short: boolean): string {
  const style = short ? "short" : "long";
  const day = (days: number) => localDateText(dayParts(days), locale, style);
  if (Number.isNaN(ms)) return t("dates.unknownDay");
  if (ms < FIRST) return t("dates.beforeDay", { date: day(YEAR_RANGE.firstDay) });
  if (ms > END) return t("dates.afterDay", { date: day(YEAR_RANGE.lastDay) });
  return day(Math.min(Math.floor(ms / DAY_MS), YEAR_RANGE.lastDay));
}

/**
 * The UTC calendar day of an instant, as people write it: "14 May 2024", or with the month cut
 * to three letters where room is short ("23 Oct 2023"); in another `locale` (the interface's by
 * default) as `Intl` writes that day ("23. Okt. 2023"). An instant outside `YEAR_RANGE` is
 * written as before its first day or after its last, never as "NaN".
 */
export function formatInstantDay(ms: number, short = false, locale: string = i18n.locale): string {
  if (locale !== "en") return localDayText(ms, locale, short);
  const text = dayText(ms);
  return short ? text.replace(MONTH_NAME, (month) => month.slice(0, 3)) : text;
}
