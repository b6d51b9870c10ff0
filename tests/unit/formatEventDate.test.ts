import { afterEach, describe, expect, it } from "vitest";
import { formatEventDate, formatPublished, htmlDateTime } from "../../src/dates/formatEventDate.ts";

describe("formatEventDate(edtf) writes the date as people write it, at its precision", () => {
  const table: [string | null, string][] = [
    ["2024-05-14", "14 May 2024"],
    ["2024-05-01", "1 May 2024"],
    ["2024-04", "April 2024"],
    ["2024", "2024"],
    ["2023-11/2024-05", "November 2023 – May 2024"],
    ["2023-11-17/2023-11-21", "17 November 2023 – 21 November 2023"],
    ["../2024-05-18", "on or before 18 May 2024"],
    ["/2024-05-18", "on or before 18 May 2024"],
    ["2024-01/..", "on or after January 2024"],
    ["-0500", "500 BCE"],
    ["-0044-03-15", "15 March 44 BCE"],
    ["0050-06", "June 50"],
    ["-315000", "315,000 BCE"],
    ["Y-13800000000", "13,800,000,000 BCE"],
    ["Y170000002", "170,000,002"],
    ["-13800000000-03-01", "1 March 13,800,000,000 BCE"],
    ["Y-13800000000/Y-4600000000", "13,800,000,000 BCE – 4,600,000,000 BCE"],
    [null, "date unknown"],
  ];
  it.each(table)("%j → %s", (edtf, text) => {
    expect(formatEventDate(edtf)).toBe(text);
  });

  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it.each(["Pacific/Kiritimati", "Australia/Sydney", "America/Los_Angeles", "Pacific/Pago_Pago"])(
    "gives the same text in the %s time zone as in UTC",
    (zone) => {
      process.env.TZ = "UTC";
      const inUtc = table.map(([edtf]) => formatEventDate(edtf));
      const publishedUtc = formatPublished("2024-05-18T04:52:21Z");
      process.env.TZ = zone;
      expect(new Date(2024, 0, 1).getTimezoneOffset()).not.toBe(0);
      expect(table.map(([edtf]) => formatEventDate(edtf))).toEqual(inUtc);
      expect(formatPublished("2024-05-18T04:52:21Z")).toBe(publishedUtc);
    },
  );
});

describe("formatPublished(published) writes a source's day", () => {
  it.each([
    ["2024-05-18T04:52:21Z", "18 May 2024"],
    ["2024-05-17", "17 May 2024"],
    ["2024-05-17T23:30:00-07:00", "17 May 2024"],
  ])("%s → %s", (published, text) => {
    expect(formatPublished(published)).toBe(text);
  });
});

describe("htmlDateTime(edtf) gives a valid <time> value only for single dates", () => {
  it.each([
    ["2024-05-14", "2024-05-14"],
    ["2024-05", "2024-05"],
    ["2024", "2024"],
    ["0050-06", "0050-06"],
    ["12345", "12345"],
    ["2023-11/2024-05", null],
    ["../2024-05-18", null],
    ["-0500", null],
    ["0000", null],
    ["Y-13800000000", null],
    ["Y170000002", null],
    [null, null],
  ])("%j → %j", (edtf, value) => {
    expect(htmlDateTime(edtf)).toBe(value);
  });
});

describe("formatEventDate(edtf) shows text it cannot read as it was written", () => {
  it.each(["May 2024", "2024-13", "2024/2025/2026"])("%s", (edtf) => {
    expect(formatEventDate(edtf)).toBe(edtf);
  });
});
