import { describe, expect, it } from "vitest";
import type { Era } from "../../src/data/datasetSchema.ts";
import { sortEras } from "../../src/data/sortEras.ts";
import type { EdtfPoint } from "../../src/dates/edtf.ts";
import { eraDays, eraEdtfDisagreement } from "../../src/dates/eraDays.ts";
import { formatEraDates } from "../../src/dates/formatEraDates.ts";

describe("eraDays(from, to) ends an era where TimelineJS3 does: as its end begins", () => {
  it.each<[string, EdtfPoint, EdtfPoint | null, boolean, string, string]>([
    ["a year to a year", { year: 1800 }, { year: 1900 }, false, "1800-01-01", "1899-12-31"],
    [
      "a month to a year",
      { year: 1933, month: 3 },
      { year: 1945 },
      false,
      "1933-03-01",
      "1944-12-31",
    ],
    [
      "a month to a month",
      { year: 2024, month: 1 },
      { year: 2024, month: 3 },
      false,
      "2024-01-01",
      "2024-02-29",
    ],
    [
      "a day to a day",
      { year: 2023, month: 11, day: 17 },
      { year: 2023, month: 11, day: 22 },
      false,
      "2023-11-17",
      "2023-11-21",
    ],
    [
      "a day to the first of a month",
      { year: 2023, month: 2, day: 10 },
      { year: 2023, month: 3, day: 1 },
      false,
      "2023-02-10",
      "2023-02-28",
    ],
    [
      "an end with a time of day, inside its day",
      { year: 2023, month: 11, day: 17 },
      { year: 2023, month: 11, day: 22 },
      true,
      "2023-11-17",
      "2023-11-22",
    ],
    ["no end: the whole of its start", { year: 1999 }, null, false, "1999-01-01", "1999-12-31"],
    ["no end, a month", { year: 1999, month: 2 }, null, false, "1999-02-01", "1999-02-28"],
    [
      "an end that begins where it starts: the whole of its end",
      { year: 1900 },
      { year: 1900, month: 1 },
      false,
      "1900-01-01",
      "1900-01-31",
    ],
    [
      "an end that begins before it starts: the whole of its end",
      { year: 1900, month: 6 },
      { year: 1900 },
      false,
      "1900-06-01",
      "1900-12-31",
    ],
    ["years before 1", { year: -500 }, { year: -400 }, false, "-0500-01-01", "-0401-12-31"],
    ["across year 0", { year: -1 }, { year: 1 }, false, "-0001-01-01", "0000-12-31"],
  ])("%s", (_, from, to, endHasTime, start, end) => {
    expect(eraDays(from, to, endHasTime)).toEqual({ start, end });
  });
});

describe("eraEdtfDisagreement(era): an era's EDTF says its days, or why not", () => {
  it.each<[string, string | undefined, string, string, string | null]>([
    ["no edtf", undefined, "2023-11-17", "2023-11-21", null],
    ["read as TimelineJS3 ends it", "1800/1900", "1800-01-01", "1899-12-31", null],
    ["read through its end", "1800/1900", "1800-01-01", "1900-12-31", null],
    ["days, through", "2023-11-17/2023-11-21", "2023-11-17", "2023-11-21", null],
    ["one point", "1999", "1999-01-01", "1999-12-31", null],
    ["an end at a time of day", "2023-11-17/2023-11-22", "2023-11-17", "2023-11-22", null],
    [
      "another start",
      "1800/1900",
      "1801-01-01",
      "1899-12-31",
      'edtf "1800/1900" means 1800-01-01 to 1899-12-31, but start and end say 1801-01-01 to 1899-12-31',
    ],
    [
      "another end",
      "1800/1900",
      "1800-01-01",
      "1950-12-31",
      'edtf "1800/1900" means 1800-01-01 to 1899-12-31, but start and end say 1800-01-01 to 1950-12-31',
    ],
    [
      "not EDTF",
      "the 1800s",
      "1800-01-01",
      "1899-12-31",
      'edtf cannot be read: "the 1800s" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      "a long text, quoted clipped",
      `1800/1900${" ".repeat(100_000)}`,
      "1800-01-01",
      "1899-12-31",
      `edtf "1800/1900${" ".repeat(71)}…" is longer than any period of days`,
    ],
    [
      "an open end",
      "1800/..",
      "1800-01-01",
      "1899-12-31",
      'edtf cannot be read: "1800/.." is not a period with both ends known',
    ],
  ])("%s", (_, edtf, start, end, expected) => {
    const era = edtf === undefined ? { start, end } : { start, end, edtf };
    expect(eraEdtfDisagreement(era)).toBe(expected);
  });
});

describe("formatEraDates(era) writes an era's period at its own precision", () => {
  it.each<[string, Pick<Era, "start" | "end" | "edtf">, string]>([
    ["years", { start: "1800-01-01", end: "1899-12-31", edtf: "1800/1900" }, "1800 – 1900"],
    [
      "a month to a year",
      { start: "1933-03-01", end: "1944-12-31", edtf: "1933-03/1945" },
      "March 1933 – 1945",
    ],
    [
      "days",
      { start: "1945-05-01", end: "1945-05-07", edtf: "1945-05-01/1945-05-08" },
      "1 May 1945 – 8 May 1945",
    ],
    ["one year", { start: "1999-01-01", end: "1999-12-31", edtf: "1999" }, "1999"],
    [
      "BCE years",
      { start: "-0500-01-01", end: "-0401-12-31", edtf: "-0500/-0400" },
      "500 BCE – 400 BCE",
    ],
    [
      "no edtf: its days",
      { start: "2023-11-17", end: "2023-11-21" },
      "17 November 2023 – 21 November 2023",
    ],
    ["no edtf, one day", { start: "2023-11-17", end: "2023-11-17" }, "17 November 2023"],
    ["no edtf, whole years", { start: "1800-01-01", end: "1899-12-31" }, "1800 – 1899"],
    ["no edtf, one whole year", { start: "2023-01-01", end: "2023-12-31" }, "2023"],
    [
      "no edtf, whole months",
      { start: "2023-11-01", end: "2024-01-31" },
      "November 2023 – January 2024",
    ],
    ["no edtf, one whole month", { start: "2024-02-01", end: "2024-02-29" }, "February 2024"],
    [
      "no edtf, from the first of a month to a day",
      { start: "2024-02-01", end: "2024-02-28" },
      "1 February 2024 – 28 February 2024",
    ],
    ["no edtf, BCE years", { start: "-0500-01-01", end: "-0401-12-31" }, "500 BCE – 401 BCE"],
  ])("%s", (_, era, expected) => {
    expect(formatEraDates(era)).toBe(expected);
  });
});

describe("sortEras(eras) puts eras in time order", () => {
  const era = (title: string, start: string, end: string): Era => ({
    id: title.toLowerCase(),
    title,
    start,
    end,
  });
  it.each<[string, Era[], string[]]>([
    ["none", [], []],
    [
      "by start",
      [
        era("B", "0650-01-01", "0699-12-31"),
        era("A", "0600-01-01", "0649-12-31"),
        era("C", "0700-01-01", "0719-12-31"),
      ],
      ["A", "B", "C"],
    ],
    [
      "by end where they start together",
      [era("Long", "1900-01-01", "1999-12-31"), era("Short", "1900-01-01", "1909-12-31")],
      ["Short", "Long"],
    ],
    [
      "by title where their days are the same",
      [era("Beta", "1900-01-01", "1909-12-31"), era("Alpha", "1900-01-01", "1909-12-31")],
      ["Alpha", "Beta"],
    ],
    [
      "years before 1 by their number, not their text",
      [
        era("Later", "-0100-01-01", "-0001-12-31"),
        era("Earlier", "-0500-01-01", "-0401-12-31"),
        era("After", "0001-01-01", "0100-12-31"),
      ],
      ["Earlier", "Later", "After"],
    ],
  ])("%s", (_, eras, titles) => {
    expect(sortEras(eras).map((e) => e.title)).toEqual(titles);
  });

  it("hands back the same list when it is in order already", () => {
    const eras = [era("A", "1900-01-01", "1909-12-31"), era("B", "1910-01-01", "1919-12-31")];
    expect(sortEras(eras)).toBe(eras);
  });
});
