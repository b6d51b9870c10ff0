import { describe, expect, it } from "vitest";
import { eventClasses, outrunsArticle } from "../../tests/suggest/eventClasses.ts";
import type { ExpectedEvent } from "../../tests/suggest/loadLabelledSet.ts";

const text = [
  "Thu, 03 Oct 2024 07:40:12 GMT",
  "",
  "Ana Ruiz, who resigned last week, said on Thursday that the ministry was sound.",
  "",
  "An audit published in September found errors. Ruiz left on Tuesday.",
].join("\n");
const event = (type: ExpectedEvent["type"], quote: string, edtf: string): ExpectedEvent => ({
  type,
  people: ["Ana Ruiz"],
  quote,
  edtf,
  flags: [],
});

describe("eventClasses(article): each expected event's error classes, read from its label", () => {
  const expected = [
    event("departure", "Ana Ruiz, who resigned last week", "2024-09-23/2024-09-29"),
    event("statement", "said on Thursday that the ministry was sound", "2024-10-03"),
    event("report", "An audit published in September found errors", "2024-09"),
    event("departure", "Ruiz left on Tuesday", "2024-10-01"),
  ];
  const classes = eventClasses({ name: "x", text, expected, notPeople: [] });
  it.each([
    [
      "a relative clause's span, told with a second fact",
      0,
      ["relative span", "two facts in one clause"],
    ],
    ["a same-day weekday in the same clause", 1, ["same-day weekday", "two facts in one clause"]],
    ["a report, alone in its sentence", 2, ["report or policy"]],
    ["an earlier weekday, alone in its sentence", 3, []],
  ])("%s", (_, index, want) => {
    expect(classes[index]).toEqual(want);
  });
});

describe("outrunsArticle(suggestion, day): a past event dated after its article", () => {
  it.each<[string, string, string[], boolean]>([
    ["a month that runs past the day", "2024-10", [], true],
    ["a span ending on the day", "2024-10-01/2024-10-03", [], false],
    ["an open start ending after the day", "../2024-10-31", [], true],
    ["speculation about the month", "2024-10", ["speculation"], false],
    ["a decision dated wholly after the article", "2024-11", [], false],
    ["a day before", "2024-10-02", [], false],
  ])("%s", (_, edtf, flags, want) => {
    expect(outrunsArticle({ date: { edtf }, flags }, "2024-10-03")).toBe(want);
  });
});
