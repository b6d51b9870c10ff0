import { describe, expect, it } from "vitest";
import { googleSheetCsvUrl } from "../../src/data/googleSheetCsvUrl.ts";

const KEY = "1xYz_AbC-123";
const PUBLISHED = "2PACX-1vTwrxBim-ruoMlLP9CnZIevWdP8rIatkV7XjNGXRSaMI94sNd";

describe("googleSheetCsvUrl(address) gives the CSV of a Google Sheet, as TimelineJS3 makes it", () => {
  it.each([
    [
      "a sheet's own address",
      `https://docs.google.com/spreadsheets/d/${KEY}/edit`,
      `https://docs.google.com/spreadsheets/d/${KEY}/pub?output=csv`,
    ],
    [
      "one tab of it, named in the fragment",
      `https://docs.google.com/spreadsheets/d/${KEY}/edit#gid=12345`,
      `https://docs.google.com/spreadsheets/d/${KEY}/pub?output=csv&gid=12345&single=true`,
    ],
    [
      "one tab, named in the query",
      `https://docs.google.com/spreadsheets/d/${KEY}/edit?usp=sharing&gid=7`,
      `https://docs.google.com/spreadsheets/d/${KEY}/pub?output=csv&gid=7&single=true`,
    ],
    [
      "an address of a signed-in account (/u/0/)",
      `https://docs.google.com/spreadsheets/u/0/d/${KEY}/htmlview`,
      `https://docs.google.com/spreadsheets/d/${KEY}/pub?output=csv`,
    ],
    [
      "a sheet published to the web as a page",
      `https://docs.google.com/spreadsheets/d/e/${PUBLISHED}/pubhtml`,
      `https://docs.google.com/spreadsheets/d/e/${PUBLISHED}/pub?output=csv`,
    ],
    [
      "a sheet published as CSV, kept as it is",
      `https://docs.google.com/spreadsheets/d/e/${PUBLISHED}/pub?gid=0&single=true&output=csv`,
      `https://docs.google.com/spreadsheets/d/e/${PUBLISHED}/pub?gid=0&single=true&output=csv`,
    ],
    [
      "a sheet published as .xlsx, kept as it is",
      `https://docs.google.com/spreadsheets/d/e/${PUBLISHED}/pub?output=xlsx`,
      `https://docs.google.com/spreadsheets/d/e/${PUBLISHED}/pub?output=xlsx`,
    ],
    [
      "an export address, kept as it is",
      `https://docs.google.com/spreadsheets/d/${KEY}/export?format=csv`,
      `https://docs.google.com/spreadsheets/d/${KEY}/export?format=csv`,
    ],
  ])("rewrites %s", (_, address, csv) => {
    expect(googleSheetCsvUrl(address)).toBe(csv);
  });

  it.each([
    ["any other address", "https://example.org/timeline.csv"],
    ["a Google document that is not a sheet", `https://docs.google.com/document/d/${KEY}/edit`],
    ["a look-alike host", `https://docs.google.com.example.org/spreadsheets/d/${KEY}/edit`],
    ["the list of sheets", "https://docs.google.com/spreadsheets/"],
    ["no address at all", "timeline.csv"],
  ])("leaves %s alone (null)", (_, address) => {
    expect(googleSheetCsvUrl(address)).toBeNull();
  });
});
