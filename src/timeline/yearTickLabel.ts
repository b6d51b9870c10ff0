import { formatYear } from "../dates/formatEventDate.ts";

// From a million years on, the two thousand years between year 0 and today are below the
// label's three significant digits, so "years ago" is exact as written; nearer, it is not.
const AGO_FROM = 1_000_000;

const COMPACT = new Intl.NumberFormat("en", {
  notation: "compact",
  compactDisplay: "long",
  maximumSignificantDigits: 3,
});

/**
 * A year on the axis as people read it: "1969", "3500 BCE", "315,000 BCE"; from a million years
 * away, as geologists and astronomers count them: "13.8 billion years ago", "in 2 million years".
 * On an axis that steps a million years or more, year 0 is "present": the years since are below
 * its step, as they are below the labels' three digits.
 */
export function yearTickLabel(year: number, step = 1): string {
  if (year === 0 && step >= AGO_FROM) return "present";
  if (year <= -AGO_FROM) return `${COMPACT.format(-year)} years ago`;
  if (year >= AGO_FROM) return `in ${COMPACT.format(year)} years`;
  return formatYear(year);
}
