import { describe, expect, it } from "vitest";
import { isColourQuote } from "../../src/suggest/isColourQuote.ts";
import { suggestEvents } from "../../src/suggest/suggestEvents.ts";

const someone = [{ name: "Ana Ruiz" }];

describe("isColourQuote(clause, statement): a quotation that illustrates, not an event", () => {
  it.each<[string, string, readonly unknown[], string | null, boolean]>([
    [
      "an opening quotation, undated",
      "“We are not leaving the field,” she said.",
      someone,
      null,
      true,
    ],
    ["an opening straight quote, undated", '"Nobody pushed me," he said.', someone, null, true],
    [
      "an opening quotation the attribution dates",
      '"I will stay," she said on Sunday.',
      someone,
      "on Sunday",
      false,
    ],
    ["a named speaker in reported speech", "Ruiz said the plan was sound.", someone, null, false],
    [
      "no one named, undated",
      "The regulator said it was monitoring the situation.",
      [],
      null,
      true,
    ],
    [
      "no one named, dated",
      "The company said on Monday it had hired an adviser.",
      [],
      "on Monday",
      false,
    ],
  ])("%s", (_, clause, people, phrase, expected) => {
    expect(isColourQuote(clause, { people, date: { phrase } })).toBe(expected);
  });
});

describe("suggestEvents leaves colour quotes out and keeps dated or named statements", () => {
  const article = [
    "Thu, 03 Oct 2024 07:40:12 GMT",
    "",
    "Ana Ruiz resigned as finance minister on Wednesday.",
    "",
    "“I leave a ministry that is stronger than the one I found,” she said.",
    "",
    "Ruiz said on Thursday that she would return to teaching.",
    "",
    "The central bank said it was monitoring the situation.",
  ].join("\n");
  const suggestions = suggestEvents(article);
  it("proposes the resignation and the dated statement only", () => {
    expect(suggestions.ok).toBe(true);
    if (!suggestions.ok) return;
    expect(suggestions.data.map((s) => [s.type, s.date.edtf])).toEqual([
      ["departure", "2024-10-02"],
      ["statement", "2024-10-03"],
    ]);
  });
});
