import type { Dataset, Era, TimelineEvent } from "../../data/datasetSchema.ts";
import type { LoadProblem, ProblemItem } from "../../data/loadProblem.ts";
import { withItem } from "../../data/problemItem.ts";
import { ProblemLog } from "../../data/problemLog.ts";
import { t } from "../../i18n/i18n.ts";
import { hasVisibleCharacter } from "../../lib/hasVisibleCharacter.ts";
import { isRecord } from "../../lib/isRecord.ts";
import { idRegistry } from "./claimUniqueId.ts";
import { describeValue } from "./describeValue.ts";
import { fileTitle } from "./fileTitle.ts";
import { firstVisibleLine } from "./firstVisibleLine.ts";
import { htmlToPlainText, textRunsToLine } from "./htmlToPlainText.ts";
import { htmlToTextRuns } from "./htmlToTextRuns.ts";
import { importTimelineJsEra } from "./importTimelineJsEra.ts";
import { importTimelineJsEvent } from "./importTimelineJsEvent.ts";
import { readHeadline } from "./readHeadline.ts";
import { readObjectField, readTextField } from "./readTextField.ts";

/** A TimelineJS file read as a dataset, with everything left out or changed and why. */
export interface TimelineJsImport {
  dataset: Dataset;
  problems: LoadProblem[];
}

const DEFAULT_TITLE = "Imported timeline";
const DEFAULT_DESCRIPTION = "Imported from a TimelineJS file.";
const SCALES = ["human", "cosmological"];

/**
 * True for what looks like a TimelineJS3 file: an object with an `events` list (or a `title`
 * slide) and no Sourceline `version` field.
 */
export function isTimelineJs(json: unknown): boolean {
  if (!isRecord(json) || "version" in json) return false;
  return Array.isArray(json.events) || isRecord(json.title);
}

/**
 * The title slide's headline and text as the dataset's title and description. Without a
 * headline, the title is what TimelineJS3 shows on that slide instead, its text's first line
 * (then its media caption), else the file's name without its extension: never its address.
 */
function readTitle(
  json: Record<string, unknown>,
  name: string | undefined,
  problems: LoadProblem[],
) {
  const slide = readObjectField(json.title, "title", problems);
  const text = readObjectField(slide.text, "title.text", problems);
  const runs = htmlToTextRuns(readTextField(text.text, "title.text.text", problems)).runs;
  const media = isRecord(slide.media) ? slide.media : {};
  const caption = typeof media.caption === "string" ? htmlToPlainText(media.caption) : "";
  const fallback = firstVisibleLine(
    [runs.map((run) => run.text).join(""), caption, fileTitle(name ?? "")],
    DEFAULT_TITLE,
  );
  const title = readHeadline(text.headline, "title.text.headline", fallback, problems);
  const description = textRunsToLine(runs);
  return {
    title,
    description: description || DEFAULT_DESCRIPTION,
  };
}

/**
 * The slide or era a problem is in, named as the file names it: its headline, and the id it
 * was given (or, once read, the id it has here).
 */
function slideItem(slide: unknown, readId: string | undefined): ProblemItem | undefined {
  if (!isRecord(slide)) return undefined;
  const text = isRecord(slide.text) ? slide.text : {};
  const plain = typeof text.headline === "string" ? htmlToPlainText(text.headline) : "";
  // A headline that shows nothing names nothing: the slide is named by its id.
  const headline = hasVisibleCharacter(plain) ? plain : "";
  const given = typeof slide.unique_id === "string" ? slide.unique_id.trim() : "";
  const id = readId ?? given;
  if (headline === "" && id === "") return undefined;
  return { ...(headline === "" ? {} : { title: headline }), ...(id === "" ? {} : { id }) };
}

function readEras(value: unknown, problems: LoadProblem[]): Era[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({
      path: "eras",
      reason: t("import.erasNotList", { value: describeValue(value) }),
      leftOut: true,
    });
    return [];
  }
  const taken = idRegistry();
  const eras: Era[] = [];
  value.forEach((item, i) => {
    const read = importTimelineJsEra(item, i, taken);
    problems.push(...withItem(read.problems, slideItem(item, read.era?.id)));
    if (read.era) eras.push(read.era);
  });
  return eras;
}

/**
 * Reads a TimelineJS3 file as a Sourceline dataset (version 1, no sources or people); `address`,
 * the file's own URL when it has one, is what relative media URLs resolve against. Each slide
 * that cannot be read is left out with a problem and the rest still load; a file that is not an
 * object or has no `events` list gives an empty dataset and a problem saying so.
 */
export function importTimelineJs(
  json: unknown,
  /** `file`: what the slides came from, as their dates' basis names it ("the spreadsheet"). */
  options: { name?: string; address?: string; file?: string } = {},
): TimelineJsImport {
  // A file of a million broken slides lists the first thousand and counts the rest.
  const problems = new ProblemLog();
  const empty = (reason: string, path: string): TimelineJsImport => ({
    dataset: {
      version: 1,
      ...readTitle(isRecord(json) ? json : {}, options.name, []),
      sources: [],
      people: [],
      events: [],
    },
    problems: [{ path, reason }],
  });
  if (!isRecord(json)) {
    return empty(t("import.notTimelineJsFile", { value: describeValue(json) }), "(top level)");
  }
  if (!Array.isArray(json.events)) {
    return empty(
      json.events === undefined
        ? t("import.noEventsList")
        : t("import.notEventsList", { value: describeValue(json.events) }),
      "events",
    );
  }
  if (json.scale !== undefined && !SCALES.includes(json.scale as string)) {
    problems.push({
      path: "scale",
      reason: t("import.badScale", { scale: describeValue(json.scale) }),
    });
  }
  const { title, description } = readTitle(json, options.name, problems);
  const takenIds = idRegistry();
  const events: TimelineEvent[] = [];
  json.events.forEach((slide: unknown, i) => {
    const read = importTimelineJsEvent(slide, i, takenIds, options.address, options.file);
    problems.push(...withItem(read.problems, slideItem(slide, read.event?.id)));
    if (read.event) events.push(read.event);
  });
  const eras = readEras(json.eras, problems);
  const dataset: Dataset = {
    version: 1,
    title,
    description,
    sources: [],
    people: [],
    events,
    ...(eras.length > 0 ? { eras } : {}),
  };
  return { dataset, problems: problems.lines() };
}
