import { t } from "../i18n/i18n.ts";
import { DatasetLoadError } from "./datasetLoadError.ts";
import { megabytes } from "./fetchBody.ts";
import { isWorkbook, MAX_DATASET_BYTES } from "./fetchDatasetBody.ts";
import { readDatasetBody } from "./readDatasetBody.ts";
import type { LoadedDataset } from "./readDatasetJson.ts";
import { streamDecoder } from "./streamDecoder.ts";

/** Parses a chosen file as JSON; one that is not fails, quoting how it starts. */
function parseFileJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const start = text.trimStart().slice(0, 60);
    throw new DatasetLoadError(
      t("data.notJson", { name }),
      [
        start === "" ? t("data.fileEmpty") : t("data.startsWith", { start }),
        error instanceof Error ? error.message : String(error),
      ],
      { kind: "not-json" },
    );
  }
}

/**
 * Reads a local file the reader chose or dropped, in the browser (it is never sent anywhere):
 * JSON in Sourceline's format or TimelineJS3's, or a spreadsheet (CSV, TSV, .xlsx), told apart
 * by its name, type and content, with the same checks as a fetched dataset. Text is decoded as
 * a fetched dataset is (UTF-8, or UTF-16 by its byte-order mark).
 */
export async function readDatasetFile(
  file: Blob & { name: string; type?: string },
): Promise<LoadedDataset> {
  if (file.size > MAX_DATASET_BYTES) {
    throw new DatasetLoadError(
      t("data.fileTooLarge", {
        name: file.name,
        size: megabytes(file.size),
        max: megabytes(MAX_DATASET_BYTES),
      }),
      [],
      { kind: "too-large" },
    );
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isWorkbook(bytes)) return readDatasetBody({ bytes }, file.name, () => null);
  const decoder = streamDecoder();
  const text = decoder.push(bytes) + decoder.end();
  return readDatasetBody(
    { text },
    file.name,
    (json) => parseFileJson(file.name, json),
    file.type ?? "",
  );
}
