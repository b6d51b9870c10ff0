/** Outputs a published Google Sheet can be read in, as they are. */
const READABLE_OUTPUT = /^(csv|tsv|xlsx)$/;

/**
 * The address of a Google Sheet's CSV, from any address of the sheet, as TimelineJS3 makes it
 * (`makeGoogleCSVURL`): a published sheet's `…/d/e/<key>/pubhtml` and the sheet's own
 * `…/d/<id>/edit#gid=<tab>` both become `…/pub?output=csv` (one tab: `&gid=<tab>&single=true`).
 * Google serves it only once the sheet is published to the web (File › Share › Publish to web).
 * An address already asking for CSV, TSV or .xlsx (`?output=`, `/export?format=`) is kept; null
 * for any address that is not a Google Sheet's.
 */
export function googleSheetCsvUrl(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.hostname !== "docs.google.com" || !url.pathname.startsWith("/spreadsheets/")) {
    return null;
  }
  const output = url.searchParams.get("output") ?? url.searchParams.get("format") ?? "";
  if (READABLE_OUTPUT.test(output)) return url.href;
  const sheet = /^\/spreadsheets\/(?:u\/\d+\/)?d\/(e\/)?([-\w]+)/.exec(url.pathname);
  if (!sheet) return null;
  const gid = url.searchParams.get("gid") ?? /(?:^#|&)gid=(\d+)/.exec(url.hash)?.[1] ?? null;
  const tab = gid === null ? "" : `&gid=${gid}&single=true`;
  return `https://docs.google.com/spreadsheets/d/${sheet[1] ?? ""}${sheet[2]}/pub?output=csv${tab}`;
}
