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
    [
      "an opening quotation whose date words are inside it (dev half, b08)",
      '"We were told in November that these shops were safe," he said.',
      someone,
      "in November",
      true,
    ],
    [
      "no one named, dated only by an earlier sentence",
      "The regulator told lawmakers it had done nothing wrong.",
      [],
      "on Thursday",
      true,
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
    [
      "an unnamed source cited after what it told, whose date words are the told event's",
      "He was admitted to a hospital in Bandra earlier this month and discharged last week, the family said.",
      [],
      "earlier this month",
      true,
    ],
    [
      "an unnamed source cited after what it told, in a formal statement",
      "He was discharged last week, the family said in a statement.",
      [],
      "last week",
      false,
    ],
    [
      "no one named, in a formal statement",
      "The union said in a statement that the layoffs were decided abroad.",
      [],
      null,
      false,
    ],
    [
      "a named subject, attributed at the end to an unnamed body",
      "Brandt will stay on until the deal closes, the company said.",
      someone,
      null,
      true,
    ],
    [
      "a refusal to speak",
      "She declined to say whether the board had considered a lesser sanction.",
      someone,
      null,
      true,
    ],
    ["a silence", "Ollerenshaw has said almost nothing in public.", someone, null, true],
    [
      "a refusal that goes on to say something",
      "She declined to comment on her next role, saying only that she wanted a change.",
      someone,
      null,
      false,
    ],
    ["a quotation after a colon", "She added: “I love this place.”", someone, null, true],
    [
      "an opening quotation told to an audience",
      "“Nobody has shown otherwise,” he told the news agency.",
      someone,
      null,
      false,
    ],
    [
      "an opening quotation given in a statement",
      "“He will answer in court,” Gaskell said in a statement.",
      someone,
      null,
      false,
    ],
  ])("%s", (_, clause, people, phrase, expected) => {
    expect(isColourQuote(clause, { people, date: { phrase } })).toBe(expected);
  });

  // The second sentence of a quotation that opened in the sentence before.
  it.each<[string, string, string, boolean]>([
    [
      "the tail of a quotation, bare attribution",
      "“Nobody asked me to go. ",
      "I am going because voters deserve an answer,” she said.",
      true,
    ],
    [
      "the tail of a straight-quoted quotation",
      'He denied it. "The board did not ask me. ',
      'I asked myself," he said.',
      true,
    ],
    [
      "the tail of a quotation whose attribution says more",
      "“Nobody is told what to conclude. ",
      "We ask to see a paper first,” he wrote, adding that the firm “remains committed.”",
      false,
    ],
    [
      "a closed quotation before: reported speech follows",
      "“I was ready,” she said. ",
      "She said the move was hers alone.",
      false,
    ],
  ])("%s", (_, before, clause, expected) => {
    expect(isColourQuote(clause, { people: someone, date: { phrase: null } }, before)).toBe(
      expected,
    );
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
