import { type SheetTable, sheetTable } from "./sheetTable.ts";

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
 * its own: the first view never downloads it. Fails with the library's reason for a file that
 * is not an .xlsx workbook (an old .xls, a broken zip).
 */
export async function readXlsxTable(bytes: Uint8Array): Promise<SheetTable> {
  const { readSheet } = await import("read-excel-file/browser");
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const rows = await readSheet(buffer as ArrayBuffer, { trim: false });
  return sheetTable(
    rows.map((row) => row.map(cellText)),
    [],
  );
}
