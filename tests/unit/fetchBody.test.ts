import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fetchBody, SILENCE_MS } from "../../src/data/fetchBody.ts";
import type { LoadFailure } from "../../src/data/loadFailure.ts";
import {
  type LoadProgress,
  readProgress,
  subscribeToProgress,
} from "../../src/data/loadProgress.ts";

const URL_ = "http://test.local/a.txt";
const KB = 1024;

/** The error a caller would throw: its message and its failure, to compare whole. */
class Failed extends Error {
  constructor(
    message: string,
    readonly failure: LoadFailure,
  ) {
    super(message);
  }
}

/**
 * A body that sends `parts` (each a number of bytes) one a pull, then ends or (with `hang`)
 * sends nothing more. Nothing is pulled before it is read (`highWaterMark: 0`), so `pulls`
 * counts what the reader asked for, and `cancelled` says whether it was stopped.
 */
function body(parts: number[], hang = false) {
  const state = { pulls: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        state.pulls += 1;
        const size = parts[state.pulls - 1];
        if (size !== undefined) controller.enqueue(new Uint8Array(size).fill(0x61));
        else if (!hang) controller.close();
        // hang: the server sends nothing more and keeps the connection open.
        else return new Promise<void>(() => {});
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

/** Fetches with a limit of `maxBytes`, collecting the sizes of the parts handed on. */
function load(maxBytes = 100 * KB) {
  const chunks: number[] = [];
  const promise = fetchBody({
    url: URL_,
    maxBytes,
    things: "articles",
    onChunk: (bytes) => chunks.push(bytes.byteLength),
    fail: (message, failure) => new Failed(message, failure),
  });
  // Settled or not, as time is moved on.
  const outcome: { error?: Failed; done?: boolean } = {};
  promise.then(
    () => {
      outcome.done = true;
    },
    (error: Failed) => {
      outcome.error = error;
    },
  );
  return { chunks, outcome, promise };
}

/** A fetch that never answers, and that rejects as a browser's does when it is aborted. */
function silentFetch() {
  const aborted: boolean[] = [];
  const fetchMock = vi.fn(
    (_url: string, init?: RequestInit) =>
      new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener("abort", () => {
          aborted.push(true);
          reject(new DOMException("signal is aborted without reason", "AbortError"));
        });
      }),
  );
  vi.stubGlobal("fetch", fetchMock);
  return { fetchMock, aborted };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("fetchBody times out 30 s after the last byte", () => {
  it("is the documented 30 s", () => {
    expect(SILENCE_MS).toBe(30_000);
  });

  it("says 'timed out: no answer in 30 s' when no answer comes, at 30 s, and then aborts the fetch", async () => {
    const { fetchMock, aborted } = silentFetch();
    const { outcome } = load();
    await vi.advanceTimersByTimeAsync(SILENCE_MS - 1);
    expect(outcome).toEqual({});
    expect(aborted).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome.error?.message).toBe(`Loading ${URL_} timed out: no answer in 30 s.`);
    expect(outcome.error?.failure).toEqual({ kind: "timeout", url: URL_ });
    // The abort comes after the time-out has decided the message.
    expect(aborted).toEqual([true]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("says 'stalled' 30 s after the headers when no body follows (not 140 s)", async () => {
    const { stream, state } = body([], true);
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(stream)),
    );
    const { outcome } = load();
    await vi.advanceTimersByTimeAsync(SILENCE_MS - 1);
    expect(outcome).toEqual({});
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome.error?.message).toBe(`Loading ${URL_} stalled: nothing arrived for 30 s.`);
    expect(outcome.error?.failure).toEqual({ kind: "stalled", url: URL_ });
    expect(state.cancelled).toBe(true);
  });

  it("counts the 30 s from the last part that arrived, not from the start", async () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          // Each part comes 20 s after the last: slow, but never 30 s of silence.
          await new Promise((done) => setTimeout(done, 20_000));
          if (sent++ < 4) controller.enqueue(new Uint8Array(10));
          else controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(stream)),
    );
    const { outcome, chunks } = load();
    await vi.advanceTimersByTimeAsync(5 * 20_000);
    expect(outcome).toEqual({ done: true });
    expect(chunks).toEqual([10, 10, 10, 10]);
  });

  it("hands on each part in order and ends when the body does", async () => {
    const { stream } = body([3, 5, 7]);
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(stream)),
    );
    const { promise, chunks } = load();
    await promise;
    expect(chunks).toEqual([3, 5, 7]);
    // No time-out is left waiting once the body is in.
    expect(vi.getTimerCount()).toBe(0);
  });

  it("reads a response with no body as empty", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(null)),
    );
    const { promise, chunks } = load();
    await promise;
    expect(chunks).toEqual([]);
  });
});

describe("fetchBody refuses what is over its limit, without downloading the rest", () => {
  it.each([
    ["a stated length over the limit", { "content-length": String(100 * KB + 1) }],
    [
      "a stated length over the limit, sent as identity",
      {
        "content-length": String(200 * KB),
        "content-encoding": "identity",
      },
    ],
  ])("refuses %s before reading any of it", async (_, headers) => {
    const { stream, state } = body([KB]);
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(stream, { headers })),
    );
    const { promise, chunks } = load();
    const error = (await promise.catch((e: unknown) => e)) as Failed;
    const size = `${(Number(headers["content-length"]) / KB / KB).toFixed(1)} MB`;
    expect(error.message).toBe(`${URL_} is ${size}; Sourceline opens articles of up to 0.1 MB.`);
    expect(error.failure).toEqual({ kind: "too-large", url: URL_ });
    expect(state.pulls).toBe(0);
    expect(state.cancelled).toBe(true);
    expect(chunks).toEqual([]);
  });

  it("accepts a stated length of exactly the limit", async () => {
    const { stream } = body([100 * KB]);
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(stream, { headers: { "content-length": String(100 * KB) } })),
    );
    const { promise, chunks } = load();
    await promise;
    expect(chunks).toEqual([100 * KB]);
  });

  it.each([
    ["no stated length", {}],
    [
      "a compressed body (its stated length is the compressed one)",
      {
        "content-length": String(KB),
        "content-encoding": "gzip",
      },
    ],
    ["a stated length that is not a number", { "content-length": "lots" }],
  ])("counts the bytes of %s and stops at the part that passes the limit", async (_, headers) => {
    const { stream, state } = body(Array.from({ length: 50 }, () => 40 * KB));
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(stream, { headers })),
    );
    const { promise, chunks } = load();
    const error = (await promise.catch((e: unknown) => e)) as Failed;
    expect(error.message).toBe(`${URL_} is larger than 0.1 MB, the most Sourceline opens.`);
    expect(error.failure).toEqual({ kind: "too-large", url: URL_ });
    // 40 + 40 KB are handed on; the third part passes 100 KB and is not.
    expect(chunks).toEqual([40 * KB, 40 * KB]);
    expect(state.pulls).toBe(3);
    expect(state.cancelled).toBe(true);
  });

  it("accepts a counted body of exactly the limit", async () => {
    const { stream } = body([50 * KB, 50 * KB]);
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(stream)),
    );
    const { promise, chunks } = load();
    await promise;
    expect(chunks).toEqual([50 * KB, 50 * KB]);
  });

  it("does not read the body of an error status", async () => {
    const { stream, state } = body([KB]);
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(stream, { status: 503, statusText: "Service Unavailable" })),
    );
    const { promise } = load();
    const error = (await promise.catch((e: unknown) => e)) as Failed;
    expect(error.message).toBe(
      `Loading ${URL_} failed: the server answered 503 Service Unavailable`,
    );
    expect(error.failure).toEqual({
      kind: "http",
      url: URL_,
      status: 503,
      statusText: "Service Unavailable",
    });
    expect(state.pulls).toBe(0);
    expect(state.cancelled).toBe(true);
  });

  it("says an error status with no reason phrase and no body, without a trailing space", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(null, { status: 500 })),
    );
    const error = (await load().promise.catch((e: unknown) => e)) as Failed;
    expect(error.message).toBe(`Loading ${URL_} failed: the server answered 500`);
  });

  it("says the server could not be reached, with the browser's reason", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    const error = (await load().promise.catch((e: unknown) => e)) as Failed;
    expect(error.message).toBe(`Could not reach ${URL_} (Failed to fetch).`);
    expect(error.failure).toEqual({ kind: "unreachable", url: URL_ });
  });

  it("says a body broke off, with the reason, and hands on what came before", async () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 1) controller.enqueue(new Uint8Array(4));
        else controller.error(new TypeError("network error"));
      },
    });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(stream)),
    );
    const { promise, chunks } = load();
    const error = (await promise.catch((e: unknown) => e)) as Failed;
    expect(error.message).toBe(`Loading ${URL_} broke off before the end (network error).`);
    expect(error.failure).toEqual({ kind: "broken-off", url: URL_ });
    expect(chunks).toEqual([4]);
  });
});

describe("fetchBody takes over a fetch begun elsewhere", () => {
  it("reads its response, and fetches nothing itself", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    const { stream } = body([2]);
    const chunks: number[] = [];
    await fetchBody({
      url: URL_,
      maxBytes: KB,
      things: "datasets",
      onChunk: (bytes) => chunks.push(bytes.byteLength),
      fail: (message, failure) => new Failed(message, failure),
      started: { response: Promise.resolve(new Response(stream)) },
    });
    expect(chunks).toEqual([2]);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("aborts it when it does not answer in time", async () => {
    const abort = vi.fn();
    const promise = fetchBody({
      url: URL_,
      maxBytes: KB,
      things: "datasets",
      onChunk: () => {},
      fail: (message, failure) => new Failed(message, failure),
      started: { response: new Promise<Response>(() => {}), abort },
      silenceMs: 1000,
    });
    const error = promise.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    expect(((await error) as Failed).message).toBe(`Loading ${URL_} timed out: no answer in 1 s.`);
    expect(abort).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["no answer", () => new Promise<Response>(() => {}), "timeout"],
    ["a body over the limit", async () => new Response(new Uint8Array(2 * KB)), "too-large"],
  ])("fails with %s when it cannot be aborted", async (_, response, kind) => {
    const promise = fetchBody({
      url: URL_,
      maxBytes: KB,
      things: "datasets",
      onChunk: () => {},
      fail: (message, failure) => new Failed(message, failure),
      started: { response: response() },
    });
    const error = promise.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(SILENCE_MS);
    expect(((await error) as Failed).failure.kind).toBe(kind);
  });

  it("aborts it when its body breaks a limit", async () => {
    const abort = vi.fn();
    const { stream } = body([KB, KB]);
    const error = await fetchBody({
      url: URL_,
      maxBytes: KB,
      things: "datasets",
      onChunk: () => {},
      fail: (message, failure) => new Failed(message, failure),
      started: { response: Promise.resolve(new Response(stream)), abort },
    }).catch((e: unknown) => e);
    expect((error as Failed).failure.kind).toBe("too-large");
    expect(abort).toHaveBeenCalledTimes(1);
  });
});

describe("fetchBody reports the progress of a large body, at most every 100 ms", () => {
  const MB = 1024 * 1024;

  /** Parts of `size` bytes sent `every` ms apart; the reports seen, progress and all. */
  async function progressOf(parts: number[], every: number, headers: Record<string, string> = {}) {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          await new Promise((done) => setTimeout(done, every));
          const size = parts[sent++];
          if (size === undefined) controller.close();
          else controller.enqueue(new Uint8Array(size));
        },
      },
      { highWaterMark: 0 },
    );
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(stream, { headers })),
    );
    const seen: (LoadProgress | null)[] = [];
    const unsubscribe = subscribeToProgress(() => seen.push(readProgress(URL_)));
    const { promise } = load(100 * MB);
    await vi.advanceTimersByTimeAsync(every * (parts.length + 1));
    await promise;
    unsubscribe();
    return seen;
  }

  it("reports nothing for a body under 1 MB, but that it is over", async () => {
    expect(await progressOf([MB / 2, MB / 2 - 1], 200)).toEqual([null]);
  });

  it("reports from 1 MB, with the stated length as the total, then clears it", async () => {
    expect(
      await progressOf([MB / 2, MB / 2, MB / 2], 200, { "content-length": String(1.5 * MB) }),
    ).toEqual([{ loaded: MB, total: 1.5 * MB }, { loaded: 1.5 * MB, total: 1.5 * MB }, null]);
  });

  it.each([
    ["no stated length", {}],
    ["a compressed body's stated length", { "content-length": "100", "content-encoding": "br" }],
    ["a stated length that is not a number", { "content-length": "lots" }],
  ])("gives no total for %s", async (_, headers) => {
    expect(await progressOf([MB, MB], 200, headers)).toEqual([
      { loaded: MB, total: null },
      { loaded: 2 * MB, total: null },
      null,
    ]);
  });

  it("reports parts that arrive together once a 100 ms, counting from the last report", async () => {
    // A part every 50 ms: reported at 1 MB, then 100 ms later (at 3 MB), and so on.
    expect((await progressOf([MB, MB, MB, MB, MB], 50)).map((p) => p?.loaded ?? null)).toEqual([
      MB,
      3 * MB,
      5 * MB,
      null,
    ]);
  });
});
