import { t } from "../i18n/i18n.ts";
import { hasCredentials, redactCredentials } from "../lib/redactCredentials.ts";
import { fail, ok, type Result } from "../lib/result.ts";

/**
 * The dataset to load: `?data=<url>` (relative to the page, or absolute http/https) when given,
 * else `fallback`. Fails, saying why, for an address that is not http or https, or that carries a
 * user name or password (which browsers refuse to send, and which the reason never repeats).
 */
export function datasetUrlFromSearch(
  search: string,
  baseUri: string,
  fallback: string,
): Result<string> {
  const param = new URLSearchParams(search).get("data");
  if (param === null || param.trim() === "") return ok(fallback);
  const shown = redactCredentials(param);
  let url: URL;
  try {
    url = new URL(param.trim(), baseUri);
  } catch {
    return fail(t("data.addressNotUrl", { shown }));
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return fail(t("data.addressNotWeb", { shown }));
  }
  if (hasCredentials(url)) {
    url.username = "";
    url.password = "";
    return fail(t("data.addressCredentials", { url: url.href }));
  }
  return ok(url.href);
}
