import type { LoadProblem } from "../../data/loadProblem.ts";
import { t } from "../../i18n/i18n.ts";

/** One row of a sheet: its number as the spreadsheet shows it (the header is row 1) and its cells. */
export interface SheetRow {
  number: number;
  cells: string[];
}

/**
 * A sheet read from CSV, TSV or .xlsx, before its columns mean anything: the header row's cells
 * as written, the rows after it that hold something, and what could not be read.
 */
export interface SheetTable {
  header: string[];
  rows: SheetRow[];
  problems: LoadProblem[];
}

/** Where a problem is in a sheet, as a reader finds it there: "row 5, Month" or "row 5". */
export function sheetPlace(row: number, column?: string): string {
  return column === undefined || column === ""
    ? t("import.sheetRow", { row: String(row) })
    : t("import.sheetRowColumn", { row: String(row), column });
}

/**
 * A sheet from its rows as read (header first): trailing blank rows and blank rows between are
 * skipped, each row keeping its number; cells are trimmed, as TimelineJS3 trims them.
 */
export function sheetTable(records: readonly (readonly string[])[], problems: LoadProblem[]) {
  const [first = [], ...rest] = records;
  const rows: SheetRow[] = [];
  rest.forEach((record, i) => {
    const cells = record.map((cell) => cell.trim());
    if (cells.some((cell) => cell !== "")) rows.push({ number: i + 2, cells });
  });
  const table: SheetTable = { header: first.map((cell) => cell.trim()), rows, problems };
  return table;
}
