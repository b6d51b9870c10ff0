import { ArticleLoadError } from "./articleTextQuery.ts";
import { DatasetLoadError } from "./datasetLoadError.ts";

/**
 * Whether a failed load is tried once more (a second later): only when the connection failed (the server
 * was not reached, or the body broke off) or the server had a problem of its own (5xx), which a
 * second try often gets past. Every other failure is final, so the reader is told at once:
 * waiting 30 s again for a server that did not answer would double the wait, a body refused as
 * too large would be downloaded again, and a 4xx, a body that is not JSON or a dataset that
 * fails its checks would only fail the same way.
 */
export function retryLoad(failureCount: number, error: Error): boolean {
  if (failureCount >= 1) return false;
  const failure =
    error instanceof DatasetLoadError || error instanceof ArticleLoadError ? error.failure : null;
  if (failure === null) return false;
  if (failure.kind === "http") return (failure.status ?? 0) >= 500;
  return failure.kind === "unreachable" || failure.kind === "broken-off";
}
