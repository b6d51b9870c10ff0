import type { ItemPositions } from "../../data/checkInvariants.ts";
import type { Dataset } from "../../data/datasetSchema.ts";
import type { LoadProblem } from "../../data/loadProblem.ts";
import { withItem } from "../../data/problemItem.ts";
import { t } from "../../i18n/i18n.ts";
import { hasVisibleCharacter } from "../../lib/hasVisibleCharacter.ts";
import { slugify } from "../../lib/slugify.ts";
import { claimUniqueId, idRegistry } from "../timelineJs/claimUniqueId.ts";
import { htmlToPlainText } from "../timelineJs/htmlToPlainText.ts";
import { importTimelineJs } from "../timelineJs/importTimelineJs.ts";
import { parseSheetTime } from "./parseSheetTime.ts";
import { type SheetColumns, sheetColumns } from "./sheetColumns.ts";
import { fieldOf, sheetProblemPlacer } from "./sheetProblemPlacer.ts";
import { type SheetRow, type SheetTable, sheetPlace } from "./sheetTable.ts";

/** TimelineJS3's Google Sheets template, column by column (and "Tag", v1's name for Group). */
export const TEMPLATE_COLUMNS = {
  year: "Year",
  month: "Month",
  day: "Day",
  time: "Time",
  endYear: "End Year",
  endMonth: "End Month",
  endDay: "End Day",
  endTime: "End Time",
  displayDate: "Display Date",
  headline: "Headline",
  text: "Text",
  media: "Media",
  credit: "Media Credit",
  caption: "Media Caption",
  thumbnail: "Media Thumbnail",
  alt: "Alt Text",
  type: "Type",
  group: "Group",
  tag: "Tag",
  background: "Background",
} as const;

type Column = keyof typeof TEMPLATE_COLUMNS;

const DESCRIPTION = "Read from a spreadsheet in TimelineJS3's template.";

/** The column each field of a TimelineJS slide comes from. */
const FIELD_COLUMNS: Record<string, Column> = {
  start_date: "year",
  "start_date.year": "year",
  "start_date.month": "month",
  "start_date.day": "day",
  "start_date.hour": "time",
  "start_date.minute": "time",
  "start_date.second": "time",
  "start_date.millisecond": "time",
  end_date: "endYear",
  "end_date.year": "endYear",
  "end_date.month": "endMonth",
  "end_date.day": "endDay",
  "end_date.hour": "endTime",
  "end_date.minute": "endTime",
  "end_date.second": "endTime",
  "end_date.millisecond": "endTime",
  display_date: "displayDate",
  text: "headline",
  "text.headline": "headline",
  "text.text": "text",
  media: "media",
  "media.url": "media",
  "media.caption": "caption",
  "media.credit": "credit",
  "media.thumbnail": "thumbnail",
  group: "group",
};

/** A spreadsheet read as a dataset: what was left out, and each event's row for later checks. */
export interface SheetImport {
  dataset: Dataset;
  problems: LoadProblem[];
  /** Each event's (and source's, person's) row, as `checkInvariants` names items by. */
  positions: ItemPositions;
  /** Places a problem of the later checks, whose paths name items by row, in the sheet. */
  place: (problem: LoadProblem) => LoadProblem;
}

/** True when a header row is TimelineJS3's template (it has a Year or a Headline column). */
export function isTemplateHeader(header: readonly string[]): boolean {
  const columns = sheetColumns(header, TEMPLATE_COLUMNS);
  return columns.index("year") >= 0 || columns.index("headline") >= 0;
}

/**
 * True for TimelineJS's first sheet layout, dated by "Start Date" and "End Date" columns of free
 * text (TimelineJS3 still parses them with its own date reader), not by Year, Month and Day.
 */
export function isOldTemplateHeader(header: readonly string[]): boolean {
  const columns = sheetColumns(header, { start: "Start Date", year: "Year" });
  return columns.index("start") >= 0 && columns.index("year") < 0;
}

/** A year, month or day cell as TimelineJS3 reads it: spaces and thousands commas dropped. */
const cleanInteger = (text: string) => text.replace(/[\s,]+/g, "");

/** Reads one row as a TimelineJS slide; a bad time or an end without its year is a problem. */
function rowSlide(row: SheetRow, columns: SheetColumns<Column>, problems: LoadProblem[]) {
  const cell = (key: Column) => row.cells[columns.index(key)] ?? "";
  const at = (key: Column) => sheetPlace(row.number, columns.name(key));
  const withTime = (key: "time" | "endTime", date: Record<string, unknown>) => {
    if (cell(key) === "") return date;
    const time = parseSheetTime(cell(key));
    if (time.ok) return { ...date, ...time.data };
    problems.push({ path: at(key), reason: t("import.timeLeftOut", { reason: time.reason }) });
    return date;
  };
  const slide: Record<string, unknown> = {
    start_date: withTime("time", {
      year: cleanInteger(cell("year")),
      month: cleanInteger(cell("month")),
      day: cleanInteger(cell("day")),
    }),
    text: { headline: cell("headline"), text: cell("text") },
    display_date: cell("displayDate"),
    group: cell("group") || cell("tag"),
  };
  if (cell("endYear") !== "") {
    slide.end_date = withTime("endTime", {
      year: cleanInteger(cell("endYear")),
      month: cleanInteger(cell("endMonth")),
      day: cleanInteger(cell("endDay")),
    });
  } else {
    const stray = (["endMonth", "endDay", "endTime"] as const).find((key) => cell(key) !== "");
    if (stray) {
      problems.push({
        path: at(stray),
        reason: t("import.endWithoutYear", {
          column: columns.name(stray),
          year: columns.name("endYear"),
        }),
      });
    }
  }
  if (["media", "caption", "credit", "thumbnail"].some((key) => cell(key as Column) !== "")) {
    slide.media = {
      url: cell("media"),
      caption: cell("caption"),
      credit: cell("credit"),
      thumbnail: cell("thumbnail"),
      alt: cell("alt"),
    };
  }
  return slide;
}

/**
 * Reads the rows of TimelineJS3's spreadsheet template as its own reader does (ConfigFactory.js):
 * a "title" row is the title slide, "era" rows are eras, every other row an event, each turned
 * into a TimelineJS slide and read by the TimelineJS importer, so dates, headlines and media
 * behave as in a JSON file. Events are named by their headline (as TimelineJS3 names slides).
 * Each problem names its row and column.
 */
export function importTemplateRows(table: SheetTable, name: string, address?: string): SheetImport {
  const columns = sheetColumns(table.header, TEMPLATE_COLUMNS);
  const problems: LoadProblem[] = [...table.problems];
  const events: Record<string, unknown>[] = [];
  const eras: Record<string, unknown>[] = [];
  const eventRows: number[] = [];
  const eraRows: number[] = [];
  const rowOfId = new Map<string, number>();
  const ids = idRegistry();
  let title: Record<string, unknown> | undefined;
  let titleRow: number | undefined;
  for (const row of table.rows) {
    const type = (row.cells[columns.index("type")] ?? "").toLowerCase();
    const rowProblems: LoadProblem[] = [];
    const slide = rowSlide(row, columns, rowProblems);
    const headline = htmlToPlainText(row.cells[columns.index("headline")] ?? "");
    problems.push(...withItem(rowProblems, headline === "" ? undefined : { title: headline }));
    if (type === "title" && title === undefined) {
      title = slide;
      titleRow = row.number;
      continue;
    }
    if (type === "title") {
      problems.push({
        path: sheetPlace(row.number, columns.name("type")),
        reason: t("import.secondTitleRow"),
      });
    }
    if (type === "era") {
      eras.push(slide);
      eraRows.push(row.number);
      continue;
    }
    const id = claimUniqueId(slugify(headline) || `row-${row.number}`, ids);
    slide.unique_id = id;
    rowOfId.set(id, row.number);
    events.push(slide);
    eventRows.push(row.number);
  }
  const json = { ...(title ? { title } : {}), events, eras };
  const read = importTimelineJs(json, {
    name,
    file: "the spreadsheet",
    ...(address === undefined ? {} : { address }),
  });
  // A sheet without a title row (or its text) is described as what it is.
  const described = hasVisibleCharacter(String((title?.text as { text?: string })?.text ?? ""));
  const dataset = described ? read.dataset : { ...read.dataset, description: DESCRIPTION };
  const column = (_: string, rest: string) => {
    const key = fieldOf(FIELD_COLUMNS, rest);
    return key === undefined ? undefined : columns.name(key);
  };
  const fromSlides = sheetProblemPlacer({
    row: (section, i) =>
      section === "events" ? eventRows[i] : section === "eras" ? eraRows[i] : titleRow,
    column,
  });
  const positions = { events: dataset.events.map((e) => rowOfId.get(e.id) ?? -1) };
  const place = sheetProblemPlacer({
    row: (section, i) => (section === "events" ? i : section === "title" ? titleRow : undefined),
    column: (section, rest) =>
      section === "events"
        ? ({ ".title": columns.name("headline"), ".date": columns.name("year") }[rest] ??
          column(section, rest.replace(/^\.date\.(start|end)$/, ".$1_date")))
        : column(section, rest),
  });
  return {
    dataset,
    problems: [...problems, ...read.problems.map(fromSlides)],
    positions,
    place,
  };
}
