import { t } from "../i18n/i18n.ts";
import { fail, ok, type Result } from "../lib/result.ts";
import { quoteForProblem } from "./quoteForProblem.ts";

// Browsers drop tabs and line breaks anywhere in an address and control characters and spaces at
// its ends, so "\t//evil.example" reads as "//evil.example": no such character may stand anywhere.
const CONTROL_OR_SPACE = /[\p{Cc}\s]/u;

/**
 * Why an article's `text.path` cannot be fetched, or null: it must be a relative path, with no
 * scheme (`https:`, `https:evil.example`), no leading `/` (`//evil.example` names another host),
 * no backslash (read as `/`), no control character or white space (dropped by browsers, which
 * can make `\t//evil.example` out of a path) and no `?` or `#`. A path like that, resolved
 * against an http(s) address, can only name a file on that address's own origin (`..` stops at
 * its root); `articleTextUrl` checks the origin again after resolving.
 */
export function articlePathFault(path: string): string | null {
  const quoted = quoteForProblem(path);
  const control = CONTROL_OR_SPACE.exec(path);
  if (control) {
    const code = (control[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0");
    return t("data.pathHoldsControl", { path: quoted, code });
  }
  if (path.includes("\\")) return t("data.pathHoldsBackslash", { path: quoted });
  if (path.startsWith("/")) {
    return path.startsWith("//")
      ? t("data.pathStartsWithDoubleSlash", { path: quoted })
      : t("data.pathStartsWithSlash", { path: quoted });
  }
  if (/^[^/]*:/.test(path)) return t("data.pathHasColon", { path: quoted });
  if (/[?#]/.test(path)) return t("data.pathHoldsQueryOrHash", { path: quoted });
  return null;
}

/**
 * The address of an article's text: its `text.path` resolved against the dataset's own http(s)
 * (or, in a standalone page, file:) address, or why there is none. Never an address on another origin: the path must keep
 * `articlePathFault`, and the resolved address must have the dataset's origin.
 */
export function resolveArticlePath(datasetUrl: string, path: string): Result<string> {
  const fault = articlePathFault(path);
  if (fault !== null) return fail(t("data.itsPath", { fault }));
  let base: URL;
  let url: URL;
  try {
    base = new URL(datasetUrl);
    url = new URL(path, base);
  } catch {
    return fail(t("data.pathUnresolvable"));
  }
  // A standalone page's dataset is a file: address, whose articles it carries inside it.
  const same = url.protocol === base.protocol && url.host === base.host;
  if (!/^(https?|file):$/.test(base.protocol) || !same) {
    return fail(t("data.pathLeadsOffSite", { path: quoteForProblem(path) }));
  }
  return ok(url.href);
}
