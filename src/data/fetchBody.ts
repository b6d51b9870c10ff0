import { i18n, t } from "../i18n/i18n.ts";
import type { LoadFailure } from "./loadFailure.ts";
import { reportProgress } from "./loadProgress.ts";

/** How long a server may stay silent (before answering, or between parts of a body). */
export const SILENCE_MS = 30_000;

/** Bodies at least this large report their progress. */
const PROGRESS_FROM = 1024 * 1024;

/** Progress is reported at most this often: each report re-renders the loading message. */
const PROGRESS_EVERY_MS = 100;

const sizes = new Map<string, Intl.NumberFormat>();

/** A size as people say it, in the interface language: "12.3 MB", "12,3 MB". */
export function megabytes(bytes: number): string {
  const value = bytes / 1024 / 1024;
  const locale = i18n.locale;
  // English by hand, as it always was: no `Intl` on the first view.
  if (locale === "en") return `${value.toFixed(1)} MB`;
  let format = sizes.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    sizes.set(locale, format);
  }
  return t("data.megabytes", { size: format.format(value) });
}

/** A fetch begun elsewhere (index.html starts the dataset's before the code arrives). */
export interface StartedFetch {
  response: Promise<Response>;
  abort?: () => void;
}

/** What a body is fetched for, and how its failures are told. */
export interface BodyRequest {
  url: string;
  /** The most bytes accepted, as stated by the server or as counted. */
  maxBytes: number;
  /** What is fetched, in the plural, for the size message: "datasets", "articles". */
  things: "datasets" | "articles";
  /** Each part of the body, in order, as it arrives. */
  onChunk: (bytes: Uint8Array) => void;
  /** Makes the error a caller throws: a dataset's or an article's. */
  fail: (message: string, failure: LoadFailure) => Error;
  /** The response already on its way, if any. */
  started?: StartedFetch | null;
  silenceMs?: number;
}

/** A failure that was decided here (not one thrown by the network): it is passed on as it is. */
const decided = new WeakSet<Error>();

/** Rejects with `error()` when `promise` has not settled after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, error: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(error()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function failWith(request: BodyRequest, message: string, failure: LoadFailure): Error {
  const error = request.fail(message, failure);
  decided.add(error);
  return error;
}

/** The server's answer to `request`, or the time-out or the unreachable server, told as such. */
async function answer(request: BodyRequest, controller: AbortController, silenceMs: number) {
  const { url, started } = request;
  try {
    return await withTimeout(
      started?.response ?? fetch(url, { signal: controller.signal }),
      silenceMs,
      () =>
        failWith(request, t("data.fetchTimeout", { url, seconds: String(silenceMs / 1000) }), {
          kind: "timeout",
          url,
        }),
    );
  } catch (error) {
    if (error instanceof Error && decided.has(error)) {
      // Aborted only once the time-out has won: the abort's own rejection ("signal is aborted
      // without reason") must never be the message.
      controller.abort();
      started?.abort?.();
      throw error;
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw failWith(request, t("data.fetchUnreachable", { url, reason }), {
      kind: "unreachable",
      url,
    });
  }
}

/**
 * Reads the body chunk by chunk, each counted: the size limit when the server gave no length
 * (or a compressed one), a stall when nothing arrives for `silenceMs`, progress for the loading
 * message. Cancels the download when a limit is broken.
 */
async function readChunks(
  request: BodyRequest,
  response: Response,
  total: number | null,
  silenceMs: number,
): Promise<void> {
  const { url, maxBytes } = request;
  const reader = response.body?.getReader();
  let loaded = 0;
  let reported = Number.NEGATIVE_INFINITY;
  try {
    for (;;) {
      if (!reader) break;
      const { done, value } = await withTimeout(reader.read(), silenceMs, () =>
        failWith(request, t("data.fetchStalled", { url, seconds: String(silenceMs / 1000) }), {
          kind: "stalled",
          url,
        }),
      );
      if (done) break;
      loaded += value.byteLength;
      if (loaded > maxBytes) {
        throw failWith(request, t("data.fetchLarger", { url, max: megabytes(maxBytes) }), {
          kind: "too-large",
          url,
        });
      }
      request.onChunk(value);
      const now = performance.now();
      if (loaded >= PROGRESS_FROM && now - reported >= PROGRESS_EVERY_MS) {
        reported = now;
        reportProgress(url, { loaded, total });
      }
    }
  } catch (error) {
    void reader?.cancel().catch(() => {});
    if (error instanceof Error && decided.has(error)) throw error;
    // The connection dropped (or the server broke off) part way through the body.
    const reason = error instanceof Error ? error.message : String(error);
    throw failWith(request, t("data.fetchBrokenOff", { url, reason }), {
      kind: "broken-off",
      url,
    });
  } finally {
    reportProgress(url, null);
  }
}

/**
 * Fetches a body (or takes the response already on its way) within limits, handing each part
 * to `onChunk` as it arrives: no answer, or no next part, in 30 s; an error status; a body
 * over `maxBytes` by its stated length (refused before any of it is read) or by counting (a
 * compressed body's size is only known so). Each fails with a message that says which.
 */
export async function fetchBody(request: BodyRequest): Promise<void> {
  const { url, maxBytes, started } = request;
  const silenceMs = request.silenceMs ?? SILENCE_MS;
  const controller = new AbortController();
  const response = await answer(request, controller, silenceMs);
  // Whatever is refused from here on is not downloaded any further.
  const refuse = (message: string, failure: LoadFailure) => {
    void response.body?.cancel().catch(() => {});
    return failWith(request, message, failure);
  };
  if (!response.ok) {
    throw refuse(
      t("data.fetchStatus", { url, status: `${response.status} ${response.statusText}`.trim() }),
      { kind: "http", url, status: response.status, statusText: response.statusText },
    );
  }
  // A compressed body's stated length is not the size of what it unpacks to.
  const encoding = response.headers.get("content-encoding");
  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  const total =
    Number.isFinite(length) && (encoding === null || encoding === "identity") ? length : null;
  if (total !== null && total > maxBytes) {
    throw refuse(
      t("data.fetchTooLarge", {
        url,
        size: megabytes(total),
        things: request.things,
        max: megabytes(maxBytes),
      }),
      { kind: "too-large", url },
    );
  }
  try {
    await readChunks(request, response, total, silenceMs);
  } catch (error) {
    // A limit broken while the body still arrives: stop the download.
    controller.abort();
    started?.abort?.();
    throw error;
  }
}
