import { escapeForScript } from "../lib/escapeForScript.ts";

/** Text for an HTML attribute. */
const attr = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A string as a JavaScript literal inside a <script> element. */
const scriptString = (text: string) => escapeForScript(JSON.stringify(text));

/**
 * The address of the page's embedded view: the page with `?embed=1`, showing the same dataset
 * (`data`) but none of this visit's selection, filters or window; in `lang` where given (the
 * language the embed code was taken in), else in each reader's own.
 */
export function embedUrl(pageUrl: string, lang?: string): string {
  const path = pageUrl.replace(/[?#].*$/, "");
  const data = new URLSearchParams(/\?([^#]*)/.exec(pageUrl)?.[1] ?? "").get("data");
  const params = new URLSearchParams({ embed: "1" });
  if (data) params.set("data", data);
  if (lang) params.set("lang", lang);
  return `${path}?${params}`;
}

/** Whether another site can frame the page at this address: only a page served over the web. */
export function isEmbeddable(pageUrl: string): boolean {
  return /^https?:\/\//i.test(pageUrl);
}

/** The plain iframe of the embedded view, at a fixed height (oEmbed, or a page with no scripts). */
export function embedSnippet(pageUrl: string, title: string, height: number): string {
  return `<iframe src="${attr(embedUrl(pageUrl))}" title="${attr(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/**
 * The embed code that keeps the iframe as tall as its content: Pym.js (NPR's resizer, which most
 * newsroom CMSs already load), given a container id on the host page, in `lang` where given.
 */
export function pymSnippet(pageUrl: string, title: string, id: string, lang?: string): string {
  return [
    `<div id="${attr(id)}"></div>`,
    `<script src="https://pym.nprapps.org/pym.v1.min.js"></script>`,
    `<script>new pym.Parent(${scriptString(id)}, ${scriptString(embedUrl(pageUrl, lang))}, { title: ${scriptString(title)} });</script>`,
  ].join("\n");
}
