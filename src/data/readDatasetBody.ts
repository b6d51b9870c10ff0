import { DatasetLoadError } from "./datasetLoadError.ts";
import type { DatasetBody } from "./fetchDatasetBody.ts";
import { type LoadedDataset, readDatasetJson } from "./readDatasetJson.ts";
import { readSpreadsheetDataset } from "./readSpreadsheetDataset.ts";

/** Names that say what a file is, whatever it holds. */
const JSON_NAME = /\.json$/i;
const SHEET_NAME = /\.(csv|tsv|tab|txt)$/i;
const SHEET_TYPES = /^(text\/(csv|tab-separated-values|plain)|application\/vnd\.ms-excel)\b/i;
const GOOGLE_SHEET = /^https:\/\/docs\.google\.com\/spreadsheets\//;

const EXPECTED =
  "Sourceline opens JSON (its own datasets and TimelineJS3 files) and spreadsheets: CSV, TSV or .xlsx whose first row names the columns of TimelineJS3's template (Year, Month, Day, Headline, Text…) or of Sourceline's CSV export.";

/** The path of an address, or a file's name: where its extension is. */
const pathOf = (name: string) => {
  try {
    return new URL(name).pathname;
  } catch {
    return name;
  }
};

/** The first characters of a text, for saying how it starts. */
const opening = (text: string) => text.trimStart().slice(0, 60);

/**
 * What a text dataset is: JSON by its name (`.json`) or type, or by starting with `{` or `[`; a
 * spreadsheet by its name (`.csv`, `.tsv`, `.txt`), its type, a Google Sheet's address, or a
 * first line with separators in it; else neither.
 */
export function textDatasetKind(
  text: string,
  name: string,
  type = "",
): "json" | "spreadsheet" | "neither" {
  const path = pathOf(name);
  if (JSON_NAME.test(path) || /json/i.test(type)) return "json";
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("{") || start.startsWith("[")) return "json";
  if (SHEET_NAME.test(path) || SHEET_TYPES.test(type) || GOOGLE_SHEET.test(name)) {
    return start.startsWith("<") ? "neither" : "spreadsheet";
  }
  const firstLine = start.split(/\r?\n/, 1)[0] ?? "";
  return !start.startsWith("<") && /[,;\t]/.test(firstLine) ? "spreadsheet" : "neither";
}

/**
 * Reads a dataset's body, from a file or the web, in whichever format it is in: a workbook's
 * bytes and spreadsheet text as a spreadsheet, JSON (parsed by `parseJson`, whose errors say
 * where it came from) as Sourceline's format or TimelineJS3's. A body that is neither fails,
 * saying what was expected and how it starts; a Google Sheets page (not its data) says to
 * publish the sheet.
 */
export async function readDatasetBody(
  body: DatasetBody,
  name: string,
  parseJson: (text: string) => unknown,
  type = "",
): Promise<LoadedDataset> {
  if ("bytes" in body) return readSpreadsheetDataset(body, name);
  const kind = textDatasetKind(body.text, name, type);
  if (kind === "spreadsheet") return readSpreadsheetDataset(body, name);
  if (kind === "json") return readDatasetJson(parseJson(body.text), name);
  const start = opening(body.text);
  if (GOOGLE_SHEET.test(name)) {
    throw new DatasetLoadError(
      `${name} is a Google Sheets page, not the sheet's data.`,
      [
        "Publish the sheet to the web (File › Share › Publish to web) and open it again: Sourceline reads its CSV.",
        `It starts with “${start}”.`,
      ],
      { kind: "unrecognised", url: name },
    );
  }
  throw new DatasetLoadError(
    `${name} is neither JSON nor a spreadsheet.`,
    [start === "" ? "It is empty." : `It starts with “${start}”.`, EXPECTED],
    /^https?:/.test(name) ? { kind: "unrecognised", url: name } : { kind: "unrecognised" },
  );
}
