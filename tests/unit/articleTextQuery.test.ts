import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { articlePin } from "../../src/data/articlePin.ts";
import {
  ArticleLoadError,
  articleTextQueryOptions,
  fetchArticleText,
  MAX_ARTICLE_BYTES,
} from "../../src/data/articleTextQuery.ts";
import type { ArticleSource, Dataset } from "../../src/data/datasetSchema.ts";

const URL_ = "http://test.local/data/articles/a.txt";
const MB = 1024 * 1024;
const dataset = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;
const source = dataset.sources.find((s): s is ArticleSource => s.kind === "article");
if (!source) throw new Error("The bundled dataset quotes no article");
const bytes = new Uint8Array(readFileSync(`public/data/${source.text.path}`));

/** A body sent as `parts`, each a slice of `all`. */
function sent(all: Uint8Array, ...cuts: number[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      let from = 0;
      for (const cut of [...cuts, all.length]) {
        controller.enqueue(all.slice(from, cut));
        from = cut;
      }
      controller.close();
    },
  });
}

function serve(respond: () => Response) {
  const fetchMock = vi.fn(async () => respond());
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("fetchArticleText(url) gives the text and the SHA-256 of its bytes", () => {
  it("digests the bytes as the pipeline did: the bundled article matches its pin", async () => {
    serve(() => new Response(sent(bytes, 100, 101, 2000)));
    const article = await fetchArticleText(URL_);
    expect(article.text).toBe(readFileSync(`public/data/${source.text.path}`, "utf8"));
    expect(article.digest).toBe(source.text.sha256);
    expect(articlePin(article.digest, source.text.sha256)).toBe("verified");
  });

  it("gives another digest for a text changed outside its excerpts", async () => {
    const changed = new TextEncoder().encode(
      `${readFileSync(`public/data/${source.text.path}`, "utf8")}\nAn added line.\n`,
    );
    serve(() => new Response(changed));
    const article = await fetchArticleText(URL_);
    expect(article.digest).toBe(createHash("sha256").update(changed).digest("hex"));
    expect(articlePin(article.digest, source.text.sha256)).toBe("changed");
  });

  it("keeps a leading byte-order mark in the text, as the pipeline does, so offsets agree", async () => {
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x62]);
    serve(() => new Response(marked));
    const article = await fetchArticleText(URL_);
    expect(article.text).toBe("\uFEFFab");
    expect(article.digest).toBe(createHash("sha256").update(marked).digest("hex"));
  });

  it.each([
    ["no SubtleCrypto", {}],
    ["no crypto at all", undefined],
  ])("gives no digest where the page has %s, and the text is unchecked", async (_, crypto) => {
    vi.stubGlobal("crypto", crypto);
    serve(() => new Response(bytes));
    const article = await fetchArticleText(URL_);
    expect(article.digest).toBeNull();
    expect(articlePin(article.digest, source.text.sha256)).toBe("unchecked");
  });
});

describe("fetchArticleText(url) loads within limits", () => {
  it("states its limit: 10 MB", () => {
    expect(MAX_ARTICLE_BYTES).toBe(10 * MB);
  });

  it.each([
    [
      "a stated length over 10 MB, without reading it",
      () => new Response(new ReadableStream(), { headers: { "content-length": String(11 * MB) } }),
      `${URL_} is 11.0 MB; Sourceline opens articles of up to 10.0 MB.`,
    ],
    [
      "a body counted past 10 MB (sent compressed: only counting tells)",
      () =>
        new Response(sent(new Uint8Array(10 * MB + 1), MB), {
          headers: { "content-length": String(MB), "content-encoding": "gzip" },
        }),
      `${URL_} is larger than 10.0 MB, the most Sourceline opens.`,
    ],
    [
      "an error status",
      () => new Response("gone", { status: 404, statusText: "Not Found" }),
      `Loading ${URL_} failed: the server answered 404 Not Found`,
    ],
  ])("refuses %s", async (_, respond, message) => {
    serve(respond);
    const error = await fetchArticleText(URL_).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleLoadError);
    expect((error as Error).name).toBe("ArticleLoadError");
    expect((error as Error).message).toBe(message);
  });

  it("says 'stalled' 30 s after a body stops arriving, not later", async () => {
    vi.useFakeTimers();
    serve(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(bytes.slice(0, 10));
            },
          }),
        ),
    );
    let error: unknown = null;
    fetchArticleText(URL_).catch((e: unknown) => {
      error = e;
    });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(error).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(error).toBeInstanceOf(ArticleLoadError);
    expect((error as ArticleLoadError).message).toBe(
      `Loading ${URL_} stalled: nothing arrived for 30 s.`,
    );
    expect((error as ArticleLoadError).failure).toEqual({ kind: "stalled", url: URL_ });
  });
});

describe("articleTextQueryOptions(url)", () => {
  it("keys an article's text by its address, as the problems list looks it up", () => {
    expect(articleTextQueryOptions(URL_).queryKey).toEqual(["article-text", URL_]);
  });
});
