import { DatasetLoadError } from "./datasetLoadError.ts";
import { fetchBody, SILENCE_MS, type StartedFetch } from "./fetchBody.ts";
import { streamDecoder } from "./streamDecoder.ts";

/** The largest dataset Sourceline loads. */
export const MAX_DATASET_BYTES = 50 * 1024 * 1024;

function parseJson(url: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // The engine's message quotes the first characters it could not read.
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetLoadError(`${url} is not valid JSON.`, [reason], { kind: "not-json", url });
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
  const decoder = streamDecoder();
  const parts: string[] = [];
  await fetchBody({
    url,
    maxBytes: MAX_DATASET_BYTES,
    things: "datasets",
    onChunk: (bytes) => parts.push(decoder.push(bytes)),
    fail: (message, failure) => new DatasetLoadError(message, [], failure),
    started,
    silenceMs,
  });
  parts.push(decoder.end());
  return parseJson(url, parts.join(""));
}
