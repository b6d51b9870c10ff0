import { describe, expect, it } from "vitest";
import { isRestatement, retellsFinding } from "../../src/suggest/isRestatement.ts";
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

describe("retellsFinding(clause, described, earlier): what a report already proposed found", () => {
  const report = { type: "report", flags: [] as string[] };
  it.each<[string, string, string | null, (typeof report)[], boolean]>([
    [
      "the report, told again",
      "The report said landlords had raised rents fastest in the city centre.",
      null,
      [report],
      true,
    ],
    [
      "it, for the report",
      "It found that the board had no written policy on conflicts.",
      null,
      [report],
      true,
    ],
    [
      "a definite report with an undated aside",
      "The 38-page report, prepared with a forensics firm, found that the intruders got in through a contractor's account.",
      null,
      [report],
      true,
    ],
    [
      "a definite report dated as it is named: its publication",
      "The report, published last week by the governance firm Lindqvist & Bauer, found that three deals had not been approved.",
      "last week",
      [report],
      false,
    ],
    [
      "no report proposed before",
      "The report said landlords had raised rents fastest in the city centre.",
      null,
      [],
      false,
    ],
    [
      "an indefinite report is a new one",
      "A separate report by Open Perimeter said the stolen code had been offered for sale.",
      null,
      [report],
      false,
    ],
  ])("%s", (_, clause, phrase, earlier, expected) => {
    expect(retellsFinding(clause, { phrase }, earlier)).toBe(expected);
  });
});

describe("suggestEvents proposes a report once, not again for each thing it found", () => {
  const propose = (paragraph: string) => {
    const result = suggestEvents(`Thu, 12 Jan 2023 08:05:00 GMT\n\n${paragraph}`);
    if (!result.ok) throw new Error(result.reason);
    return result.data.map((s) => `${s.type}: ${s.excerpt.exact}`);
  };
  it.each<[string, string, string[]]>([
    [
      "the report said, after it was named",
      "A report published on Monday by the Harbour Institute found that rents rose 9 percent. The report said landlords had raised rents fastest in the city centre.",
      [
        "report: A report published on Monday by the Harbour Institute found that rents rose 9 percent.",
      ],
    ],
    [
      "another report, dated as it is named",
      "A report published on Monday by the Harbour Institute found that rents rose 9 percent. The review, delivered to ministers last week, found that the ministry had known.",
      [
        "report: A report published on Monday by the Harbour Institute found that rents rose 9 percent.",
        "report: The review, delivered to ministers last week, found that the ministry had known.",
      ],
    ],
  ])("%s", (_, paragraph, expected) => {
    expect(propose(paragraph)).toEqual(expected);
  });
});

describe("suggestEvents gives a pronoun's saying to the speaker before, not to whom it names", () => {
  const propose = (paragraph: string) => {
    const result = suggestEvents(`Thu, 12 Jan 2023 08:05:00 GMT\n\n${paragraph}`);
    if (!result.ok) throw new Error(result.reason);
    return result.data.map((s) => `${s.type} [${s.people.map((p) => p.name).join(", ")}]`);
  };
  it.each<[string, string, string[]]>([
    [
      "he added, after the speaker's dated statement: told once",
      "Greyfell's founder, Marcus Oyelaran, said on Thursday that the deal was good for owners. He added that the fund continued to back the chief executive, Karin Lund.",
      ["statement [Marcus Oyelaran]"],
    ],
    [
      "he said, after the speaker's act: his statement",
      "Marcus Oyelaran resigned on Monday. He said the chief executive, Karin Lund, had been told in advance.",
      ["departure [Marcus Oyelaran]", "statement [Marcus Oyelaran]"],
    ],
  ])("%s", (_, paragraph, expected) => {
    expect(propose(paragraph)).toEqual(expected);
  });
});
