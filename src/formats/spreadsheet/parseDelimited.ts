import Papa from "papaparse";
import type { LoadProblem } from "../../data/loadProblem.ts";
import { t } from "../../i18n/i18n.ts";
import type { MessageKey } from "../../i18n/messageKey.ts";
import { type SheetTable, sheetPlace, sheetTable } from "./sheetTable.ts";

/** The separators a CSV may use: commas, tabs, semicolons (Excel's in much of Europe), bars. */
const SEPARATORS = [",", "\t", ";", "|"];

/** A file named as tab-separated is read as such, whatever its first rows suggest. */
const TAB_SEPARATED = /\.(tsv|tab)$/i;

/** What papaparse's error codes mean, for a reader. */
const REASONS: Record<string, MessageKey> = {
  MissingQuotes: "import.quoteNeverClosed",
  InvalidQuotes: "import.quoteInsideCell",
};

/**
 * Reads CSV or TSV text with papaparse: the separator is found from the first rows (comma, tab,
 * semicolon or bar; tab for a `.tsv` name), quoted cells may hold separators, quotes and line
 * breaks, and a byte-order mark is dropped. A quote that never closes is listed at its row.
 */
export function parseDelimited(text: string, name: string): SheetTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    delimiter: TAB_SEPARATED.test(name) ? "\t" : "",
    delimitersToGuess: SEPARATORS,
    skipEmptyLines: false,
  });
  const problems: LoadProblem[] = [];
  for (const error of parsed.errors) {
    const reason = Object.hasOwn(REASONS, error.code) ? REASONS[error.code] : undefined;
    if (reason === undefined || error.row === undefined) continue;
    problems.push({ path: sheetPlace(error.row + 1), reason: t(reason) });
  }
  return sheetTable(parsed.data, problems);
}
