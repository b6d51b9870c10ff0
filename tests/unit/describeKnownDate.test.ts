import { describe, expect, it } from "vitest";
import type { EventDate } from "../../src/data/schema.ts";
import { describeKnownDate } from "../../src/dates/describeKnownDate.ts";

type DateFields = Pick<EventDate, "edtf" | "precision" | "start" | "end">;

describe("describeKnownDate(date) says how well a date is known before the date itself", () => {
  it.each<[DateFields, string | null, string]>([
    [
      { edtf: "2024-05-14", precision: "day", start: "2024-05-14", end: "2024-05-14" },
      "Known to the day",
      "14 May 2024",
    ],
    [
      { edtf: "2024-04", precision: "month", start: "2024-04-01", end: "2024-04-30" },
      "Known to the month",
      "April 2024",
    ],
    [
      { edtf: "2024", precision: "year", start: "2024-01-01", end: "2024-12-31" },
      "Known to the year",
      "2024",
    ],
    [
      { edtf: "2023-11/2024-05", precision: "range", start: "2023-11-01", end: "2024-05-31" },
      "Known only as a range",
      "November 2023 – May 2024",
    ],
    [
      { edtf: "2024-05-18/..", precision: "range", start: "2024-05-18", end: null },
      "Known only as an earliest date",
      "on or after 18 May 2024",
    ],
    [
      { edtf: "../2024-05-18", precision: "range", start: null, end: "2024-05-18" },
      "Known only as a latest date",
      "on or before 18 May 2024",
    ],
    [{ edtf: null, precision: "unknown", start: null, end: null }, null, "Date unknown"],
  ])("%j → %s: %s", (date, lead, text) => {
    expect(describeKnownDate(date)).toEqual({ lead, text });
  });
});
