import type { MediaKind } from "../../data/datasetSchema.ts";

/** What a media URL (or HTML) is, as TimelineJS3 tells: its type, how Sourceline shows it, its name. */
export interface MediaType {
  /** TimelineJS3's name for the type (`youtube`, `blockquote`, `imageblank`…). */
  type: string;
  kind: MediaKind;
  /** What a reader is told it is: "YouTube video". */
  label: string;
}

type Row = readonly [type: string, pattern: RegExp, kind: MediaKind, label: string];

/**
 * TimelineJS3's media types in its order (src/js/media/MediaType.js, MPL-2.0): the first whose
 * pattern matches wins. Only images are shown inline; its embeds (players, posts, maps, pages)
 * become a card linking to the source, and its HTML quotes are kept as text.
 */
const TYPES: readonly Row[] = [
  ["youtube", /^(https?:)?\/*(www\.|m\.)?youtube|youtu\.be/, "embed", "YouTube video"],
  ["vimeo", /^(https?:)?\/*(player\.)?vimeo\.com/, "embed", "Vimeo video"],
  ["dailymotion", /^(https?:)?\/*(www\.)?(dailymotion\.com|dai\.ly)/, "embed", "Dailymotion video"],
  ["vine", /^(https?:)?\/*(www\.)?vine\.co/, "embed", "Vine video"],
  ["tiktok", /^(https?:)?\/*(www\.)?tiktok\.com\/@[^/]+\/video\/\d+/, "embed", "TikTok video"],
  [
    "bluesky",
    /^(https?:)?\/*(www\.)?bsky\.app\/profile\/[^/]+\/post\/[^/?]+/,
    "embed",
    "Bluesky post",
  ],
  ["soundcloud", /^(https?:)?\/*(player\.)?soundcloud\.com/, "embed", "SoundCloud audio"],
  ["twitter", /^(https?:)?\/*(www\.)?(twitter|x)\.com/, "embed", "Post on X (Twitter)"],
  ["twitterembed", /<blockquote class=['"]twitter-tweet['"]/, "quote", "Post on X (Twitter)"],
  // TimelineJS3's pattern, its parts split at slashes so that it never backtracks far.
  [
    "googlemaps",
    /google[^/]*\/maps\/(?:(?:search|place|dir)\/(?:[^/]+\/)+)?@[-\d.]+,[-\d.]+/,
    "embed",
    "Google map",
  ],
  ["flickr", /^(https?:)?\/*(www\.)?flickr\.com\/photos/, "embed", "Flickr photo"],
  ["flickr", /^(https?:\/\/)?flic\.kr\/.*/, "embed", "Flickr photo"],
  [
    "instagram",
    /^(https?:)?\/*(www\.)?(instagr\.am|instagram\.com)\/p\//,
    "embed",
    "Instagram post",
  ],
  [
    "profile",
    /^(https?:)?\/*(www\.)?(instagr\.am|instagram\.com)\/[a-zA-Z0-9]{2,}/,
    "embed",
    "Instagram profile",
  ],
  ["documentcloud", /documentcloud\.org\//, "embed", "DocumentCloud document"],
  [
    "wikipedia-image",
    /^https:\/\/[^/]+\.wiki[mp]edia\.org\/[^#]*#\/media\/.*\.(jpg|jpeg|png|gif|svg|webp)/,
    "embed",
    "Wikimedia Commons image",
  ],
  [
    "wikipedia-image",
    /^https:\/\/commons\.wikimedia\.org\/wiki\/File:.+\.(jpg|jpeg|png|gif|svg|webp)/,
    "embed",
    "Wikimedia Commons image",
  ],
  ["wikipedia", /^(https?:)?\/.+\.wikipedia\.org/, "embed", "Wikipedia article"],
  ["image", /(jpg|jpeg|png|gif|svg|webp)(\?.*)?$/i, "image", "Image"],
  ["imgur", /<blockquote class=['"]imgur-embed-pub['"]/i, "quote", "Imgur post"],
  ["imgur", /^.*imgur\.com\/.+$/i, "embed", "Imgur image"],
  [
    "googledocs",
    /^(https?:)?\/*[^./]*\.google\.com\/[^/]*\/d\/[^/]*\/[^/]*\?usp=shar.*|^(https?:)?\/*drive\.google\.com\/open\?id=[^&]*|^(https?:)?\/*[^./]*\.googledrive\.com\/host\/[^/]*\//,
    "embed",
    "Google document",
  ],
  ["pdf", /^.*\.pdf(\?.*)?(#.*)?/, "embed", "PDF document"],
  ["spotify", /spotify/, "embed", "Spotify audio"],
  ["iframe", /iframe/, "embed", "Embedded page"],
  ["blockquote", /blockquote/, "quote", "Quote"],
  ["video", /(mp4|webm)(\?.*)?$/i, "embed", "Video"],
  ["wistia", /https?:\/\/(.+)?(wistia\.com|wi\.st)\/.*/i, "embed", "Wistia video"],
  ["audio", /(mp3|wav|m4a)(\?.*)?$/i, "embed", "Audio"],
];

/**
 * The longest media string TimelineJS3's patterns are tried on: some try each place a match could
 * start, which costs the square of the length (a few milliseconds here).
 */
export const MAX_TYPED_LENGTH = 8_192;

const row = (type: string): MediaType => {
  const found = TYPES.find((candidate) => candidate[0] === type);
  return found
    ? { type, kind: found[2], label: found[3] }
    : { type: "imageblank", kind: "embed", label: "Web page" };
};

/** A longer string typed in one pass per test: a tweet, an iframe, a quote, an image by its end. */
function lookupLong(url: string): MediaType {
  if (/<blockquote class=['"]twitter-tweet['"]/.test(url.slice(0, 512))) return row("twitterembed");
  if (url.includes("iframe")) return row("iframe");
  if (url.includes("blockquote")) return row("blockquote");
  const query = url.indexOf("?");
  const path = query === -1 ? url : url.slice(0, query);
  return /(jpg|jpeg|png|gif|svg|webp)$/i.test(path) ? row("image") : row("imageblank");
}

/**
 * The type of a slide's media `url` (an address, or HTML such as a blockquote or an iframe), as
 * TimelineJS3 decides it. What it would try as an image without knowing (`imageblank`: any other
 * address) is shown here as a link: an address that does not look like an image is not loaded.
 */
export function lookupMediaType(url: string): MediaType {
  if (url.length > MAX_TYPED_LENGTH) return lookupLong(url);
  for (const [type, pattern, kind, label] of TYPES) {
    if (pattern.test(url)) return { type, kind, label };
  }
  return row("imageblank");
}
