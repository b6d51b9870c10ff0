import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Result } from "../lib/result.ts";
import { resolveArticlePath } from "./articlePathFault.ts";
import { bundledDatasetUrl } from "./datasetQuery.ts";
import { embeddedText } from "./embeddedData.ts";
import { SILENCE_MS, withTimeout } from "./fetchJson.ts";
import type { LoadFailure } from "./loadFailure.ts";

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

/** Fetches an article's text as published (or reads it from a standalone page). */
export async function fetchArticleText(url: string): Promise<string> {
  const embedded = embeddedText(url, bundledDatasetUrl());
  if (embedded !== undefined) return embedded;
  let response: Response;
  try {
    response = await withTimeout(fetch(url), SILENCE_MS, () => {
      return new ArticleLoadError(
        `Loading ${url} timed out: no answer in ${SILENCE_MS / 1000} s.`,
        {
          kind: "timeout",
          url,
        },
      );
    });
  } catch (error) {
    if (error instanceof ArticleLoadError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ArticleLoadError(`Could not reach ${url} (${reason}).`, { kind: "unreachable", url });
  }
  if (!response.ok) {
    throw new ArticleLoadError(
      `Loading ${url} failed: the server answered ${response.status} ${response.statusText}`.trim(),
      { kind: "http", url, status: response.status, statusText: response.statusText },
    );
  }
  return response.text();
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
