import { formatYear } from "../dates/formatEventDate.ts";
import { i18n, t } from "../i18n/i18n.ts";

// From a million years on, the two thousand years between year 0 and today are below the
// label's three significant digits, so "years ago" is exact as written; nearer, it is not.
const AGO_FROM = 1_000_000;

// "Years ago" stays exact while a label's last digit counts ten thousand years or more.
const AGO_FINEST_DIGIT = 10_000;

// One formatter per language and count of digits: the axis writes thousands of labels.
const compacts = new Map<string, Intl.NumberFormat>();
const compact = (locale: string, digits: number) => {
  const key = `${locale}|${digits}`;
  let format = compacts.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      notation: "compact",
      compactDisplay: "long",
      maximumSignificantDigits: digits,
    });
    compacts.set(key, format);
  }
  return format;
};

/** "13.8 billion years ago", "in 2 million years", "present": English by hand, else the catalog's. */
function agoText(year: number, amount: string, locale: string): string {
  if (locale === "en") return year < 0 ? `${amount} years ago` : `in ${amount} years`;
  return year < 0 ? t("dates.yearsAgo", { amount }) : t("dates.inYears", { amount });
}

/**
 * A year on the axis as people read it: "1969", "3500 BCE", "315,000 BCE"; from a million years
 * away, as geologists and astronomers count them: "13.8 billion years ago", "in 2 million years".
 * On an axis that steps a million years or more, year 0 is "present": the years since are below
 * its step, as they are below the labels' three digits. An axis stepping finer than three digits
 * tell gets the digits its step needs ("13.7996 billion years ago"), and the year in full
 * ("13,799,629,990 BCE") once "years ago" would be off by the years since year 0. In `locale`
 * (the interface's by default), with its numbers from `Intl` ("vor 13,8 Milliarden Jahren").
 */
export function yearTickLabel(year: number, step?: number, locale: string = i18n.locale): string {
  if (year === 0 && step !== undefined && step >= AGO_FROM) {
    return locale === "en" ? "present" : t("dates.present");
  }
  const size = Math.abs(year);
  if (size >= AGO_FROM) {
    const magnitude = Math.floor(Math.log10(size));
    const needed = step === undefined ? 3 : magnitude - Math.floor(Math.log10(step)) + 1;
    const digits = Math.max(3, needed);
    if (digits === 3 || 10 ** (magnitude - digits + 1) >= AGO_FINEST_DIGIT) {
      return agoText(year, compact(locale, digits).format(size), locale);
    }
  }
  return formatYear(year, locale);
}
