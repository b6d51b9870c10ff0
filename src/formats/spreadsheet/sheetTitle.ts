/** What a spreadsheet with no title row is called when its name says nothing. */
const UNNAMED = "Imported spreadsheet";

/**
 * A spreadsheet's title from its file name or address: the last part of the path without its
 * extension ("women_in_computing.csv" → "women in computing"); a Google Sheet's export address
 * ("…/pub?output=csv") names nothing, so it is "Imported spreadsheet".
 */
export function sheetTitle(name: string): string {
  let last = name;
  try {
    last = new URL(name).pathname;
  } catch {
    // A file name, not an address.
  }
  last = last.split("/").filter(Boolean).at(-1) ?? "";
  try {
    last = decodeURIComponent(last);
  } catch {
    // Kept as written.
  }
  const stem = last
    .replace(/\.(csv|tsv|tab|txt|xlsx)$/i, "")
    .replace(/[_]+/g, " ")
    .trim();
  return stem === "" || /^(pub|export|edit)$/i.test(stem) ? UNNAMED : stem;
}
