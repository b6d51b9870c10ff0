import { formatCount } from "../i18n/formatCount.ts";
import { i18n, t } from "../i18n/i18n.ts";
import type { MessageKey } from "../i18n/messageKey.ts";
import { shortText } from "../lib/shortText.ts";
import { type ExportLosses, FIELD_WORDS, type LeaveOutReason } from "./exportLosses.ts";

/** How many left-out events are named before "and n more". */
const NAMED = 3;

/** The sentence for each reason events are left out, with their count and titles. */
const LEFT_OUT: Record<LeaveOutReason, MessageKey> = {
  "without a date": "import.lossUndated",
  "dated outside the years 1–9999": "import.lossOutsideYears",
};

/** Titles listed as the interface language lists them; English without a comma before "and". */
const listTitles = (titles: string[]) =>
  new Intl.ListFormat(i18n.locale === "en" ? "en-GB" : i18n.locale, {
    type: "conjunction",
  }).format(titles);

/**
 * What a format loses, in sentences for the reader about to save: each group of events left
 * out, with their titles, then everything the kept events lose, with how many have it.
 */
export function describeLosses(losses: ExportLosses): string[] {
  const sentences = losses.leftOut.map(({ why, events: out }) => {
    const titles = out
      .slice(0, NAMED)
      .map((e) => t("import.lossTitle", { title: shortText(e.title, 60) }));
    if (out.length > NAMED) titles.push(t("import.lossMore", { count: out.length - NAMED }));
    return t(LEFT_OUT[why], { count: out.length, titles: listTitles(titles) });
  });
  const dropped = losses.dropped.map(({ field, events: having }) =>
    t("import.lossField", { field: t(FIELD_WORDS[field]), count: having.length }),
  );
  if (losses.eras > 0) dropped.push(t("import.lossEras", { count: formatCount(losses.eras) }));
  if (dropped.length > 0) {
    sentences.push(t("import.lossNotKept", { fields: dropped.join(t("import.lossSeparator")) }));
  }
  return sentences;
}
