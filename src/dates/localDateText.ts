/** The parts of a calendar date to write; month and day 1-based. A missing part is not written. */
export interface DateFields {
  year?: number;
  month?: number;
  day?: number;
}

/** How a month is named: in full ("Mai") or cut short where room is short ("janv."). */
export type MonthStyle = "long" | "short";

// A leap year, so that 29 February has a day to stand on; only its day and month are kept.
const PROXY_YEAR = 2000;
// A year before year 1, to learn what the language calls the era before it ("v. Chr.", "紀元前").
const PROXY_BCE = Date.UTC(-999, 0, 1);

/** Text written before and after the year digits (no year: all of it in `before`). */
type Template = readonly [before: string, after: string];

const templates = new Map<string, Template>();
const plainYears = new Map<string, Intl.NumberFormat>();
const groupedYears = new Map<string, Intl.NumberFormat>();
const eraNames = new Map<string, string>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** What `locale` calls the years before year 1 (the short era: "BC", "a. C.", "ق.م"). */
function bceName(locale: string): string {
  return cached(eraNames, locale, () => {
    const format = new Intl.DateTimeFormat(locale, {
      timeZone: "UTC",
      year: "numeric",
      era: "short",
    });
    return format.formatToParts(PROXY_BCE).find((part) => part.type === "era")?.value ?? "BCE";
  });
}

/**
 * The language's pattern for these fields (order, month name, words such as "de" or "年"), learnt
 * once from `Intl.DateTimeFormat` on a day of year 2000 in UTC and kept with a gap for the year:
 * the year is written apart, so that any year (before 1, past what a `Date` holds) reads the same.
 */
function template(locale: string, fields: DateFields, style: MonthStyle, bce: boolean): Template {
  const { year, month, day } = fields;
  const key = `${locale}|${style}|${year === undefined ? "-" : bce ? "b" : "y"}|${month ?? 0}|${day ?? 0}`;
  return cached(templates, key, () => {
    const format = new Intl.DateTimeFormat(locale, {
      timeZone: "UTC",
      ...(year === undefined ? {} : { year: "numeric", ...(bce ? { era: "short" } : {}) }),
      ...(month === undefined ? {} : { month: style }),
      ...(day === undefined ? {} : { day: "numeric" }),
    });
    const parts = format.formatToParts(Date.UTC(PROXY_YEAR, (month ?? 1) - 1, day ?? 1));
    const at = parts.findIndex((part) => part.type === "year");
    const text = (from: number, to?: number) =>
      parts
        .slice(from, to)
        .map((part) => (part.type === "era" ? bceName(locale) : part.value))
        .join("");
    return at === -1 ? [text(0), ""] : [text(0, at), text(at + 1)];
  });
}

/**
 * A year's digits as `locale` writes them: four-digit years never grouped ("2024"), longer ones
 * grouped as the language groups thousands ("315.000" in German).
 */
function localYearDigits(year: number, locale: string): string {
  const size = Math.abs(year);
  const grouped = size >= 10_000;
  const format = cached(
    grouped ? groupedYears : plainYears,
    locale,
    () => new Intl.NumberFormat(locale, { useGrouping: grouped, maximumFractionDigits: 0 }),
  );
  return format.format(size);
}

/**
 * A calendar date in `locale`, from `Intl` ("14. Mai 2024", "2024年5月14日", "400 a. C."): only
 * the fields given, a negative year written with the language's word for the era before year 1
 * (year -500 is "500 BCE", as the English text has it). The fields are a calendar day, not an
 * instant: no time zone enters.
 */
export function localDateText(
  fields: DateFields,
  locale: string,
  style: MonthStyle = "long",
): string {
  const bce = fields.year !== undefined && fields.year < 0;
  const [before, after] = template(locale, fields, style, bce);
  return fields.year === undefined
    ? before
    : `${before}${localYearDigits(fields.year, locale)}${after}`;
}
