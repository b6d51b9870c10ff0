/** Names that say what a file is, whatever it holds. */
const JSON_NAME = /\.json$/i;
const SHEET_NAME = /\.(csv|tsv|tab|txt)$/i;
const SHEET_TYPES = /^(text\/(csv|tab-separated-values|plain)|application\/vnd\.ms-excel)\b/i;
export const GOOGLE_SHEET = /^https:\/\/docs\.google\.com\/spreadsheets\//;

/** The path of an address, or a file's name: where its extension is. */
const pathOf = (name: string) => {
  try {
    return new URL(name).pathname;
  } catch {
    return name;
  }
};

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
  // Its head is enough to tell, and a large body is not copied to look at it.
  const start = text
    .slice(0, 65_536)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (start.startsWith("{") || start.startsWith("[")) return "json";
  if (SHEET_NAME.test(path) || SHEET_TYPES.test(type) || GOOGLE_SHEET.test(name)) {
    return start.startsWith("<") ? "neither" : "spreadsheet";
  }
  const firstLine = start.split(/\r?\n/, 1)[0] ?? "";
  return !start.startsWith("<") && /[,;\t]/.test(firstLine) ? "spreadsheet" : "neither";
}
