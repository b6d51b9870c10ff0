import { t } from "../i18n/i18n.ts";
import { DatasetLoadError } from "./datasetLoadError.ts";
import { SILENCE_MS, type StartedFetch } from "./fetchBody.ts";
import { fetchDatasetBody } from "./fetchDatasetBody.ts";

export { MAX_DATASET_BYTES } from "./fetchDatasetBody.ts";

/** Parses a fetched body as JSON; text that is not fails with the parser's message. */
export function parseFetchedJson(url: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // The engine's message quotes the first characters it could not read.
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetLoadError(t("data.notValidJson", { url }), [reason], {
      kind: "not-json",
      url,
    });
  }
}

/**
 * Fetches JSON for a dataset (or takes the response already on its way), within limits: no
 * answer or no next part in 30 s, an error status, a body over 50 MB or not JSON each fail with
 * a message that says which. The body is decoded as it arrives (UTF-8, or UTF-16 by its
 * byte-order mark), then parsed in one go, which on a large body is faster than
 * `response.json()`. Large bodies report their progress while they download.
 */
export async function fetchJson(
  url: string,
  started?: StartedFetch | null,
  silenceMs = SILENCE_MS,
): Promise<unknown> {
  const body = await fetchDatasetBody(url, started, silenceMs);
  return parseFetchedJson(url, "text" in body ? body.text : new TextDecoder().decode(body.bytes));
}
