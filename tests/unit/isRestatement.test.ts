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
    expect(isRestatement(clause, { people, date: { phrase } }, earlier)).toBe(expected);
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
