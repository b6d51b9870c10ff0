import { describe, expect, it } from "vitest";
import type { LoadProblem } from "../../src/data/loadProblem.ts";
import { readDatasetJson } from "../../src/data/readDatasetJson.ts";
import { importTimelineJs } from "../../src/formats/timelineJs/importTimelineJs.ts";
import { readTimelineJsMedia } from "../../src/formats/timelineJs/readTimelineJsMedia.ts";

const FILE = "https://news.example.org/timelines/flood/timeline3.json";

/** Reads `media` of a file at `address` (null: a file opened from this device, which has none). */
function read(media: unknown, address: string | null = FILE) {
  const problems: LoadProblem[] = [];
  const read = readTimelineJsMedia(media, "events[0].media", problems, address ?? undefined);
  return { media: read, problems };
}

const TWEET =
  '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">2018 will be the year of the dog. <a href="https://twitter.com/hashtag/YearoftheDog?src=hash">#YearoftheDog</a></p>&mdash; Kit Berry (@ItsMeKitB) <a href="https://twitter.com/ItsMeKitB/status/947659340864876544">January 1, 2018</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>';

/**
 * Media URLs of TimelineJS3's src/template/all-media-types.json and
 * website/examples/mediatypes/timeline3.json (github.com/NUKnightLab/TimelineJS3, MPL-2.0), one
 * per kind TimelineJS3 shows: [what, url, kind, label, address kept].
 */
const EXAMPLES: [string, string, string, string, string][] = [
  [
    "YouTube",
    "https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s",
    "embed",
    "YouTube video",
    "https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s",
  ],
  ["Vimeo", "http://vimeo.com/20839673", "embed", "Vimeo video", "http://vimeo.com/20839673"],
  [
    "TikTok",
    "https://www.tiktok.com/@colbertlateshow/video/7611014647642098958",
    "embed",
    "TikTok video",
    "https://www.tiktok.com/@colbertlateshow/video/7611014647642098958",
  ],
  [
    "Bluesky",
    "https://bsky.app/profile/weratedogs.com/post/3mfpmuusv2k2t",
    "embed",
    "Bluesky post",
    "https://bsky.app/profile/weratedogs.com/post/3mfpmuusv2k2t",
  ],
  [
    "SoundCloud",
    "https://soundcloud.com/usher-raymond-music/usher-i-dont-mind-feat-juicy-j",
    "embed",
    "SoundCloud audio",
    "https://soundcloud.com/usher-raymond-music/usher-i-dont-mind-feat-juicy-j",
  ],
  [
    "Twitter",
    "https://twitter.com/yayitsrob/status/1265638281783447552",
    "embed",
    "Post on X (Twitter)",
    "https://twitter.com/yayitsrob/status/1265638281783447552",
  ],
  [
    "Google Maps",
    "https://www.google.com/maps/@42.032147,-87.6689625,15z",
    "embed",
    "Google map",
    "https://www.google.com/maps/@42.032147,-87.6689625,15z",
  ],
  [
    "Instagram",
    "http://instagram.com/p/ymwL5JAsw5/",
    "embed",
    "Instagram post",
    "http://instagram.com/p/ymwL5JAsw5/",
  ],
  ["Flickr", "https://flic.kr/p/2j3fiqw", "embed", "Flickr photo", "https://flic.kr/p/2j3fiqw"],
  [
    "Document Cloud",
    "https://www.documentcloud.org/documents/1377371-folketinget.html",
    "embed",
    "DocumentCloud document",
    "https://www.documentcloud.org/documents/1377371-folketinget.html",
  ],
  [
    "Image, JPG",
    "https://upload.wikimedia.org/wikipedia/commons/thumb/c/c5/Moraine_Lake_17092005.jpg/960px-Moraine_Lake_17092005.jpg",
    "image",
    "Image",
    "https://upload.wikimedia.org/wikipedia/commons/thumb/c/c5/Moraine_Lake_17092005.jpg/960px-Moraine_Lake_17092005.jpg",
  ],
  [
    "Image, GIF",
    "https://media.giphy.com/media/Bzxeif0cR11ny/giphy.gif",
    "image",
    "Image",
    "https://media.giphy.com/media/Bzxeif0cR11ny/giphy.gif",
  ],
  [
    "Image, JPG upper case",
    "https://lh4.googleusercontent.com/-QO1O34U4z7k/w622-h415-no/IMG_7898.JPG",
    "image",
    "Image",
    "https://lh4.googleusercontent.com/-QO1O34U4z7k/w622-h415-no/IMG_7898.JPG",
  ],
  [
    "Image, protocol-relative",
    "//upload.wikimedia.org/wikipedia/commons/c/c2/Rocky_Mountains.jpeg",
    "image",
    "Image",
    "https://upload.wikimedia.org/wikipedia/commons/c/c2/Rocky_Mountains.jpeg",
  ],
  [
    "Image, relative",
    "./media/flood.jpg",
    "image",
    "Image",
    "https://news.example.org/timelines/flood/media/flood.jpg",
  ],
  [
    "Wikipedia",
    "https://en.wikipedia.org/wiki/Mechanical_Turk",
    "embed",
    "Wikipedia article",
    "https://en.wikipedia.org/wiki/Mechanical_Turk",
  ],
  [
    "Wikimedia Commons",
    "https://commons.wikimedia.org/wiki/File:Beryl-Quartz-Emerald-Zambia-33mm_0885.jpg",
    "embed",
    "Wikimedia Commons image",
    "https://commons.wikimedia.org/wiki/File:Beryl-Quartz-Emerald-Zambia-33mm_0885.jpg",
  ],
  [
    "Spotify",
    "https://play.spotify.com/track/5SdB3onMcO9ZBoKrdvCqhR",
    "embed",
    "Spotify audio",
    "https://play.spotify.com/track/5SdB3onMcO9ZBoKrdvCqhR",
  ],
  [
    "Imgur",
    "https://imgur.com/gallery/NRpFrrk",
    "embed",
    "Imgur image",
    "https://imgur.com/gallery/NRpFrrk",
  ],
  [
    "PDF",
    "https://localnewsinitiative.northwestern.edu/assets/a.pdf",
    "embed",
    "PDF document",
    "https://localnewsinitiative.northwestern.edu/assets/a.pdf",
  ],
  [
    "Audio",
    "https://soundcite.knightlab.com/media/bach-cello-suite.mp3",
    "embed",
    "Audio",
    "https://soundcite.knightlab.com/media/bach-cello-suite.mp3",
  ],
  [
    "Video (mp4)",
    "https://uploads.knightlab.com/escalator.mp4",
    "embed",
    "Video",
    "https://uploads.knightlab.com/escalator.mp4",
  ],
  [
    "Wistia",
    "https://lakeshore.wistia.com/medias/g2h5ddrucc",
    "embed",
    "Wistia video",
    "https://lakeshore.wistia.com/medias/g2h5ddrucc",
  ],
  [
    "Website, no iFrame",
    "http://www.theonion.com/articles/measles-epidemic-2015,37870/",
    "embed",
    "Web page",
    "http://www.theonion.com/articles/measles-epidemic-2015,37870/",
  ],
  [
    "iFrame",
    "<iframe src='https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source=1xuY&font=Default' width='100%' height='650' frameborder='0'></iframe>",
    "embed",
    "Embedded page",
    "https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source=1xuY&font=Default",
  ],
  [
    "Spotify in an iFrame",
    '<iframe src="https://embed.spotify.com/?uri=spotify:artist:2iE18Oxc8YSumAU232n4rW" width="300"></iframe>',
    "embed",
    "Spotify audio",
    "https://embed.spotify.com/?uri=spotify:artist:2iE18Oxc8YSumAU232n4rW",
  ],
];

describe("readTimelineJsMedia reads each kind of TimelineJS3 media", () => {
  it.each(EXAMPLES)("%s: %s → %s (%s)", (_, url, kind, label, address) => {
    const { media, problems } = read({ url, caption: "Cap", credit: "Cred" });
    expect(media).toEqual({ url: address, caption: "Cap", credit: "Cred", kind, label });
    expect(problems).toEqual([]);
  });

  it.each([
    [
      "a blockquote",
      "<blockquote>This is a block quote.</blockquote>",
      "Quote",
      [{ text: "This is a block quote." }],
    ],
    [
      "a Twitter embed: its words and links, its script dropped",
      TWEET,
      "Post on X (Twitter)",
      [
        { text: "2018 will be the year of the dog. " },
        { text: "#YearoftheDog", href: "https://twitter.com/hashtag/YearoftheDog?src=hash" },
        { text: "\n— Kit Berry (@ItsMeKitB) " },
        {
          text: "January 1, 2018",
          href: "https://twitter.com/ItsMeKitB/status/947659340864876544",
        },
      ],
    ],
    [
      "a quote that mentions an iframe",
      "<blockquote>Never use an &lt;iframe&gt; here</blockquote>",
      "Quote",
      [{ text: "Never use an <iframe> here" }],
    ],
  ])("keeps the text of %s as a quote", (_, url, label, text) => {
    const { media, problems } = read({
      url,
      caption: "That is a block quote.",
      credit: "Galactic",
    });
    expect(media).toEqual({
      url: null,
      caption: "That is a block quote.",
      credit: "Galactic",
      kind: "quote",
      label,
      text,
    });
    expect(problems).toEqual([]);
  });
});

describe("readTimelineJsMedia says which of caption and credit it keeps of media it cannot read", () => {
  it.each([
    [{ caption: "Cap", credit: "Cred" }, "left out, its caption and credit kept"],
    [{ caption: "Cap" }, "left out, its caption kept"],
    [{ credit: "<b>Cred</b>" }, "left out, its credit kept"],
    [{ caption: "<p> </p>" }, "left out"],
  ])("%j: %s", (lines, outcome) => {
    const { problems } = read({ url: "javascript:x", ...lines });
    expect(problems.map((p) => p.reason)).toEqual([
      `media URL "javascript:x" is not http(s); ${outcome}`,
    ]);
  });
});

describe("readTimelineJsMedia leaves out media it cannot read, keeping caption and credit", () => {
  const KEPT = "left out, its caption and credit kept";
  it.each([
    [
      "javascript:",
      "javascript:alert(1)",
      FILE,
      `media URL "javascript:alert(1)" is not http(s); ${KEPT}`,
    ],
    [
      "data:",
      "data:image/png;base64,AAAA",
      FILE,
      `media URL "data:image/png;base64,AAAA" is not http(s); ${KEPT}`,
    ],
    [
      "a relative URL in a file opened from this device",
      "./media/a.jpg",
      null,
      `media URL "./media/a.jpg" is relative, and a file opened from this device has no address to resolve it against; ${KEPT}`,
    ],
    [
      "an iframe of a javascript: page",
      '<iframe src="javascript:alert(1)"></iframe>',
      FILE,
      `iframe's media URL "javascript:alert(1)" is not http(s); ${KEPT}`,
    ],
    [
      "HTML that is neither a quote nor an iframe",
      '<img src="x" onerror="alert(1)">',
      FILE,
      `media "<img src=\\"x\\" onerror=\\"alert(1)\\">" is HTML that is neither a quote nor an iframe; ${KEPT}`,
    ],
    [
      "an empty quote",
      "<blockquote> </blockquote>",
      FILE,
      `quote "<blockquote> </blockquote>" has no text; ${KEPT}`,
    ],
  ])("%s", (_, url, address, reason) => {
    const { media, problems } = read({ url, caption: "Cap", credit: "Cred" }, address);
    expect(media).toEqual({ url: null, caption: "Cap", credit: "Cred" });
    expect(problems).toEqual([{ path: "events[0].media.url", reason }]);
  });
});

describe("readTimelineJsMedia keeps the links of a caption and a credit", () => {
  it("as runs beside the plain text, only when there is a link", () => {
    const { media, problems } = read({
      url: "https://img.example/a.jpg",
      caption: "<em>Phat Tai</em>, a story",
      credit:
        'Photo: <a href="https://agency.example/jane">Jane Roe</a> / <a href="javascript:x">Agency</a>',
    });
    expect(media?.caption).toBe("Phat Tai, a story");
    expect(media?.captionRuns).toBeUndefined();
    expect(media?.credit).toBe("Photo: Jane Roe / Agency");
    expect(media?.creditRuns).toEqual([
      { text: "Photo: " },
      { text: "Jane Roe", href: "https://agency.example/jane" },
      { text: " / Agency" },
    ]);
    expect(problems).toEqual([
      {
        path: "events[0].media.credit",
        reason: 'link "javascript:x" is not http(s); kept as text',
      },
    ]);
  });
});

describe("importTimelineJs resolves media against the file's address", () => {
  const file = {
    events: [
      { start_date: { year: 2020 }, unique_id: "a", media: { url: "media/a.png", caption: "A" } },
      { start_date: { year: 2021 }, unique_id: "b", media: { url: "//cdn.example/b.png" } },
    ],
  };

  it("fetched by ?data=: relative URLs against its address", () => {
    const { dataset, problems } = importTimelineJs(file, { name: FILE, address: FILE });
    expect(dataset.events.map((e) => e.media?.url)).toEqual([
      "https://news.example.org/timelines/flood/media/a.png",
      "https://cdn.example/b.png",
    ]);
    expect(problems).toEqual([]);
  });

  it("opened from this device: a relative URL is a problem, its caption kept", () => {
    const { dataset, problems } = importTimelineJs(file, { name: "timeline3.json" });
    expect(dataset.events.map((e) => e.media)).toEqual([
      { url: null, caption: "A", credit: null },
      {
        url: "https://cdn.example/b.png",
        caption: null,
        credit: null,
        kind: "image",
        label: "Image",
      },
    ]);
    expect(problems.map((p) => [p.path, p.item?.id])).toEqual([["events[0].media.url", "a"]]);
  });
});

describe("readDatasetJson(json, name, address) hands the file's address to the importer", () => {
  const json = { events: [{ start_date: { year: 2020 }, media: { url: "media/a.png" } }] };

  it.each([
    ["fetched (?data=): resolved", FILE, "https://news.example.org/timelines/flood/media/a.png", 0],
    ["opened from this device: left out with a problem", undefined, undefined, 1],
  ])("%s", async (_, address, url, problems) => {
    const loaded = await readDatasetJson(json, "timeline3.json", address);
    expect(loaded.dataset.events[0]?.media?.url ?? undefined).toBe(url);
    expect(loaded.problems.filter((p) => p.path === "events[0].media.url")).toHaveLength(problems);
  });
});
