import { DatasetLoadError } from "./datasetLoadError.ts";
import { reportProgress } from "./loadProgress.ts";

/** The largest dataset Sourceline loads. */
export const MAX_DATASET_BYTES = 50 * 1024 * 1024;

/** How long a server may stay silent (before answering, or between parts of a body). */
export const SILENCE_MS = 30_000;

/** Bodies at least this large report their progress. */
const PROGRESS_FROM = 1024 * 1024;

/** Progress is reported at most this often: each report re-renders the loading message. */
const PROGRESS_EVERY_MS = 100;

/** A size as people say it: "12.3 MB". */
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A fetch begun elsewhere (index.html starts the dataset's before the code arrives). */
export interface StartedFetch {
  response: Promise<Response>;
  abort?: () => void;
}

/** Rejects with `error()` when `promise` has not settled after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, error: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(error()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Reads the body once, chunk by chunk, each counted: the size limit when the server gave no
 * length, a stall when nothing arrives for `silenceMs`, progress for the loading message. Then
 * decodes and parses it in one go, which on a large body is faster than `response.json()`.
 * Rejects (and cancels the download) when a limit is broken, or when the body is not JSON.
 */
async function readBody(
  url: string,
  response: Response,
  total: number | null,
  silenceMs: number,
): Promise<unknown> {
  const reader = response.body?.getReader();
  // Decoded as it arrives (UTF-8, a BOM dropped, as `response.text()` does): no second copy of
  // the bytes, and the text is ready when the last part is.
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let loaded = 0;
  let reported = Number.NEGATIVE_INFINITY;
  try {
    for (;;) {
      if (!reader) break;
      const { done, value } = await withTimeout(reader.read(), silenceMs, () => {
        return new DatasetLoadError(
          `Loading ${url} stalled: nothing arrived for ${silenceMs / 1000} s.`,
          [],
          { kind: "stalled", url },
        );
      });
      if (done) break;
      parts.push(decoder.decode(value, { stream: true }));
      loaded += value.byteLength;
      if (loaded > MAX_DATASET_BYTES) {
        throw new DatasetLoadError(
          `${url} is larger than ${megabytes(MAX_DATASET_BYTES)}, the most Sourceline opens.`,
          [],
          { kind: "too-large", url },
        );
      }
      const now = performance.now();
      if (loaded >= PROGRESS_FROM && now - reported >= PROGRESS_EVERY_MS) {
        reported = now;
        reportProgress(url, { loaded, total });
      }
    }
  } catch (error) {
    void reader?.cancel().catch(() => {});
    if (error instanceof DatasetLoadError) throw error;
    // The connection dropped (or the server broke off) part way through the body.
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetLoadError(`Loading ${url} broke off before the end (${reason}).`, [], {
      kind: "broken-off",
      url,
    });
  } finally {
    reportProgress(url, null);
  }
  parts.push(decoder.decode());
  return parseJson(url, parts.join(""));
}

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
 * answer in 30 s, an error status, a body over 50 MB or not JSON each fail with a message that
 * says which. Large bodies report their progress while they download.
 */
export async function fetchJson(
  url: string,
  started?: StartedFetch | null,
  silenceMs = SILENCE_MS,
): Promise<unknown> {
  const controller = new AbortController();
  let response: Response;
  try {
    response = await withTimeout(
      started?.response ?? fetch(url, { signal: controller.signal }),
      silenceMs,
      () => {
        controller.abort();
        started?.abort?.();
        return new DatasetLoadError(
          `Loading ${url} timed out: no answer in ${silenceMs / 1000} s.`,
          [],
          { kind: "timeout", url },
        );
      },
    );
  } catch (error) {
    if (error instanceof DatasetLoadError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetLoadError(`Could not reach ${url} (${reason}).`, [], {
      kind: "unreachable",
      url,
    });
  }
  if (!response.ok) {
    throw new DatasetLoadError(
      `Loading ${url} failed: the server answered ${response.status} ${response.statusText}`.trim(),
      [],
      { kind: "http", url, status: response.status, statusText: response.statusText },
    );
  }
  // A compressed body's stated length is not the size of the JSON it unpacks to: then the
  // size is only known by counting.
  const encoding = response.headers.get("content-encoding");
  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  const total =
    Number.isFinite(length) && (encoding === null || encoding === "identity") ? length : null;
  if (total !== null && total > MAX_DATASET_BYTES) {
    await response.body?.cancel().catch(() => {});
    throw new DatasetLoadError(
      `${url} is ${megabytes(total)}; Sourceline opens datasets of up to ${megabytes(MAX_DATASET_BYTES)}.`,
      [],
      { kind: "too-large", url },
    );
  }
  try {
    return await readBody(url, response, total, silenceMs);
  } catch (error) {
    // A limit broken while the body still arrives: stop the download.
    controller.abort();
    started?.abort?.();
    throw error;
  }
}
