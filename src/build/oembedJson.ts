import type { Dataset } from "../data/datasetSchema.ts";
import { embedSnippet } from "../embed/embedSnippet.ts";

/** The embed's size in an oEmbed consumer's page (it grows to its content with Pym.js). */
export const EMBED_SIZE = { width: 800, height: 640 };

/**
 * The oEmbed response for the page (https://oembed.com, type "rich"): the embed code, its size,
 * title and provider (with the site's address where known), and the share card as its thumbnail. `base` is where the site is served
 * ("" makes the addresses relative to the page, for a site that does not say).
 */
export function oembedJson(dataset: Dataset, base: string): string {
  return `${JSON.stringify(
    {
      version: "1.0",
      type: "rich",
      provider_name: "Sourceline",
      ...(base ? { provider_url: new URL("/", base).href } : {}),
      title: dataset.title,
      html: embedSnippet(base || "./", dataset.title, EMBED_SIZE.height),
      width: EMBED_SIZE.width,
      height: EMBED_SIZE.height,
      thumbnail_url: `${base}share.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    },
    null,
    2,
  )}\n`;
}
