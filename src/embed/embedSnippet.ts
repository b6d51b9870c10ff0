/** Text for an HTML attribute. */
const attr = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The address of the page's embedded view: the page with `?embed=1`. */
export function embedUrl(pageUrl: string): string {
  return `${pageUrl.replace(/[?#].*$/, "")}?embed=1`;
}

/** The plain iframe of the embedded view, at a fixed height (oEmbed, or a page with no scripts). */
export function embedSnippet(pageUrl: string, title: string, height: number): string {
  return `<iframe src="${attr(embedUrl(pageUrl))}" title="${attr(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/**
 * The embed code that keeps the iframe as tall as its content: Pym.js (NPR's resizer, which most
 * newsroom CMSs already load), given a container id on the host page.
 */
export function pymSnippet(pageUrl: string, title: string, id: string): string {
  return [
    `<div id="${attr(id)}"></div>`,
    `<script src="https://pym.nprapps.org/pym.v1.min.js"></script>`,
    `<script>new pym.Parent(${JSON.stringify(id)}, ${JSON.stringify(embedUrl(pageUrl))}, { title: ${JSON.stringify(title)} });</script>`,
  ].join("\n");
}
