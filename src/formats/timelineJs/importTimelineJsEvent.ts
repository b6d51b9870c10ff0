import type { EventDate, TimelineEvent } from "../../data/datasetSchema.ts";
import { EVENT_TYPE_LABELS } from "../../data/eventTypeLabels.ts";
import type { LoadProblem } from "../../data/loadProblem.ts";
import { EVENT_TYPES, type EventType, type Precision } from "../../data/vocabulary.ts";
import { type EdtfPoint, firstDay, lastDay } from "../../dates/edtf.ts";
import { formatEventDate } from "../../dates/formatEventDate.ts";
import { t } from "../../i18n/i18n.ts";
import { slugify } from "../../lib/slugify.ts";
import { claimUniqueId, type IdRegistry } from "./claimUniqueId.ts";
import { clampText } from "./clampText.ts";
import { describeValue } from "./describeValue.ts";
import { firstVisibleLine } from "./firstVisibleLine.ts";
import { formatEdtfPoint } from "./formatEdtfPoint.ts";
import { htmlToPlainText, textRunsToLine } from "./htmlToPlainText.ts";
import { readHeadline } from "./readHeadline.ts";
import { readHtmlRuns } from "./readHtmlRuns.ts";
import { readObjectField, readTextField } from "./readTextField.ts";
import { readTimelineJsMedia } from "./readTimelineJsMedia.ts";
import { readTimelineJsSpan } from "./readTimelineJsSpan.ts";

/** One slide read: the event (null when it was left out) and what was wrong with it. */
export interface TimelineJsEventImport {
  event: TimelineEvent | null;
  problems: LoadProblem[];
}

/** The longest summary made from a slide's text. */
export const SUMMARY_LENGTH = 300;

/** How an imported date is known: as its file (a TimelineJS file, a spreadsheet) gave it. */
const basisOf = (file: string, hasTime: boolean) =>
  hasTime ? `As given in ${file}; its time of day is not kept.` : `As given in ${file}.`;

/** The type a group names ("Policy", "policy"), else "other". */
export function eventTypeOfGroup(group: string | undefined): EventType {
  const name = group?.toLowerCase();
  return (
    EVENT_TYPES.find((type) => type === name || EVENT_TYPE_LABELS[type].toLowerCase() === name) ??
    "other"
  );
}

const pointPrecision = (point: EdtfPoint): Precision =>
  point.day !== undefined ? "day" : point.month !== undefined ? "month" : "year";

type DateReading = { ok: true; date: EventDate; displayDate: string | null } | { ok: false };

/** The slide's date as EDTF at each side's own precision, with the display date it states. */
function readEventDate(
  slide: Record<string, unknown>,
  path: string,
  problems: LoadProblem[],
  file: string,
): DateReading {
  const span = readTimelineJsSpan(slide, path, false);
  if (!span.ok) {
    problems.push({
      ...span.problem,
      reason: t("import.eventLeftOut", { reason: span.problem.reason }),
      leftOut: true,
    });
    return { ok: false };
  }
  const { start, end } = span;
  const edtf = formatEdtfPoint(start.point) + (end ? `/${formatEdtfPoint(end.point)}` : "");
  const hasTime = start.hasTime || (end?.hasTime ?? false);
  // The days come from the points (their order is already checked by day number): resolveEdtf
  // compares days as text, which puts "-9600-12-31" before "-9700-01-01".
  const date: EventDate = {
    edtf,
    start: firstDay(start.point),
    end: lastDay((end ?? start).point),
    precision: end ? "range" : pointPrecision(start.point),
    basis: basisOf(file, hasTime),
    references: [],
  };
  const slideDisplay = htmlToPlainText(
    readTextField(slide.display_date, `${path}.display_date`, problems),
  );
  const dateDisplay =
    start.displayDate && end?.displayDate
      ? `${start.displayDate} – ${end.displayDate}`
      : start.displayDate;
  const displayDate = slideDisplay || dateDisplay;
  // A display date that says what Sourceline would show anyway adds nothing.
  return {
    ok: true,
    date,
    displayDate: displayDate === formatEventDate(edtf, "en") ? null : displayDate,
  };
}

/**
 * Reads one TimelineJS slide as an event. A slide that is not an object, has no `start_date` or
 * has an invalid date is left out with a problem; smaller faults (an unsafe link or media URL, a
 * reused `unique_id`) keep the event and add a problem. Claims the event's id in `takenIds`.
 */
export function importTimelineJsEvent(
  slide: unknown,
  index: number,
  takenIds: IdRegistry,
  address?: string,
  /** What the slide came from, as its dates' basis names it. */
  file = "the TimelineJS file",
): TimelineJsEventImport {
  const path = `events[${index}]`;
  const problems: LoadProblem[] = [];
  if (typeof slide !== "object" || slide === null || Array.isArray(slide)) {
    const reason = t("import.notEventObject", { value: describeValue(slide) });
    problems.push({ path, reason, leftOut: true });
    return { event: null, problems };
  }
  const record = slide as Record<string, unknown>;
  const dated = readEventDate(record, path, problems, file);
  if (!dated.ok) return { event: null, problems };

  const text = readObjectField(record.text, `${path}.text`, problems);
  const runs = readHtmlRuns(
    readTextField(text.text, `${path}.text.text`, problems),
    `${path}.text.text`,
    problems,
  );
  const bodyLine = textRunsToLine(runs);
  const group =
    htmlToPlainText(readTextField(record.group, `${path}.group`, problems)) || undefined;
  const media = readTimelineJsMedia(record.media, `${path}.media`, problems, address);
  // Without a headline, TimelineJS3 labels the slide by its text, then its media caption.
  const fallback = firstVisibleLine(
    [runs.map((run) => run.text).join(""), media?.caption ?? ""],
    "Untitled event",
  );
  const title = readHeadline(text.headline, `${path}.text.headline`, fallback, problems);

  const givenId = readTextField(record.unique_id, `${path}.unique_id`, problems).trim();
  const baseId = slugify(givenId) || `event-${index + 1}`;
  const id = claimUniqueId(baseId, takenIds);
  if (id !== baseId) {
    problems.push({
      path: `${path}.unique_id`,
      reason: t("import.idTaken", { given: baseId, id }),
    });
  }

  const event: TimelineEvent = {
    id,
    type: eventTypeOfGroup(group),
    title,
    summary: bodyLine ? clampText(bodyLine, SUMMARY_LENGTH) : title,
    people: [],
    date: dated.date,
    excerpts: [],
    ...(group ? { group } : {}),
    ...(dated.displayDate ? { displayDate: dated.displayDate } : {}),
    ...(runs.length > 0 ? { body: runs } : {}),
    ...(media ? { media } : {}),
  };
  return { event, problems };
}
