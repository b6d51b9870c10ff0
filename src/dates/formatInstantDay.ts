import { formatPoint } from "./formatEventDate.ts";
import { YEAR_RANGE } from "./yearRange.ts";

const MONTH_NAME =
  /\b(January|February|March|April|June|July|August|September|October|November|December)\b/;

const { startMs: FIRST, endMs: END } = YEAR_RANGE;

function dayText(ms: number): string {
  // No instant the view makes falls outside the range; one that did would not read "NaN".
  if (Number.isNaN(ms)) return "an unknown day";
  if (ms < FIRST) return `before ${dayText(FIRST)}`;
  if (ms >= END) return `after ${dayText(END - 1)}`;
  const d = new Date(ms);
  return formatPoint({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/**
 * The UTC calendar day of an instant, as people write it: "14 May 2024", or with the month cut
 * to three letters where room is short ("23 Oct 2023"). An instant outside `YEAR_RANGE` is
 * written as before its first day or after its last, never as "NaN".
 */
export function formatInstantDay(ms: number, short = false): string {
  const text = dayText(ms);
  return short ? text.replace(MONTH_NAME, (month) => month.slice(0, 3)) : text;
}
