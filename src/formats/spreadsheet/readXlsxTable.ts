import { DatasetLoadError } from "../../data/datasetLoadError.ts";
import { megabytes } from "../../data/fetchBody.ts";
import { t } from "../../i18n/i18n.ts";
import { type SheetTable, sheetTable } from "./sheetTable.ts";
import { unpackedSize } from "./unpackedSize.ts";

/**
 * The most a workbook may unpack to: its XML is several times the size of the same sheet as
 * CSV, and all of it is held in memory at once while it is read.
 */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/** A cell as text: numbers as written ("1815", not "1815.0"), dates as their calendar day. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  }
  return String(value);
}

/**
 * Reads the first sheet of an .xlsx workbook with read-excel-file, loaded only now, in a chunk of
 * its own: the first view never downloads it. Refuses, before unpacking it, a workbook whose
 * directory says it unpacks to more than `MAX_UNPACKED_BYTES`; fails with the library's reason
 * for a file that is not an .xlsx workbook (an old .xls, a broken zip).
 */
export async function readXlsxTable(bytes: Uint8Array, name: string): Promise<SheetTable> {
  const size = unpackedSize(bytes);
  if (size !== null && size > MAX_UNPACKED_BYTES) {
    throw new DatasetLoadError(
      t("import.xlsxTooLarge", { name }),
      [
        t("import.xlsxUnpacksTo", {
          size: size === Number.POSITIVE_INFINITY ? t("import.moreThan4Gb") : megabytes(size),
          max: megabytes(MAX_UNPACKED_BYTES),
        }),
      ],
      { kind: "too-large" },
    );
  }
  const { readSheet } = await import("read-excel-file/browser");
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const rows = await readSheet(buffer as ArrayBuffer, { trim: false });
  return sheetTable(
    rows.map((row) => row.map(cellText)),
    [],
  );
}
