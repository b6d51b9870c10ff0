import { describe, expect, it } from "vitest";
import { clampText } from "../../src/formats/timelineJs/clampText.ts";
import { fileTitle } from "../../src/formats/timelineJs/fileTitle.ts";
import { importTimelineJs } from "../../src/formats/timelineJs/importTimelineJs.ts";

const slide = (patch: Record<string, unknown>) => ({ start_date: { year: 2020 }, ...patch });

describe("an event without a headline is titled as TimelineJS3 labels it: its text, then its media caption", () => {
  it.each([
    [
      "its text",
      { text: { text: "<p>Floodwater reaches the <b>library</b>.</p>" } },
      "Floodwater reaches the library.",
    ],
    [
      "the first line of its text",
      { text: { text: "<p>First paragraph.</p><p>Second one.</p>" } },
      "First paragraph.",
    ],
    [
      "its text, cut at a word near 100 characters",
      { text: { text: `${"river ".repeat(30)}end` } },
      `${"river ".repeat(16).trim()}…`,
    ],
    [
      "its caption when it has no text",
      { media: { caption: "<i>Sandbags</i> on Main Street" } },
      "Sandbags on Main Street",
    ],
    [
      "its text before its caption",
      { text: { text: "Text" }, media: { caption: "Caption" } },
      "Text",
    ],
    [
      "its caption when its text shows nothing",
      { text: { text: "<p>\u200b</p>" }, media: { caption: "Caption" } },
      "Caption",
    ],
    [
      "its headline when it has one",
      { text: { headline: "Headline", text: "Text" }, media: { caption: "C" } },
      "Headline",
    ],
    [
      "Untitled event when it has none of them",
      { media: { url: "https://img.example/a.jpg" } },
      "Untitled event",
    ],
  ])("%s", (_, patch, title) => {
    const { dataset, problems } = importTimelineJs({ events: [slide(patch)] });
    expect(dataset.events[0]?.title).toBe(title);
    expect(problems).toEqual([]);
  });

  it("says so when a headline shows nothing, naming the title it was given", () => {
    const { dataset, problems } = importTimelineJs({
      events: [slide({ text: { headline: "\u200b", text: "The text" } })],
    });
    expect(dataset.events[0]?.title).toBe("The text");
    expect(problems.map((p) => p.reason)).toEqual([
      "headline has no visible character (only U+200B); titled “The text”",
    ]);
  });
});

describe("a file without a title is named by its title slide, then its file name: never its address", () => {
  it.each([
    [
      "the title slide's text",
      { text: { text: "<p>How the river rose.</p><p>More.</p>" } },
      "https://x.example/t.json",
      "How the river rose.",
    ],
    [
      "the title slide's media caption",
      { media: { caption: "The river" } },
      "https://x.example/t.json",
      "The river",
    ],
    [
      "the file name of its address",
      {},
      "https://news.example.org/data/river%20flood.json?v=2",
      "river flood",
    ],
    [
      "the name of a file opened from this device",
      {},
      "election-night.timeline.json",
      "election-night.timeline",
    ],
    [
      "Imported timeline when the address has no file name",
      {},
      "https://news.example.org/",
      "Imported timeline",
    ],
    [
      "the headline when there is one",
      { text: { headline: "Given", text: "Text" } },
      "https://x.example/t.json",
      "Given",
    ],
  ])("%s", (_, title, name, expected) => {
    const { dataset } = importTimelineJs({ title, events: [] }, { name });
    expect(dataset.title).toBe(expected);
  });
});

describe("fileTitle(name) is a file's name without its folder or extension", () => {
  it.each([
    ["timeline3.json", "timeline3"],
    ["https://example.org/a/b/houston.json", "houston"],
    ["https://example.org/a/b/", "b"],
    ["https://example.org/%E2%82%AC%20prices.csv", "€ prices"],
    ["https://example.org/100%.json", "100%"],
    [".json", ".json"],
    ["", ""],
  ])("%j → %j", (name, title) => {
    expect(fileTitle(name)).toBe(title);
  });
});

describe("clampText(text, max) cuts by code points, reading no more of a long text than it keeps", () => {
  it.each([
    ["a short text as is", "short", 10, "short"],
    ["10 emoji in 10 as is", "😀".repeat(10), 10, "😀".repeat(10)],
    ["11 emoji to 9 and …", "😀".repeat(11), 10, `${"😀".repeat(9)}…`],
    ["5 million emoji to 9 and …", "😀".repeat(5_000_000), 10, `${"😀".repeat(9)}…`],
    ["8 letters and 2 emoji as is", `${"a".repeat(8)}😀😀`, 10, `${"a".repeat(8)}😀😀`],
    ["10 MB of words at a word", "word ".repeat(2_000_000), 20, "word word word…"],
  ])("%s", (_, text, max, cut) => {
    expect(clampText(text, max)).toBe(cut);
  });
});
