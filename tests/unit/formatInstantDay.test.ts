import { describe, expect, it } from "vitest";
import { formatInstantDay } from "../../src/dates/formatInstantDay.ts";

describe("formatInstantDay(ms, short) writes an instant's UTC calendar day", () => {
  it.each([
    ["a day", "2024-05-14T12:00Z", false, "14 May 2024"],
    ["the last instant of a day stays on it", "2024-05-31T23:59:59.999Z", false, "31 May 2024"],
    ["short: the month in three letters", "2023-10-23T00:00Z", true, "23 Oct 2023"],
    ["short: May is already short", "2024-05-14T00:00Z", true, "14 May 2024"],
    ["short: September", "2024-09-01T00:00Z", true, "1 Sep 2024"],
  ])("%s", (_, iso, short, text) => {
    expect(formatInstantDay(Date.parse(iso), short)).toBe(text);
  });
});

describe("formatInstantDay(ms, true) cuts every long month name to three letters", () => {
  it.each([
    [1, "15 Jan 2024"],
    [2, "15 Feb 2024"],
    [3, "15 Mar 2024"],
    [4, "15 Apr 2024"],
    [5, "15 May 2024"],
    [6, "15 Jun 2024"],
    [7, "15 Jul 2024"],
    [8, "15 Aug 2024"],
    [9, "15 Sep 2024"],
    [10, "15 Oct 2024"],
    [11, "15 Nov 2024"],
    [12, "15 Dec 2024"],
  ])("month %i → %s", (month, text) => {
    expect(formatInstantDay(Date.UTC(2024, month - 1, 15), true)).toBe(text);
  });
});

it("writes the month in full unless asked to shorten it", () => {
  expect(formatInstantDay(Date.UTC(2024, 0, 15))).toBe("15 January 2024");
});
