import { DatasetLoadError } from "../../data/datasetLoadError.ts";
import { formatCount } from "../../i18n/formatCount.ts";
import { shortText } from "../../lib/shortText.ts";
import { importSourcelineCsv, isExportHeader } from "./importSourcelineCsv.ts";
import {
  importTemplateRows,
  isOldTemplateHeader,
  isTemplateHeader,
  type SheetImport,
} from "./importTemplateRows.ts";
import { parseDelimited } from "./parseDelimited.ts";
import { readXlsxTable } from "./readXlsxTable.ts";
import type { SheetTable } from "./sheetTable.ts";
import { sheetTitle } from "./sheetTitle.ts";

/** A spreadsheet as it arrived: CSV or TSV text, or the bytes of an .xlsx workbook. */
export type SpreadsheetInput = { text: string } | { bytes: Uint8Array };

/** A spreadsheet read, and which of the two layouts Sourceline reads it was. */
export interface SpreadsheetImport extends SheetImport {
  layout: "timelinejs" | "sourceline";
  /** The rows under the header (a title row and era rows among them). */
  rows: number;
}

const EXPECTED =
  "Expected a header row with TimelineJS3's template columns (Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background) or Sourceline's CSV export (id, date, start, end, precision, type, group, title, summary, people, excerpt…)";

/** Why read-excel-file refused a workbook, for a reader. */
const XLSX_REASONS: Record<string, string> = {
  XLS_FILE_NOT_SUPPORTED:
    "It is an Excel 97–2003 workbook (.xls): save it as .xlsx or CSV and open that.",
  INVALID_ZIP: "It is not a complete .xlsx workbook (its zip archive is broken).",
  NO_DATA: "The workbook holds no sheet.",
};

async function readTable(input: SpreadsheetInput, name: string): Promise<SheetTable> {
  if ("text" in input) return parseDelimited(input.text, name);
  try {
    return await readXlsxTable(input.bytes, name);
  } catch (error) {
    if (error instanceof DatasetLoadError) throw error;
    const code = (error as { code?: string }).code ?? "";
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetLoadError(
      `${name} could not be read as an .xlsx workbook.`,
      [XLSX_REASONS[code] ?? reason],
      { kind: "invalid" },
    );
  }
}

/**
 * Reads a spreadsheet (CSV, TSV or .xlsx) as a dataset: TimelineJS3's template, or Sourceline's
 * own CSV export, told apart by the header row. A sheet with neither's columns fails, saying
 * what was expected and what its first row holds, as does one of more than `maxRows` rows.
 * Every problem names its row and column.
 */
export async function readSpreadsheet(
  input: SpreadsheetInput,
  name: string,
  maxRows = Number.POSITIVE_INFINITY,
  /** The sheet's own URL, when it was fetched: relative media URLs resolve against it. */
  address?: string,
): Promise<SpreadsheetImport> {
  const table = await readTable(input, name);
  if (table.rows.length > maxRows) {
    throw new DatasetLoadError(
      `${name} has ${formatCount(table.rows.length)} rows; Sourceline opens timelines of up to ${formatCount(maxRows)} events.`,
      [],
      { kind: "too-large" },
    );
  }
  const title = sheetTitle(name);
  if (isExportHeader(table.header)) {
    return { ...importSourcelineCsv(table, title), layout: "sourceline", rows: table.rows.length };
  }
  if (isOldTemplateHeader(table.header)) {
    throw new DatasetLoadError(
      `${name} is a spreadsheet in TimelineJS's old layout, which Sourceline does not read.`,
      [
        "Its dates are in “Start Date” and “End Date” columns; put them in Year, Month, Day (and End Year, End Month, End Day) columns, as in TimelineJS3's template.",
      ],
      { kind: "unrecognised" },
    );
  }
  if (isTemplateHeader(table.header)) {
    return {
      ...importTemplateRows(table, title, address),
      layout: "timelinejs",
      rows: table.rows.length,
    };
  }
  const first = table.header.filter((cell) => cell !== "").join(", ");
  throw new DatasetLoadError(
    `${name} is a spreadsheet without the columns Sourceline reads.`,
    [
      `${EXPECTED}; ${first === "" ? "its first row is empty" : `its first row is “${shortText(first, 120)}”`}.`,
    ],
    { kind: "unrecognised" },
  );
}
