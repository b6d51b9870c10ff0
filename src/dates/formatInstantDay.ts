import { formatPoint } from "./formatEventDate.ts";

const MONTH_NAME =
  /\b(January|February|March|April|June|July|August|September|October|November|December)\b/;

/**
 * The UTC calendar day of an instant, as people write it: "14 May 2024", or with the month cut
 * to three letters where room is short ("23 Oct 2023").
 */
export function formatInstantDay(ms: number, short = false): string {
  const d = new Date(ms);
  const text = formatPoint({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  });
  return short ? text.replace(MONTH_NAME, (month) => month.slice(0, 3)) : text;
}
