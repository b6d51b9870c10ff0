import { escapeForScript } from "../lib/escapeForScript.ts";
import { EMBEDDED_DATA_ID, type EmbeddedData } from "./embeddedData.ts";

/**
 * The standalone page (`standalone.html`, one file with the app inside) carrying other data:
 * its inert JSON block replaced by `data`. Null when the page has no such block. The block is
 * JSON, not script, so the page's Content Security Policy (hashes of its scripts) still holds.
 */
export function withEmbeddedData(html: string, data: EmbeddedData): string | null {
  const open = html.match(
    new RegExp(
      `<script[^>]*\\bid="${EMBEDDED_DATA_ID}"[^>]*type="application/json"[^>]*>|<script[^>]*type="application/json"[^>]*\\bid="${EMBEDDED_DATA_ID}"[^>]*>`,
    ),
  );
  if (!open || open.index === undefined) return null;
  const start = open.index + open[0].length;
  const end = html.indexOf("</script>", start);
  if (end < 0) return null;
  return html.slice(0, start) + escapeForScript(JSON.stringify(data)) + html.slice(end);
}
