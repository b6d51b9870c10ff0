import { DatasetLoadError } from "../../data/datasetLoadError.ts";
import { formatCount } from "../../i18n/formatCount.ts";
import { t } from "../../i18n/i18n.ts";
import type { MessageKey } from "../../i18n/messageKey.ts";
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

/** The columns of the two layouts, as a sheet that has neither is told (names stay English). */
const TEMPLATE_NAMES =
  "Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background";
const EXPORT_NAMES =
  "id, date, start, end, precision, type, group, title, summary, people, excerpt…";

/** Why read-excel-file refused a workbook, for a reader. */
const XLSX_REASONS: Record<string, MessageKey> = {
  XLS_FILE_NOT_SUPPORTED: "import.xlsxOld",
  INVALID_ZIP: "import.xlsxBroken",
  NO_DATA: "import.xlsxEmpty",
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
      t("import.xlsxUnreadable", { name }),
      [Object.hasOwn(XLSX_REASONS, code) ? t(XLSX_REASONS[code] as MessageKey) : reason],
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
      t("import.tooManyRows", {
        name,
        rows: formatCount(table.rows.length),
        max: formatCount(maxRows),
      }),
      [],
      { kind: "too-large" },
    );
  }
  const title = sheetTitle(name);
  if (isExportHeader(table.header)) {
    return { ...importSourcelineCsv(table, title), layout: "sourceline", rows: table.rows.length };
  }
  if (isOldTemplateHeader(table.header)) {
    throw new DatasetLoadError(t("import.oldLayout", { name }), [t("import.oldLayoutDates")], {
      kind: "unrecognised",
    });
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
    t("import.unknownColumns", { name }),
    [
      first === ""
        ? t("import.expectedColumnsEmptyRow", { template: TEMPLATE_NAMES, export: EXPORT_NAMES })
        : t("import.expectedColumns", {
            template: TEMPLATE_NAMES,
            export: EXPORT_NAMES,
            first: shortText(first, 120),
          }),
    ],
    { kind: "unrecognised" },
  );
}
