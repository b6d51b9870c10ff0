import { describe, expect, it } from "vitest";
import type { EventDate } from "../../src/data/datasetSchema.ts";
import { type DateCertainty, dateCertainty } from "../../src/dates/dateCertainty.ts";
import { describeKnownDate } from "../../src/dates/describeKnownDate.ts";

type Dated = Pick<EventDate, "edtf" | "precision" | "start" | "end">;
const date = (
  edtf: string | null,
  precision: EventDate["precision"],
  start: string | null,
  end: string | null,
): Dated => ({ edtf, precision, start, end });

const CASES: [string, Dated, DateCertainty, string | null, string][] = [
  [
    "a day",
    date("2024-05-14", "day", "2024-05-14", "2024-05-14"),
    "day",
    "Known to the day",
    "14 May 2024",
  ],
  [
    "a month",
    date("2024-04", "month", "2024-04-01", "2024-04-30"),
    "month",
    "Known to the month",
    "April 2024",
  ],
  [
    "a year",
    date("2023", "year", "2023-01-01", "2023-12-31"),
    "month",
    "Known to the year",
    "2023",
  ],
  [
    "a closed range",
    date("2023-11/2024-05", "range", "2023-11-01", "2024-05-31"),
    "range",
    "Known only as a range",
    "November 2023 – May 2024",
  ],
  [
    "an open start",
    date("../2024-05-18", "range", null, "2024-05-18"),
    "open",
    "Known only as a latest date",
    "on or before 18 May 2024",
  ],
  [
    "an open end",
    date("2024-01-02/..", "range", "2024-01-02", null),
    "open",
    "Known only as an earliest date",
    "on or after 2 January 2024",
  ],
  [
    "an unknown end",
    date("2024-01/", "range", "2024-01-01", null),
    "open",
    "Known only as an earliest date",
    "on or after January 2024",
  ],
  ["no date", date(null, "unknown", null, null), "unknown", null, "Date unknown"],
  [
    "a precision whose ends are both missing",
    date("2024", "year", null, null),
    "unknown",
    null,
    "Date unknown",
  ],
];

describe("dateCertainty(date) sorts a date into the facet a reader filters by", () => {
  it.each(CASES)("%s", (_, input, certainty) => {
    expect(dateCertainty(input)).toBe(certainty);
  });
});

describe("describeKnownDate(date) says how well it is known, then the date", () => {
  it.each(CASES)("%s", (_, input, _certainty, lead, text) => {
    expect(describeKnownDate(input)).toEqual({ lead, text });
  });
  it("never says 'precise to the range'", () => {
    for (const [, input] of CASES)
      expect(JSON.stringify(describeKnownDate(input))).not.toMatch(/precise/);
  });
});
