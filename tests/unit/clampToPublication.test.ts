import { describe, expect, it } from "vitest";
import type { EdtfPoint } from "../../src/dates/edtf.ts";
import { clampToPublication } from "../../src/suggest/clampToPublication.ts";

const TODAY = { year: 2024, month: 5, day: 18 };
const point = (text: string): EdtfPoint => {
  const [year, month, day] = text.split("-").map(Number);
  return {
    year: year as number,
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
  };
};

describe("clampToPublication(span, today) ends a reported event by its article's publication day", () => {
  it.each([
    ["a month that runs past the day", ["2024-05"], ["2024-05", "2024-05-18"]],
    ["a year that runs past the day", ["2024"], ["2024", "2024-05-18"]],
    ["an interval of months ending after it", ["2023-11", "2024-05"], ["2023-11", "2024-05-18"]],
    [
      "an interval of days ending after it",
      ["2024-05-13", "2024-05-20"],
      ["2024-05-13", "2024-05-18"],
    ],
    [
      "an interval starting on the day itself",
      ["2024-05-18", "2024-05-20"],
      ["2024-05-18", "2024-05-18"],
    ],
  ])("%s: %j → %j", (_, [from, to], [clampedFrom, clampedTo]) => {
    const span = { from: point(from as string), ...(to ? { to: point(to) } : {}) };
    expect(clampToPublication(span, TODAY)).toEqual({
      from: point(clampedFrom as string),
      to: point(clampedTo as string),
    });
  });

  it.each([
    ["a day before it", ["2024-05-17"]],
    ["the publication day", ["2024-05-18"]],
    ["a month before it", ["2024-04"]],
    ["a month ending on the publication day", ["2024-02"], { year: 2024, month: 2, day: 29 }],
    ["an interval ending on it", ["2023-11", "2024-05-18"]],
    ["a day after it, which the article announces", ["2024-05-19"]],
    ["a month after it, which the article announces", ["2024-06"]],
    ["an interval wholly after it", ["2024-05-20", "2024-06"]],
  ])("%s: %j is left as it is", (_, [from, to], today = TODAY) => {
    const span = { from: point(from as string), ...(to ? { to: point(to) } : {}) };
    expect(clampToPublication(span, today)).toEqual(span);
  });
});
