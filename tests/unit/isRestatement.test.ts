import { describe, expect, it } from "vitest";
import { isRestatement } from "../../src/suggest/isRestatement.ts";
import { suggestEvents } from "../../src/suggest/suggestEvents.ts";

const rosa = { id: "rosa", name: "Rosa Ibáñez" };
const luis = { id: "luis", name: "Luis Mena" };
const said = (people: { id: string }[], flags: string[] = []) => ({
  type: "statement",
  people,
  flags,
});

describe("isRestatement(clause, statement, earlier): one occasion's words told again", () => {
  it.each<[string, string, { id: string }[], string | null, ReturnType<typeof said>[], boolean]>([
    [
      "a pronoun speaker already quoted",
      "She said the decision was hers alone.",
      [rosa],
      null,
      [said([rosa])],
      true,
    ],
    [
      "a speaker who added",
      "Ibáñez added that she would not stand again.",
      [rosa],
      null,
      [said([rosa])],
      true,
    ],
    [
      "a speaker set off by commas",
      "The company, he said, had never asked for a fast approval.",
      [rosa],
      null,
      [said([rosa])],
      true,
    ],
    [
      "a predicate whose speaker came before",
      "said the security team had grown since 2018.",
      [rosa],
      null,
      [said([rosa])],
      true,
    ],
    [
      "a speaker's first statement",
      "She said the decision was hers alone.",
      [rosa],
      null,
      [],
      false,
    ],
    [
      "another speaker's earlier statement",
      "He said the vote was fair.",
      [luis],
      null,
      [said([rosa])],
      false,
    ],
    [
      "after a denial only: a different event",
      "She said she had not been pushed.",
      [rosa],
      null,
      [said([rosa], ["denial"])],
      false,
    ],
    [
      "dated words: a new occasion",
      "She said on Friday that she would appeal.",
      [rosa],
      "on Friday",
      [said([rosa])],
      false,
    ],
    [
      "an occasion of its own",
      "In an interview, she said she would appeal.",
      [rosa],
      null,
      [said([rosa])],
      false,
    ],
    [
      "an audience of its own",
      "She told a radio station that she would appeal.",
      [rosa],
      null,
      [said([rosa])],
      false,
    ],
    [
      "a named speaker, not continuing",
      "Ibáñez said the vote was fair.",
      [rosa],
      null,
      [said([rosa])],
      false,
    ],
  ])("%s", (_, clause, people, phrase, earlier, expected) => {
    expect(isRestatement(clause, { type: "statement", people, date: { phrase } }, earlier)).toBe(
      expected,
    );
  });
});

describe("isRestatement of an event that is not a statement", () => {
  const left = (people: { id: string }[], flags: string[] = []) => ({
    type: "departure",
    people,
    flags,
  });
  it.each<
    [
      string,
      string,
      string | null,
      { type: string; people: { id: string }[]; flags: string[] }[],
      boolean,
    ]
  >([
    [
      "the same departure told again, undated",
      "Ibáñez left the building before the debate began.",
      null,
      [left([rosa])],
      true,
    ],
    [
      "a departure with a date of its own",
      "Ibáñez left the commission in 2015.",
      "in 2015",
      [left([rosa])],
      false,
    ],
    ["another person's departure", "Mena left the building.", null, [left([rosa])], false],
    [
      "after a denied departure",
      "Ibáñez left the building.",
      null,
      [left([rosa], ["denial"])],
      false,
    ],
    ["after an event of another type", "Ibáñez left the building.", null, [said([rosa])], false],
  ])("%s", (_, clause, phrase, earlier, expected) => {
    const people = clause.startsWith("Mena") ? [luis] : [rosa];
    expect(isRestatement(clause, { type: "departure", people, date: { phrase } }, earlier)).toBe(
      expected,
    );
  });
});

describe("suggestEvents proposes one statement per occasion", () => {
  const article = [
    "Wed, 06 Nov 2019 14:20:00 GMT",
    "",
    "Rosa Ibáñez resigned as chair of the election commission on Wednesday.",
    "",
    "Ibáñez told reporters in Santiago on Wednesday that she took full responsibility. She said the decision was hers alone. “Nobody asked me to go. I am going because voters deserve an answer,” she said.",
  ].join("\n");
  const suggestions = suggestEvents(article);
  it("proposes the resignation and the statement once", () => {
    expect(suggestions.ok).toBe(true);
    if (!suggestions.ok) return;
    expect(suggestions.data.map((s) => [s.type, s.date.edtf])).toEqual([
      ["departure", "2019-11-06"],
      ["statement", "2019-11-06"],
    ]);
  });
});

describe("suggestEvents proposes an event once, and no state of things", () => {
  const article = [
    "Wed, 16 Oct 2019 10:20:00 GMT",
    "",
    "Ghent's deputy mayor for housing, Pieter Vandamme, resigned on Wednesday.",
    "",
    "Vandamme announced his decision at a council session and left the chamber before the debate began.",
    "",
    "The contract still requires approval from the regional inspectorate.",
  ].join("\n");
  const suggestions = suggestEvents(article);
  it("proposes the resignation only", () => {
    expect(suggestions.ok).toBe(true);
    if (!suggestions.ok) return;
    expect(suggestions.data.map((s) => [s.type, s.date.edtf])).toEqual([
      ["departure", "2019-10-16"],
    ]);
  });
});
