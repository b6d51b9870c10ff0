import { formatYear } from "../dates/formatEventDate.ts";

// From a million years on, the two thousand years between year 0 and today are below the
// label's three significant digits, so "years ago" is exact as written; nearer, it is not.
const AGO_FROM = 1_000_000;

// "Years ago" stays exact while a label's last digit counts ten thousand years or more.
const AGO_FINEST_DIGIT = 10_000;

const compact = (digits: number) =>
  new Intl.NumberFormat("en", {
    notation: "compact",
    compactDisplay: "long",
    maximumSignificantDigits: digits,
  });
const COMPACT = compact(3);

/**
 * A year on the axis as people read it: "1969", "3500 BCE", "315,000 BCE"; from a million years
 * away, as geologists and astronomers count them: "13.8 billion years ago", "in 2 million years".
 * On an axis that steps a million years or more, year 0 is "present": the years since are below
 * its step, as they are below the labels' three digits. An axis stepping finer than three digits
 * tell gets the digits its step needs ("13.7996 billion years ago"), and the year in full
 * ("13,799,629,990 BCE") once "years ago" would be off by the years since year 0.
 */
export function yearTickLabel(year: number, step?: number): string {
  if (year === 0 && step !== undefined && step >= AGO_FROM) return "present";
  const size = Math.abs(year);
  if (size >= AGO_FROM) {
    const magnitude = Math.floor(Math.log10(size));
    const needed = step === undefined ? 3 : magnitude - Math.floor(Math.log10(step)) + 1;
    const digits = Math.max(3, needed);
    if (digits === 3 || 10 ** (magnitude - digits + 1) >= AGO_FINEST_DIGIT) {
      const words = (digits === 3 ? COMPACT : compact(digits)).format(size);
      return year < 0 ? `${words} years ago` : `in ${words} years`;
    }
  }
  return formatYear(year);
}
