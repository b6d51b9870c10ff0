import type { Dataset } from "../data/datasetSchema.ts";
import { escapeHtml } from "./escapeHtml.ts";

/**
 * The tags that make a shared link a preview card (Open Graph, Twitter) and announce the oEmbed
 * file: the story's title and description, and its card with its size and alt text. `base` is
 * where the site is served ("" for addresses relative to the page).
 */
export function shareMeta(
  dataset: Dataset,
  { base, alt, card }: { base: string; alt: string; card: { width: number; height: number } },
): string {
  const title = escapeHtml(dataset.title);
  const description = escapeHtml(dataset.description);
  const image = `${base}share.png`;
  const tags = [
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="Sourceline" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    ...(base ? [`<meta property="og:url" content="${escapeHtml(base)}" />`] : []),
    `<meta property="og:image" content="${escapeHtml(image)}" />`,
    `<meta property="og:image:type" content="image/png" />`,
    `<meta property="og:image:width" content="${card.width}" />`,
    `<meta property="og:image:height" content="${card.height}" />`,
    `<meta property="og:image:alt" content="${escapeHtml(alt)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${title}" />`,
    `<meta name="twitter:description" content="${description}" />`,
    `<meta name="twitter:image" content="${escapeHtml(image)}" />`,
    `<meta name="twitter:image:alt" content="${escapeHtml(alt)}" />`,
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(`${base}oembed.json`)}" title="${title}" />`,
  ];
  return tags.map((tag) => `    ${tag}`).join("\n");
}
