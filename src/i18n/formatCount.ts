import { i18n } from "./i18n.ts";

const formats = new Map<string, Intl.NumberFormat>();

/** Digits grouped the English way, by hand: the first draw need not set up `Intl` for English. */
function englishCount(n: number): string {
  const digits = String(Math.abs(n));
  let out = "";
  for (let end = digits.length; end > 0; end -= 3) {
    const group = digits.slice(Math.max(0, end - 3), end);
    out = out === "" ? group : `${group},${out}`;
  }
  return n < 0 ? `-${out}` : out;
}

/**
 * A whole number as the interface language writes it: "1,234,567" in English, "1.234.567" in
 * German (`Intl.NumberFormat`, as the messages' plurals write it).
 */
export function formatCount(n: number, locale: string = i18n.locale): string {
  if (!Number.isSafeInteger(n)) return String(n);
  if (locale === "en") return englishCount(n);
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    formats.set(locale, format);
  }
  return format.format(n);
}
