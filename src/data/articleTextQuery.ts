import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Result } from "../lib/result.ts";
import { resolveArticlePath } from "./articlePathFault.ts";
import { bundledDatasetUrl } from "./datasetQuery.ts";
import { embeddedText, readEmbeddedData } from "./embeddedData.ts";
import { fetchBody } from "./fetchBody.ts";
import type { LoadFailure } from "./loadFailure.ts";
import { sha256Hex } from "./sha256Hex.ts";

/** The largest article text Sourceline loads: a long news article is well under 1 MB. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

/** An article's full text could not be loaded; says which and why, and the kind of failure. */
export class ArticleLoadError extends Error {
  override readonly name = "ArticleLoadError";
  constructor(
    message: string,
    readonly failure: LoadFailure,
  ) {
    super(message);
  }
}

/**
 * Where an article's text is: its `text.path`, resolved against the dataset's own URL; or why it
 * is not fetched (a path that could lead to another host never becomes an address).
 */
export function articleTextUrl(datasetUrl: string, path: string): Result<string> {
  return resolveArticlePath(datasetUrl, path);
}

/** An article's text as published, and the SHA-256 of its bytes (null where it cannot be computed). */
export interface ArticleText {
  text: string;
  digest: string | null;
}

/** Fetches an article's text as published (or reads it from a standalone page), within limits. */
export async function fetchArticleText(url: string): Promise<ArticleText> {
  const embedded = readEmbeddedData() ? embeddedText(url, bundledDatasetUrl()) : undefined;
  if (embedded !== undefined) {
    // Strict UTF-8 decoded and encoded again gives back the same bytes the pipeline digested.
    return { text: embedded, digest: await sha256Hex(new TextEncoder().encode(embedded)) };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  await fetchBody({
    url,
    maxBytes: MAX_ARTICLE_BYTES,
    things: "articles",
    onChunk: (bytes) => {
      chunks.push(bytes);
      size += bytes.byteLength;
    },
    fail: (message, failure) => new ArticleLoadError(message, failure),
  });
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  // Decoded as the pipeline decodes it (a leading byte-order mark kept), so offsets agree.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return { text, digest: await sha256Hex(bytes) };
}

/** Query options for one article's text: fetched when first shown, then kept. */
export function articleTextQueryOptions(url: string) {
  return queryOptions({
    queryKey: ["article-text", url],
    queryFn: () => fetchArticleText(url),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The text of an article, loaded lazily; branch on `status`. Null: there is nowhere to load it from. */
export function useArticleText(url: string | null) {
  return useQuery({ ...articleTextQueryOptions(url ?? ""), enabled: url !== null });
}
