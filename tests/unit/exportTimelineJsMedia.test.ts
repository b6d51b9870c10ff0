import { describe, expect, it } from "vitest";
import { datasetSchema } from "../../src/data/datasetSchema.ts";
import { exportTimelineJs } from "../../src/formats/timelineJs/exportTimelineJs.ts";
import { importTimelineJs } from "../../src/formats/timelineJs/importTimelineJs.ts";

const FILE = "https://news.example.org/timelines/flood/timeline3.json";

/** One slide per kind of media, with linked captions and credits, as a newsroom writes them. */
const slides = [
  {
    url: "//upload.wikimedia.org/a/Flood.jpg",
    caption: 'Sandbags on <a href="https://maps.example/main">Main Street</a>',
    credit: "Credit: Jane Roe",
  },
  { url: "./media/flood.png", caption: "Relative", credit: "AP" },
  {
    url: '<blockquote>We will <a href="https://city.example/plan">rebuild</a>.</blockquote>',
    caption: "The mayor",
    credit: '<a href="https://city.example">City Hall</a>',
  },
  { url: "https://www.youtube.com/watch?v=pi2v1m6gmD8", caption: "Footage" },
  { url: "https://twitter.com/NASASpaceflight/status/562327074384654336", credit: "NASA" },
].map((media, i) => ({ start_date: { year: 2021 + i }, unique_id: `e${i}`, media }));

describe("exportTimelineJs writes imported media back", () => {
  const { dataset } = importTimelineJs({ events: slides }, { name: FILE, address: FILE });
  const file = exportTimelineJs(dataset);

  it("an image or embed by its resolved address, a quote as a blockquote, captions and credits with their links", () => {
    expect(file.events.map((slide) => slide.media)).toEqual([
      {
        url: "https://upload.wikimedia.org/a/Flood.jpg",
        caption: 'Sandbags on <a href="https://maps.example/main">Main Street</a>',
        credit: "Credit: Jane Roe",
      },
      {
        url: "https://news.example.org/timelines/flood/media/flood.png",
        caption: "Relative",
        credit: "AP",
      },
      {
        url: '<blockquote>We will <a href="https://city.example/plan">rebuild</a>.</blockquote>',
        caption: "The mayor",
        credit: '<a href="https://city.example/">City Hall</a>',
      },
      { url: "https://www.youtube.com/watch?v=pi2v1m6gmD8", caption: "Footage" },
      { url: "https://twitter.com/NASASpaceflight/status/562327074384654336", credit: "NASA" },
    ]);
  });

  it("reads back to the same media, and a valid dataset", () => {
    const back = importTimelineJs(file);
    expect(back.problems).toEqual([]);
    expect(back.dataset.events.map((e) => e.media)).toEqual(dataset.events.map((e) => e.media));
    expect(datasetSchema.safeParse(back.dataset).success).toBe(true);
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
  });
});
