import { describe, expect, it } from "vitest";
import {
  joinSubjects,
  joinTellings,
  relativeClauses,
  splitClauses,
} from "../../src/suggest/splitClauses.ts";
import { tagSentences } from "../../src/suggest/tagSentences.ts";

/** A sentence standing alone, at the start of the text. */
const sentence = (text: string) => ({ start: 0, end: text.length, text });

describe("splitClauses(sentence) cuts where a new subject starts", () => {
  it.each([
    [
      "at 'while' before a new name",
      "Jane Doe was named chief scientist while Bob Smith quit on Monday.",
      ["Jane Doe was named chief scientist", "Bob Smith quit on Monday."],
    ],
    [
      "at 'and' before a named subject and its verb",
      "Leike resigned and Ilya Sutskever was named chief scientist.",
      ["Leike resigned", "Ilya Sutskever was named chief scientist."],
    ],
    [
      "at ', and' before 'the company said'",
      "Ekdahl resigned in March, and the company said it would hire a successor.",
      ["Ekdahl resigned in March", "the company said it would hire a successor."],
    ],
    [
      "at 'and' before speculation about the same subject",
      "Sutskever left and is likely to join xAI.",
      ["Sutskever left", "is likely to join xAI."],
    ],
    [
      "after a relative clause, before the new predicate",
      "Kessler, who left in 2023, might join Acme.",
      ["Kessler, who left in 2023", "might join Acme."],
    ],
    [
      "before 'since the departure of'",
      "Staff were shaken, since the departure of Leike.",
      ["Staff were shaken", "since the departure of Leike."],
    ],
    [
      "at 'after' before a review",
      "Leike resigned after a review of the team.",
      ["Leike resigned", "a review of the team."],
    ],
    [
      "after a long relative clause, before an irregular past verb",
      "Ana Ruiz, who resigned as chair of the ethics committee last month in protest at delays in publishing the audit, wrote on Sunday that she was relieved.",
      [
        "Ana Ruiz, who resigned as chair of the ethics committee last month in protest at delays in publishing the audit",
        "wrote on Sunday that she was relieved.",
      ],
    ],
    [
      "after a relative clause, before a past verb of founding",
      "Tom Ade, who left last month, founded a start-up.",
      ["Tom Ade, who left last month", "founded a start-up."],
    ],
    [
      "at ', and denied' after a quote: a second fact of the same subject",
      'Lena Berg said on Tuesday that the firm "stays neutral," and denied that it had signed a contract.',
      [
        'Lena Berg said on Tuesday that the firm "stays neutral',
        "denied that it had signed a contract.",
      ],
    ],
    [
      "at ', saying': what the subject said beside what it did",
      "Marco Trev denied on Monday that staff had been dismissed, saying they had moved.",
      ["Marco Trev denied on Monday that staff had been dismissed", "saying they had moved."],
    ],
    [
      "at 'and could': a second, guessed act",
      "The board is expected to discuss the letter next week and could restore the wording.",
      ["The board is expected to discuss the letter next week", "could restore the wording."],
    ],
    [
      "before a named person's telling",
      "Norlund introduced new rules on Monday, the editor-in-chief, Inga Sol, said in a memo to staff.",
      [
        "Norlund introduced new rules on Monday",
        "the editor-in-chief, Inga Sol, said in a memo to staff.",
      ],
    ],
    [
      "before a pronoun's dated telling",
      "Moritz Ell is not leaving, he told colleagues in a message on Monday.",
      ["Moritz Ell is not leaving", "he told colleagues in a message on Monday."],
    ],
    [
      "not before an institution's telling",
      "Ken Lau was placed on leave on Tuesday, the company said.",
      ["Ken Lau was placed on leave on Tuesday, the company said."],
    ],
    [
      "not before an undated pronoun's telling",
      "Two deputies did not resign, she said.",
      ["Two deputies did not resign, she said."],
    ],
    // What must not split: one subject doing two things, or a leading conjunction.
    [
      "not at 'and' between two verbs of one subject",
      "But Leike resigned and then left.",
      ["Leike resigned and then left."],
    ],
    ["not a sentence without a conjunction", "Jan Leike resigned.", ["Jan Leike resigned."]],
  ])("%s", (_, text, clauses) => {
    expect(splitClauses(sentence(text)).map((c) => c.text)).toEqual(clauses);
  });

  it("marks each item after a semicolon as an item of a list", () => {
    const text = "Three directors left: Ann Lee, a banker; Bob Ray, a lawyer; and Cy Doe.";
    expect(splitClauses(sentence(text)).map((c) => [c.text, c.listItem])).toEqual([
      ["Three directors left: Ann Lee, a banker", false],
      ["Bob Ray, a lawyer", true],
      ["Cy Doe.", true],
    ]);
  });

  it.each([
    [
      "a relative clause's predicate",
      "Tom Ade, who left last month, said on Friday he was proud.",
      [undefined, "relative"],
    ],
    [
      "a second reporting verb",
      "Tom Ade said he was proud, and denied that he was pushed.",
      [undefined, "coordinate"],
    ],
    ["not a new named subject", "Tom Ade resigned while Bo Lin stayed.", [undefined, undefined]],
  ])("marks %s as the predicate of the subject before it", (_, text, predicates) => {
    expect(splitClauses(sentence(text)).map((c) => c.predicate)).toEqual(predicates);
  });

  it("gives offsets into the whole text", () => {
    const text = "Intro. Jane Doe was named chief while Bob Smith quit.";
    const clauses = splitClauses({ start: 7, end: text.length, text: text.slice(7) });
    for (const c of clauses) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(clauses).toHaveLength(2);
  });
});

describe("joinSubjects joins a subject with no verb of its own to the clause after it", () => {
  const joined = (text: string) => {
    const clauses = splitClauses(sentence(text));
    return joinSubjects(text, clauses, tagSentences(text, [sentence(text)]).verbs).map(
      (c) => c.text,
    );
  };

  it.each([
    [
      "a verbless subject joins its verb",
      "Jan Leike and Maria Gomez resigned on Tuesday.",
      ["Jan Leike and Maria Gomez resigned on Tuesday."],
    ],
    [
      "clauses with verbs stay apart",
      "Jane Doe was named chief scientist while Bob Smith quit on Monday.",
      ["Jane Doe was named chief scientist", "Bob Smith quit on Monday."],
    ],
    [
      "items of a list stay apart",
      "Three directors left: Ann Lee, a banker; Bob Ray, a lawyer; and Cy Doe.",
      ["Three directors left: Ann Lee, a banker", "Bob Ray, a lawyer", "Cy Doe."],
    ],
  ])("%s", (_, text, clauses) => {
    expect(joined(text)).toEqual(clauses);
  });
});

describe("relativeClauses(clause) finds what a named person did, told in a relative clause", () => {
  it.each([
    [
      "a closing relative clause with its name",
      "Five players have left, including the captain, Jan Ozol, who joined a club in Riga in May.",
      ["Jan Ozol, who joined a club in Riga in May."],
    ],
    [
      "one between commas",
      "The letter, signed by Ben Auer, who stepped down in December, said the lab had changed.",
      ["Ben Auer, who stepped down in December"],
    ],
    ["none after a lower-case word", "The staff, who were tired, went home.", []],
  ])("%s", (_, text, relatives) => {
    const [clause] = splitClauses(sentence(text));
    if (!clause) throw new Error("no clause");
    expect(relativeClauses(clause).map((r) => r.text)).toEqual(relatives);
  });
});

describe("joinTellings joins a telling to a clause that reports no event", () => {
  it.each([
    [
      "an aside before the speaker",
      "In a statement released on Monday, Andrade said the board had acted.",
      ["In a statement released on Monday, Andrade said the board had acted."],
    ],
    [
      "not after an event",
      "Norlund introduced new rules on Monday, Inga Sol said.",
      ["Norlund introduced new rules on Monday", "Inga Sol said."],
    ],
  ])("%s", (_, text, clauses) => {
    const joined = joinTellings(text, splitClauses(sentence(text)), (c) =>
      /introduced/.test(c.text),
    );
    expect(joined.map((c) => c.text)).toEqual(clauses);
  });
});
