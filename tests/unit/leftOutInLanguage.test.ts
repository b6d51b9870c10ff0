import { afterEach, describe, expect, it } from "vitest";
import { readDatasetJson } from "../../src/data/readDatasetJson.ts";
import { readSpreadsheetDataset } from "../../src/data/readSpreadsheetDataset.ts";
import { tallyProblems } from "../../src/data/tallyProblems.ts";
import { loadLocale } from "../../src/i18n/loadLocale.ts";

afterEach(async () => {
  await loadLocale("en");
});

/** A TimelineJS file: a slide that is no object, one with no year, one with a bad media URL, a good one; an era with no end. */
const timelineJs = () => ({
  title: { text: { headline: "T" } },
  events: [
    null,
    { start_date: { year: "soon" }, text: { headline: "Undated" } },
    {
      start_date: { year: 2020 },
      text: { headline: "Media" },
      media: { url: "ftp://x/a.jpg" },
    },
    { start_date: { year: 2021 }, text: { headline: "Good" } },
  ],
  eras: [
    { start_date: { year: 2019 }, text: { headline: "Half an era" } },
    7,
    { start_date: { year: 2019 }, end_date: { year: 2022 }, text: { headline: "Era" } },
  ],
});

/** A Sourceline CSV: a date that is no day, an excerpt with no position, one good row. */
const csv = [
  "id,start,precision,title,excerpt,source publisher,source title,source published,excerpt start,excerpt end",
  "bad-day,2024-02-31,day,Bad day,,,,,,",
  "no-position,2024-05-01,day,No position,a quote,P,T,2024-05-01,x,3",
  "good,2024-05-02,day,Good,,,,,,",
].join("\n");

/** TimelineJS's template sheet: a row with no year, one with a bad time, one good. */
const template = [
  "Year,Month,Day,Time,Headline,Text,Type",
  "soon,,,,No year,,",
  "2020,1,1,25:99,Bad time,,",
  "2021,,,,Good,,",
].join("\n");

type Load = () => Promise<{ problems: Parameters<typeof tallyProblems>[0] }>;

/** Each file, how it is loaded, and how many whole items it leaves out (a part of one is none). */
const LOADS: [string, Load, number][] = [
  ["a TimelineJS file", () => readDatasetJson(timelineJs(), "f.json"), 4],
  ["a Sourceline CSV", () => readSpreadsheetDataset({ text: csv }, "f.csv", "text/csv"), 1],
  [
    "a TimelineJS template sheet",
    () => readSpreadsheetDataset({ text: template }, "t.csv", "text/csv"),
    1,
  ],
];

describe("an imported file's items left out are counted the same in every language", () => {
  it.each(LOADS)("%s", async (_, load, leftOut) => {
    const english = tallyProblems((await load()).problems);
    expect(english.leftOut).toBe(leftOut);
    for (const locale of ["es", "ar"] as const) {
      await loadLocale(locale);
      const { problems } = await load();
      expect({ locale, ...tallyProblems(problems) }).toEqual({ locale, ...english });
    }
  });
});
