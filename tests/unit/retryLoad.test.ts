import type { QueryClient } from "@tanstack/react-query";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createQueryClient } from "../../src/app/createQueryClient.ts";
import { ArticleLoadError, articleTextQueryOptions } from "../../src/data/articleTextQuery.ts";
import { DatasetLoadError } from "../../src/data/datasetLoadError.ts";
import { datasetQueryOptions } from "../../src/data/datasetQuery.ts";
import type { LoadFailure } from "../../src/data/loadFailure.ts";
import { retryLoad } from "../../src/data/retryLoad.ts";

const DATA_URL = "http://test.local/data.json";
const ARTICLE_URL = "http://test.local/articles/a.txt";

describe("retryLoad(count, error) tries again only after a connection failure or a 5xx", () => {
  const failures: [LoadFailure, boolean][] = [
    [{ kind: "unreachable" }, true],
    [{ kind: "broken-off" }, true],
    [{ kind: "http", status: 500 }, true],
    [{ kind: "http", status: 503 }, true],
    [{ kind: "http", status: 499 }, false],
    [{ kind: "http", status: 404 }, false],
    [{ kind: "http" }, false],
    [{ kind: "timeout" }, false],
    [{ kind: "stalled" }, false],
    [{ kind: "too-large" }, false],
    [{ kind: "not-json" }, false],
    [{ kind: "invalid" }, false],
    [{ kind: "version" }, false],
    [{ kind: "unrecognised" }, false],
    [{ kind: "bad-address" }, false],
  ];
  it.each(failures)(
    "%o: a dataset's and an article's first failure is retried: %s",
    (failure, again) => {
      expect(retryLoad(0, new DatasetLoadError("x", [], failure))).toBe(again);
      expect(retryLoad(0, new ArticleLoadError("x", failure))).toBe(again);
    },
  );

  it.each(failures)("%o is never retried twice", (failure) => {
    expect(retryLoad(1, new DatasetLoadError("x", [], failure))).toBe(false);
    expect(retryLoad(2, new ArticleLoadError("x", failure))).toBe(false);
  });

  it("does not retry an error that is not a load's (a bug fails the same way again)", () => {
    expect(retryLoad(0, new TypeError("x is undefined"))).toBe(false);
  });
});

describe("the app's queries: a refused body is fetched once, and no answer is waited for once", () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  const respondWith = (respond: () => Promise<Response>) => {
    fetchMock = vi.fn(respond);
    vi.stubGlobal("fetch", fetchMock);
  };

  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    (globalThis as { __sourcelinePrefetch?: unknown }).__sourcelinePrefetch = undefined;
  });

  /** Runs a query of the app's client; its error (or null) once settled, as time moves on. */
  function run(query: (client: QueryClient) => Promise<unknown>) {
    const outcome: { error: Error | null; settled: boolean } = { error: null, settled: false };
    query(createQueryClient()).then(
      () => {
        outcome.settled = true;
      },
      (error: Error) => {
        outcome.error = error;
        outcome.settled = true;
      },
    );
    return outcome;
  }

  const refusals: [string, () => Promise<Response>][] = [
    [
      "a body over the limit with no stated length",
      async () => new Response(new Uint8Array(60 * 1024 * 1024)),
    ],
    [
      "a stated length over the limit",
      async () =>
        new Response(new ReadableStream(), {
          headers: { "content-length": String(60 * 1024 * 1024) },
        }),
    ],
    ["a 404", async () => new Response("gone", { status: 404 })],
    ["a 403", async () => new Response("no", { status: 403 })],
  ];

  it.each(refusals)("fetches a dataset refused for %s once", async (_, respond) => {
    respondWith(respond);
    const outcome = run((client) => client.fetchQuery(datasetQueryOptions(DATA_URL)));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(outcome.error).toBeInstanceOf(DatasetLoadError);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it.each(refusals)("fetches an article refused for %s once", async (_, respond) => {
    respondWith(respond);
    const outcome = run((client) => client.fetchQuery(articleTextQueryOptions(ARTICLE_URL)));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(outcome.error).toBeInstanceOf(ArticleLoadError);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("fetches a dataset that is not JSON once", async () => {
    respondWith(async () => new Response("<html>"));
    const outcome = run((client) => client.fetchQuery(datasetQueryOptions(DATA_URL)));
    await vi.advanceTimersByTimeAsync(120_000);
    expect((outcome.error as DatasetLoadError).failure.kind).toBe("not-json");
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["dataset", (c: QueryClient) => c.fetchQuery(datasetQueryOptions(DATA_URL)), DATA_URL],
    [
      "article",
      (c: QueryClient) => c.fetchQuery(articleTextQueryOptions(ARTICLE_URL)),
      ARTICLE_URL,
    ],
  ] as const)("shows a %s's time-out at 30 s, once: no second wait", async (_, query, url) => {
    respondWith(() => new Promise<Response>(() => {}));
    const outcome = run(query);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(outcome.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome.error?.message).toBe(`Loading ${url} timed out: no answer in 30 s.`);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("takes over index.html's fetch of the dataset; when it does not answer, says so at 30 s and fetches nothing more", async () => {
    respondWith(() => new Promise<Response>(() => {}));
    const controller = new AbortController();
    (globalThis as { __sourcelinePrefetch?: unknown }).__sourcelinePrefetch = {
      url: DATA_URL,
      response: new Promise<Response>(() => {}),
      controller,
    };
    const outcome = run((client) => client.fetchQuery(datasetQueryOptions(DATA_URL)));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(outcome.error?.message).toBe(`Loading ${DATA_URL} timed out: no answer in 30 s.`);
    expect(controller.signal.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it.each([
    ["an unreachable server", () => Promise.reject(new TypeError("Failed to fetch"))],
    ["a 503", async () => new Response("busy", { status: 503 })],
  ])("tries %s once more, a second later", async (_, respond) => {
    respondWith(respond);
    const outcome = run((client) => client.fetchQuery(articleTextQueryOptions(ARTICLE_URL)));
    await vi.advanceTimersByTimeAsync(999);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(outcome.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(outcome.error).toBeInstanceOf(ArticleLoadError);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
