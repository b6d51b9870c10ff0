import type { Dataset, Source, TextRun, TimelineEvent } from "../../data/datasetSchema.ts";
import { EVENT_TYPE_LABELS } from "../../data/eventTypeLabels.ts";
import { formatEventDate } from "../../dates/formatEventDate.ts";
import { DATE_YEARS } from "../../dates/yearRange.ts";
import { safeHref } from "../../lib/safeHref.ts";
import { type ExportLosses, exportLosses } from "../exportLosses.ts";
import { edtfToTimelineJsDates } from "./edtfToTimelineJsDates.ts";
import { eraToTimelineJs } from "./eraToTimelineJs.ts";
import { escapeHtml } from "./escapeHtml.ts";
import { eventTextHtml } from "./eventTextHtml.ts";
import { textRunsHtml } from "./textRunsHtml.ts";
import type {
  TimelineJsDate,
  TimelineJsFile,
  TimelineJsMedia,
  TimelineJsSlide,
} from "./timelineJsFile.ts";

export type { TimelineJsFile } from "./timelineJsFile.ts";

/** The events TimelineJS cannot show because their date is unknown: `exportTimelineJs` leaves them out. */
export function undatedForTimelineJs(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.filter((event) => edtfToTimelineJsDates(event.date.edtf) === null);
}

/**
 * What a TimelineJS file cannot carry: events without a date, and of the rest their notes,
 * people, how their dates are known and where their excerpts stand (quotes are kept as text).
 */
export function timelineJsLosses(dataset: Dataset, events: readonly TimelineEvent[]): ExportLosses {
  const undated = new Set(undatedForTimelineJs(events));
  return exportLosses(dataset, events, {
    leaveOut: (event) => (undated.has(event) ? "without a date" : null),
    drops: ["note", "people", "basis", "references", "excerptPlaces"],
    keepsEras: true,
  });
}

/** A caption or credit as HTML: with its links when it has them. */
const lineHtml = (runs: readonly TextRun[] | undefined, plain: string) =>
  runs ? textRunsHtml(runs) : escapeHtml(plain);

/**
 * The event's own media (imported), a quote written back as a blockquote, its caption and credit
 * with their links; else the first excerpt's publisher as credit.
 */
function slideMedia(
  event: TimelineEvent,
  sources: ReadonlyMap<string, Source>,
): TimelineJsMedia | undefined {
  const { media } = event;
  const firstSource = event.excerpts[0] && sources.get(event.excerpts[0].source);
  const quote = media?.kind === "quote" && media.text?.length ? media.text : null;
  const url = quote ? `<blockquote>${textRunsHtml(quote)}</blockquote>` : safeHref(media?.url);
  const caption = media?.caption;
  const credit = media?.credit ?? firstSource?.publisher;
  if (!url && !caption && !credit) return undefined;
  return {
    url: url ?? "",
    ...(caption ? { caption: lineHtml(media?.captionRuns, caption) } : {}),
    ...(credit ? { credit: lineHtml(media?.credit ? media.creditRuns : undefined, credit) } : {}),
  };
}

function eventSlide(
  event: TimelineEvent,
  sources: ReadonlyMap<string, Source>,
): TimelineJsSlide | null {
  const dates = edtfToTimelineJsDates(event.date.edtf);
  if (dates === null) return null;
  const group = event.group ?? (event.type === "other" ? undefined : EVENT_TYPE_LABELS[event.type]);
  const media = slideMedia(event, sources);
  return {
    ...dates,
    text: { headline: escapeHtml(event.title), text: eventTextHtml(event, sources) },
    ...(media ? { media } : {}),
    ...(group ? { group: escapeHtml(group) } : {}),
    display_date: escapeHtml(event.displayDate ?? formatEventDate(event.date.edtf, "en")),
    unique_id: event.id,
  };
}

// TimelineJS's "human" scale is JavaScript dates; a year beyond them (its own test, in
// TimelineConfig's _ensureValidScale) needs its "cosmological" scale, which counts whole years.
const outsideHumanScale = (date: TimelineJsDate | undefined) =>
  date !== undefined && (date.year < DATE_YEARS.first || date.year > DATE_YEARS.last);

/**
 * Writes a dataset as a TimelineJS3 file: a title slide, one slide per dated event (`events`
 * defaults to the dataset's; undated ones are left out, see `undatedForTimelineJs`) and the
 * eras. Every dataset string that TimelineJS reads as HTML is escaped.
 */
export function exportTimelineJs(
  dataset: Dataset,
  events: readonly TimelineEvent[] = dataset.events,
): TimelineJsFile {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const slides = events.flatMap((event) => eventSlide(event, sources) ?? []);
  const eras = (dataset.eras ?? []).flatMap((era) => eraToTimelineJs(era) ?? []);
  const cosmological = [...slides, ...eras].some(
    (slide) => outsideHumanScale(slide.start_date) || outsideHumanScale(slide.end_date),
  );
  return {
    title: {
      text: {
        headline: escapeHtml(dataset.title),
        text: `<p>${escapeHtml(dataset.description).replaceAll("\n", "<br>")}</p>`,
      },
    },
    events: slides,
    ...(eras.length > 0 ? { eras } : {}),
    scale: cosmological ? "cosmological" : "human",
  };
}
