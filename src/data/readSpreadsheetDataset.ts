import { checkInvariants } from "./checkInvariants.ts";
import { DatasetLoadError } from "./datasetLoadError.ts";
import type { DatasetBody } from "./fetchDatasetBody.ts";
import { formatProblem } from "./formatProblem.ts";
import type { LoadProblem } from "./loadProblem.ts";
import { type LoadedDataset, MAX_EVENTS } from "./readDatasetJson.ts";

/** The row a problem names ("row 12, Month"); one naming none (a count of more) comes last. */
const rowOf = (problem: LoadProblem) =>
  Number(/^row (\d+)/.exec(problem.path)?.[1] ?? Number.POSITIVE_INFINITY);

/**
 * Reads a spreadsheet (CSV, TSV or .xlsx) as a dataset, with the same checks as any other: its
 * reader is loaded only now (papaparse, and read-excel-file for a workbook), so the first view
 * never downloads them. Problems are listed in row order, each naming its row and column. A
 * sheet none of whose rows is an event fails, listing why the first ones were not.
 */
export async function readSpreadsheetDataset(
  body: DatasetBody,
  name: string,
): Promise<LoadedDataset> {
  const { readSpreadsheet } = await import("../formats/spreadsheet/readSpreadsheet.ts");
  const read = await readSpreadsheet(body, name, MAX_EVENTS);
  if (read.dataset.events.length === 0) {
    throw new DatasetLoadError(
      `${name} is a spreadsheet, but none of its rows is an event Sourceline can show.`,
      read.problems.length > 0
        ? read.problems.slice(0, 10).map(formatProblem)
        : ["It has a header row and no rows of events under it."],
    );
  }
  const checked = checkInvariants(read.dataset, read.positions);
  const problems = [...read.problems, ...checked.problems.map(read.place)];
  // A stable sort: the problems of one row stay in the order they were found.
  problems.sort((a, b) => rowOf(a) - rowOf(b));
  return { dataset: checked.dataset, problems, format: "spreadsheet", days: checked.days };
}
