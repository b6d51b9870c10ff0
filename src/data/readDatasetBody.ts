import type { DatasetBody } from "./fetchDatasetBody.ts";
import { type LoadedDataset, readDatasetJson } from "./readDatasetJson.ts";
import { textDatasetKind } from "./textDatasetKind.ts";

/**
 * Reads a dataset's body, from a file or the web, in whichever format it is in: JSON (parsed by
 * `parseJson`, whose errors say where it came from) as Sourceline's format or TimelineJS3's;
 * anything else (a workbook's bytes, spreadsheet text, or neither) by the spreadsheet reader,
 * loaded only then, which also says what it expected of a body that is neither.
 */
export async function readDatasetBody(
  body: DatasetBody,
  name: string,
  parseJson: (text: string) => unknown,
  type = "",
  /** The body's own URL, when it was fetched: relative media URLs in it resolve against it. */
  address?: string,
): Promise<LoadedDataset> {
  if (!("bytes" in body) && textDatasetKind(body.text, name, type) === "json") {
    return readDatasetJson(parseJson(body.text), name, address);
  }
  const { readSpreadsheetDataset } = await import("./readSpreadsheetDataset.ts");
  return readSpreadsheetDataset(body, name, type, address);
}
