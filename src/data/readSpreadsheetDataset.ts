import { t } from "../i18n/i18n.ts";
import { checkInvariants } from "./checkInvariants.ts";
import { DatasetLoadError } from "./datasetLoadError.ts";
import type { DatasetBody } from "./fetchDatasetBody.ts";
import { formatProblem } from "./formatProblem.ts";
import type { LoadProblem } from "./loadProblem.ts";
import { type LoadedDataset, MAX_EVENTS } from "./readDatasetJson.ts";
import { GOOGLE_SHEET, textDatasetKind } from "./textDatasetKind.ts";

/** The first characters of a text, for saying how it starts. */
const opening = (text: string) => text.trimStart().slice(0, 60);

/** Why a body that is neither JSON nor a spreadsheet cannot be read: a Google page says to publish. */
function neither(text: string, name: string): DatasetLoadError {
  const start = opening(text);
  if (GOOGLE_SHEET.test(name)) {
    return new DatasetLoadError(
      t("data.googleSheetPage", { name }),
      [t("data.publishSheet"), t("data.startsWith", { start })],
      { kind: "unrecognised", url: name },
    );
  }
  return new DatasetLoadError(
    t("data.neitherJsonNorSheet", { name }),
    [
      start === "" ? t("data.itIsEmpty") : t("data.startsWith", { start }),
      t("data.expectedFormats"),
    ],
    /^https?:/.test(name) ? { kind: "unrecognised", url: name } : { kind: "unrecognised" },
  );
}

/** The row a problem names ("row 12, Month"); one naming none (a count of more) comes last. */
const rowOf = (problem: LoadProblem) =>
  Number(/^row (\d+)/.exec(problem.path)?.[1] ?? Number.POSITIVE_INFINITY);

/**
 * Reads a spreadsheet (CSV, TSV or .xlsx) as a dataset, with the same checks as any other (text
 * that is not one, by `textDatasetKind`, fails saying what was expected and how it starts): its
 * reader is loaded only now (papaparse, and read-excel-file for a workbook), so the first view
 * never downloads them. Problems are listed in row order, each naming its row and column. A
 * sheet none of whose rows is an event fails, listing why the first ones were not; one whose
 * rows are only its title (and eras) opens with no events, as its TimelineJS JSON does.
 */
export async function readSpreadsheetDataset(
  body: DatasetBody,
  name: string,
  type = "",
  /** The sheet's own URL, when it was fetched: relative media URLs resolve against it. */
  address?: string,
): Promise<LoadedDataset> {
  if (!("bytes" in body) && textDatasetKind(body.text, name, type) === "neither") {
    throw neither(body.text, name);
  }
  const { readSpreadsheet } = await import("../formats/spreadsheet/readSpreadsheet.ts");
  const read = await readSpreadsheet(body, name, MAX_EVENTS, address);
  // A sheet of only a title row (and eras) is a timeline with no events yet, as its JSON would be.
  const onlyTitleAndEras = read.rows > 0 && read.problems.length === 0;
  if (read.dataset.events.length === 0 && !onlyTitleAndEras) {
    throw new DatasetLoadError(
      t("data.sheetNoEvents", { name }),
      read.problems.length > 0
        ? read.problems.slice(0, 10).map(formatProblem)
        : [t("data.sheetOnlyHeader")],
    );
  }
  const checked = checkInvariants(read.dataset, read.positions);
  const problems = [...read.problems, ...checked.problems.map(read.place)];
  // A stable sort: the problems of one row stay in the order they were found.
  problems.sort((a, b) => rowOf(a) - rowOf(b));
  return { dataset: checked.dataset, problems, format: "spreadsheet", days: checked.days };
}
