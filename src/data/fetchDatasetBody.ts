import { DatasetLoadError } from "./datasetLoadError.ts";
import { fetchBody, SILENCE_MS, type StartedFetch } from "./fetchBody.ts";
import { streamDecoder } from "./streamDecoder.ts";

/** The largest dataset Sourceline loads. */
export const MAX_DATASET_BYTES = 50 * 1024 * 1024;

/** A dataset's body: text (JSON, CSV, TSV), or the bytes of a workbook (.xlsx, or an old .xls). */
export type DatasetBody = { text: string } | { bytes: Uint8Array };

/** The first bytes of a zip archive (an .xlsx) and of an OLE file (an Excel 97–2003 .xls). */
const WORKBOOK_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
];

/** True when bytes start as a workbook does, which no text dataset can. */
export function isWorkbook(head: Uint8Array): boolean {
  return WORKBOOK_SIGNATURES.some((signature) => signature.every((byte, i) => head[i] === byte));
}

function joined(parts: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/**
 * Fetches a dataset's body within limits (as `fetchBody`), told apart by its first bytes: a
 * workbook is kept as bytes; anything else is decoded as it arrives (UTF-8, or UTF-16 by its
 * byte-order mark), which on a large body is faster than decoding it at the end.
 */
export async function fetchDatasetBody(
  url: string,
  started?: StartedFetch | null,
  silenceMs = SILENCE_MS,
): Promise<DatasetBody> {
  const decoder = streamDecoder();
  const texts: string[] = [];
  // The first parts, held until their first four bytes say whether this is a workbook.
  let held: Uint8Array[] | null = [];
  let workbook = false;
  const decide = () => {
    const parts = held ?? [];
    workbook = isWorkbook(joined(parts).subarray(0, 4));
    if (workbook) return;
    for (const part of parts) texts.push(decoder.push(part));
    held = null;
  };
  await fetchBody({
    url,
    maxBytes: MAX_DATASET_BYTES,
    things: "datasets",
    onChunk: (bytes) => {
      if (held === null) {
        texts.push(decoder.push(bytes));
        return;
      }
      held.push(bytes);
      if (!workbook && held.reduce((sum, part) => sum + part.length, 0) >= 4) decide();
    },
    fail: (message, failure) => new DatasetLoadError(message, [], failure),
    started,
    silenceMs,
  });
  if (held !== null && !workbook) decide();
  if (workbook) return { bytes: joined(held ?? []) };
  texts.push(decoder.end());
  return { text: texts.join("") };
}
