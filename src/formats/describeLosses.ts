import { formatCount } from "../i18n/formatCount.ts";
import { shortText } from "../lib/shortText.ts";
import { type ExportLosses, FIELD_WORDS } from "./exportLosses.ts";

/** How many left-out events are named before "and n more". */
const NAMED = 3;

const events = (n: number) => (n === 1 ? "1 event" : `${formatCount(n)} events`);

/**
 * What a format loses, in sentences for the reader about to save: each group of events left
 * out, with their titles, then everything the kept events lose, with how many have it.
 */
export function describeLosses(losses: ExportLosses): string[] {
  const sentences = losses.leftOut.map(({ why, events: out }) => {
    const titles = out.slice(0, NAMED).map((e) => `“${shortText(e.title, 60)}”`);
    if (out.length > NAMED) titles.push(`${formatCount(out.length - NAMED)} more`);
    const list =
      titles.length === 1
        ? titles[0]
        : `${titles.slice(0, -1).join(", ")} and ${titles[titles.length - 1]}`;
    return `${events(out.length)} ${why} ${out.length === 1 ? "is" : "are"} left out: ${list}.`;
  });
  const dropped = losses.dropped.map(
    ({ field, events: having }) => `${FIELD_WORDS[field]} (${events(having.length)})`,
  );
  if (losses.eras > 0) dropped.push(`the eras (${formatCount(losses.eras)})`);
  if (dropped.length > 0) sentences.push(`Not kept: ${dropped.join("; ")}.`);
  return sentences;
}
