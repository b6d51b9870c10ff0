import { t } from "../../i18n/i18n.ts";
import { isWebLink } from "../../lib/isWebLink.ts";
import { fail, ok, type Result } from "../../lib/result.ts";
import { describeValue } from "./describeValue.ts";

/** The http(s) address of `url` as a reader's browser would follow it, or null. */
function webAddress(url: URL): string | null {
  return (url.protocol === "http:" || url.protocol === "https:") && isWebLink(url.href)
    ? url.href
    : null;
}

/**
 * A media URL as TimelineJS3 loads it in a browser, made absolute: an http(s) URL as is; a
 * protocol-relative one (`//upload.wikimedia.org/…`) as https; a relative one (`./media/a.jpg`)
 * against `address`, the file's own address. Any other scheme (javascript:, data:, file:) is
 * refused, and so is a relative URL when the file has no address (opened from this device).
 */
export function resolveMediaUrl(raw: string, address: string | undefined): Result<string> {
  const text = raw.trim();
  const quoted = describeValue(text);
  if (URL.canParse(text)) {
    const url = webAddress(new URL(text));
    return url === null ? fail(t("import.mediaUrlNotWeb", { url: quoted })) : ok(url);
  }
  // A page on https loads `//host/…` over https, and Sourceline is served over https.
  if (/^[\\/]{2}/.test(text)) {
    const url = URL.canParse(`https:${text}`) ? webAddress(new URL(`https:${text}`)) : null;
    return url === null ? fail(t("import.mediaUrlNotAddress", { url: quoted })) : ok(url);
  }
  if (address === undefined || !URL.canParse(address)) {
    return fail(t("import.mediaUrlRelative", { url: quoted }));
  }
  const url = URL.canParse(text, address) ? webAddress(new URL(text, address)) : null;
  return url === null ? fail(t("import.mediaUrlUnresolved", { url: quoted, address })) : ok(url);
}
