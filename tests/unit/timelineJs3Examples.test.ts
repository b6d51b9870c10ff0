// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fetchDataset } from "../../src/data/datasetQuery.ts";
import type { Era, TimelineEvent } from "../../src/data/datasetSchema.ts";
import type { LoadedDataset } from "../../src/data/readDatasetJson.ts";
import { dayNumber } from "../../src/dates/calendarDay.ts";

/**
 * The TimelineJS3 project's own examples and templates (tests/fixtures/timelinejs3/README.md says
 * where each comes from), each opened as the app opens a file from the web, and compared with
 * what TimelineJS3 itself shows for it.
 *
 * What TimelineJS3 shows was read from its source at commit 27f700ed and checked by running its
 * `TimelineConfig` on each file: it skips a slide without `start_date` and refuses the whole
 * timeline when a date part is not a number, and it shows every other slide, its media (any
 * URL, protocol-relative and relative ones resolved by the browser; `<blockquote>` and `<iframe>`
 * as HTML), its headline or else its text or else its media caption, its groups as lanes and its
 * eras sorted by start date.
 */
interface Example {
  /** The file in tests/fixtures/timelinejs3. */
  file: string;
  /** Slides in its `events` list. */
  inFile: number;
  /** Events TimelineJS3 shows. */
  shown: number;
  /** Of those, events whose media TimelineJS3 shows (a `media.url` that is not empty). */
  media: number;
  /** The timeline's title; `startsWith` where TimelineJS3 shows a long text in its place. */
  title: string | { startsWith: string };
  /** A few events, each found by the start of its title, with its date as EDTF. */
  dates: Record<string, string>;
  /** The groups TimelineJS3 draws as lanes, by name (sorted). */
  groups: string[];
  /** The eras in time order: title and dates as EDTF at the precision the file gives. */
  eras: [string, string][];
}

const EXAMPLES: Example[] = [
  {
    file: "contribWomenInComputing.json",
    inFile: 10,
    shown: 10,
    media: 10,
    title: "Women in Computing",
    dates: {
      "Ada Lovelace": "1815-12-10/1852-11-27",
      "Edith Clarke: Bucking the Trend": "1948-03-14",
      "...And the women who made it work": "1943-07/1946",
      "Contributions to space exploration": "1956/1962",
      '"The Mother of the Internet"': "1985",
    },
    groups: [],
    eras: [],
  },
  {
    file: "examplesHouston.json",
    inFile: 18,
    shown: 18,
    media: 15,
    title: "Whitney Houston 1963 - 2012",
    dates: {
      "A Musical Heritage": "1963-08-09",
      "Crack is Whack": "2002",
      "Whitney Houston 1963-2012": "2012-02-11",
    },
    groups: [],
    eras: [],
  },
  {
    file: "examplesMediaTypes.json",
    inFile: 29,
    shown: 29,
    media: 29,
    title: "TimelineJS Media Types",
    dates: {
      "YouTube Videos": "1901",
      iFrame: "1923",
      "Website, in iFrame": "1925",
      Blockquote: "1926",
    },
    groups: [],
    eras: [],
  },
  {
    file: "examplesRepublican.json",
    inFile: 13,
    shown: 13,
    media: 12,
    title: "The Republican Run-Up",
    dates: {
      Iowa: "2012-01-03",
      "New Hampshire": "2012-01-10",
      "Huntsman drops out": "2012-01-16",
      "Super Tuesday": "2012-03-06",
    },
    groups: [],
    eras: [],
  },
  {
    file: "examplesShitPeopleSay.json",
    inFile: 20,
    shown: 20,
    media: 20,
    title: "Sh*t People Say",
    dates: {
      "Sh*t Girls Say - Episode 2": "2011-12-16",
      "Sh*t Vegans Say": "2011-12-25",
      "Sh*t Web Designers Say": "2012-01-27",
    },
    groups: [],
    eras: [],
  },
  {
    file: "examplesSoundcite.json",
    inFile: 18,
    shown: 18,
    media: 15,
    title: "Whitney Houston 1963 - 2012",
    dates: {
      "A Musical Heritage": "1963-08-09",
      "Super Bowl": "1991",
      "Whitney Houston 1963-2012": "2012-02-11",
    },
    groups: [],
    eras: [],
  },
  {
    file: "examplesTimeline3.json",
    inFile: 18,
    shown: 18,
    media: 15,
    title: "Whitney Houston 1963 - 2012",
    dates: {
      "A Musical Heritage": "1963-08-09",
      '"The Bodyguard"': "1992",
      "Whitney Houston 1963-2012": "2012-02-11",
    },
    groups: [],
    eras: [],
  },
  {
    file: "examplesTwain.json",
    inFile: 17,
    shown: 17,
    media: 16,
    // No headline: TimelineJS3's title slide shows its text.
    title: { startsWith: "Samuel Langhorne Clemens" },
    dates: {
      // No headline: titled by its text, then by its media caption, as TimelineJS3 labels them.
      "Samuel Langhorne Clemens": "1908-05-13",
      "a tweet": "1900-01-06",
      "another youtube video": "1900-01-06",
      // Times of day are given; the day is kept.
      "Hannibal, Missouri": "1920-01-05/1923-01-05",
      "Get started!": "2014",
    },
    groups: [],
    eras: [],
  },
  {
    file: "examplesUserInterface.json",
    inFile: 22,
    shown: 22,
    media: 20,
    title: "Revolutionary User Interfaces",
    dates: {
      "The Antikythera": "1600",
      "Pascal's Calculator": "1642",
      "The Mouse": "1968-12-09",
      "Continuous Scrolling": "2001-10-23",
    },
    groups: [],
    eras: [],
  },
  {
    file: "templateAllMediaTypes.json",
    inFile: 41,
    shown: 41,
    media: 41,
    title: "TimelineJS Media Types",
    dates: {
      TikTok: "1904-06",
      "Twitter Embed": "1906-06",
      "Video (webm)": "1927-08",
      "Wikimedia Commons Image (intentional error)": "1940",
    },
    groups: ["Audio", "HTML", "Image", "Social Media", "Video"],
    eras: [],
  },
  {
    file: "templateCosmoMixed.json",
    inFile: 11,
    shown: 11,
    media: 11,
    title: "A Brief History of Light",
    dates: {
      "The Big Bang": "Y-13800000000",
      "The Sun Ignites": "Y-4600000000",
      "Homo sapiens Appear": "Y-300000",
      "First Manufactured Glass": "-3500",
      "Euclid's Optica": "-0300",
      "Galileo Points a Telescope at the Moon": "1609-11",
      "Apollo 11: Humans Walk on the Moon": "1969-07-20",
    },
    groups: [],
    eras: [],
  },
  {
    file: "templateCosmo.json",
    inFile: 7,
    shown: 7,
    media: 3,
    title: "Cosmological Scale Timeline",
    dates: {
      "The Big Bang": "Y-13800000000",
      "The Dark Ages": "Y-13799630000",
      "Paleozoic era": "Y-538800000/Y-251902000",
      "approximate date of appearance of Homo sapiens": "Y-315000",
      "oldest known depiction of a wheeled vehicle": "-3500",
    },
    groups: [],
    eras: [],
  },
  {
    file: "templateEras.json",
    inFile: 20,
    shown: 20,
    media: 19,
    title: "Eras Test",
    dates: {
      "Last great Roman-Persian War.": "0602/0629",
      "Muhammad Migrates from Mecca to Medina": "0622-08-09/0622-08-23",
      "Battle of Nineveh": "0627-12-12",
      "North South States Period begins in Korea": "0698",
    },
    groups: [],
    // The file lists them 650–700, 600–650, 700–720.
    eras: [
      ["Era Test 600-650", "0600/0650"],
      ["Era Test 650-700", "0650/0700"],
      ["Era Test 700-720", "0700/0720"],
    ],
  },
];

const FIXTURES = join(import.meta.dirname, "../fixtures/timelinejs3");
const SITE = "https://example.org/examples/";

/** The address the app fetches the file from (`?data=`): relative media resolve against it. */
const addressOf = (file: string) => `${SITE}${file}`;

const readExample = (file: string): unknown =>
  JSON.parse(readFileSync(join(FIXTURES, file), "utf8"));

/** The web as the app sees it: each fixture at its address. */
async function serveFixture(url: string): Promise<Response> {
  const file = url.startsWith(SITE) ? url.slice(SITE.length) : "";
  try {
    return new Response(readFileSync(join(FIXTURES, file)));
  } catch {
    return new Response("not found", { status: 404 });
  }
}

beforeAll(() => {
  vi.stubGlobal("fetch", vi.fn(serveFixture));
});

afterAll(() => {
  vi.unstubAllGlobals();
});

const opened = new Map<string, Promise<LoadedDataset>>();

/** The file opened as the app opens `?data=<its address>`: fetched, read and checked. */
function openExample(file: string): Promise<LoadedDataset> {
  const loading = opened.get(file) ?? fetchDataset(addressOf(file));
  opened.set(file, loading);
  return loading;
}

/** The one event whose title starts with `start`; fails naming the titles when not exactly one. */
function eventTitled(events: readonly TimelineEvent[], start: string): TimelineEvent {
  const found = events.filter((event) => event.title.startsWith(start));
  if (found.length !== 1) {
    throw new Error(
      `${found.length} events have a title starting "${start}": ${events.map((e) => e.title).join(" | ")}`,
    );
  }
  return found[0] as TimelineEvent;
}

/** An era's dates as EDTF: the EDTF it keeps, else its first and last day. */
function eraEdtf(era: Era): string {
  const edtf = (era as { edtf?: unknown }).edtf;
  return typeof edtf === "string" ? edtf : `${era.start}/${era.end}`;
}

describe("fetchDataset(its address) opens each TimelineJS3 example as TimelineJS3 shows it", () => {
  it.each(EXAMPLES)(
    "$file keeps the $shown events TimelineJS3 shows",
    async ({ file, inFile, shown }) => {
      const json = readExample(file) as { events: unknown[] };
      expect(json.events).toHaveLength(inFile);
      const { dataset } = await openExample(file);
      expect(dataset.events).toHaveLength(shown);
    },
  );

  it.each(EXAMPLES)(
    "$file keeps the media of the $media events TimelineJS3 shows it for",
    async ({ file, media }) => {
      const { dataset, problems } = await openExample(file);
      expect(dataset.events.filter((event) => event.media)).toHaveLength(media);
      const mediaLeftOut = problems
        .filter((problem) => problem.path.includes(".media") && /left out/.test(problem.reason))
        .map((problem) => `${problem.path}: ${problem.reason}`);
      expect(mediaLeftOut).toEqual([]);
    },
  );

  it.each(EXAMPLES)("$file: each event at its date", async ({ file, dates }) => {
    const { dataset } = await openExample(file);
    const found = Object.fromEntries(
      Object.keys(dates).map((start) => [start, eventTitled(dataset.events, start).date.edtf]),
    );
    expect(found).toEqual(dates);
  });

  it.each(EXAMPLES)("$file: its groups $groups", async ({ file, groups }) => {
    const { dataset } = await openExample(file);
    const named = new Set(dataset.events.flatMap((event) => (event.group ? [event.group] : [])));
    expect([...named].sort()).toEqual(groups);
  });

  it.each(EXAMPLES)("$file: its eras in time order, at their precision", async ({ file, eras }) => {
    const { dataset } = await openExample(file);
    expect((dataset.eras ?? []).map((era) => [era.title, eraEdtf(era)])).toEqual(eras);
  });

  it("templateEras.json: each era ends where the next begins, as TimelineJS3 draws them", async () => {
    const { dataset } = await openExample("templateEras.json");
    const eras = [...(dataset.eras ?? [])].sort((a, b) => dayNumber(a.start) - dayNumber(b.start));
    const overlaps = eras
      .slice(1)
      .filter((era, i) => dayNumber(era.start) <= dayNumber((eras[i] as Era).end))
      .map((era, i) => `${(eras[i] as Era).title} (to ${(eras[i] as Era).end}) and ${era.title}`);
    expect(eras).toHaveLength(3);
    expect(overlaps).toEqual([]);
  });

  it.each(EXAMPLES)("$file: its title", async ({ file, title }) => {
    const { dataset } = await openExample(file);
    if (typeof title === "string") expect(dataset.title).toBe(title);
    else expect(dataset.title.startsWith(title.startsWith), dataset.title).toBe(true);
  });
});
