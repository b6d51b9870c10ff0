import { fail, ok, type Result } from "../lib/result.ts";

/**
 * The dataset to load: `?data=<url>` (relative to the page, or absolute http/https) when given,
 * else `fallback`. Fails, saying why, for an address that is not http or https.
 */
export function datasetUrlFromSearch(
  search: string,
  baseUri: string,
  fallback: string,
): Result<string> {
  const param = new URLSearchParams(search).get("data");
  if (param === null || param.trim() === "") return ok(fallback);
  let url: URL;
  try {
    url = new URL(param.trim(), baseUri);
  } catch {
    return fail(`The address asks for the dataset "${param}", which is not a valid URL.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return fail(
      `The address asks for the dataset "${param}", but only http and https datasets can be loaded.`,
    );
  }
  return ok(url.href);
}
