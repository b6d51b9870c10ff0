import { i18n, t } from "../i18n/i18n.ts";

/**
 * Two dates as a span, "14 May 2024 – 2 June 2024", in `locale` (the interface's by default):
 * English by hand, as files write it; another language from its catalog ("{start}～{end}").
 */
export function dateRange(start: string, end: string, locale: string = i18n.locale): string {
  return locale === "en" ? `${start} – ${end}` : t("dates.range", { start, end });
}
