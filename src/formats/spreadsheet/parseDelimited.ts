import Papa from "papaparse";
import type { LoadProblem } from "../../data/loadProblem.ts";
import { type SheetTable, sheetPlace, sheetTable } from "./sheetTable.ts";

/** The separators a CSV may use: commas, tabs, semicolons (Excel's in much of Europe), bars. */
const SEPARATORS = [",", "\t", ";", "|"];

/** A file named as tab-separated is read as such, whatever its first rows suggest. */
const TAB_SEPARATED = /\.(tsv|tab)$/i;

/** What papaparse's error codes mean, for a reader. */
const REASONS: Record<string, string> = {
  MissingQuotes: "a quoted cell is never closed; the rest of the file is read as part of it",
  InvalidQuotes: "a quote inside a cell that is not quoted as a whole",
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
    const reason = REASONS[error.code];
    if (reason === undefined || error.row === undefined) continue;
    problems.push({ path: sheetPlace(error.row + 1), reason });
  }
  return sheetTable(parsed.data, problems);
}
