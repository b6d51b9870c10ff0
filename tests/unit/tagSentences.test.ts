import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/suggest/splitSentences.ts";
import { tagSentences, within } from "../../src/suggest/tagSentences.ts";

describe("tagSentences(text, sentences) finds verbs and people with offsets into the whole text", () => {
  it("gives each verb its infinitive and each person their name", () => {
    const text = "Jan Leike resigned on Tuesday. Ilya Sutskever might join xAI.";
    const tags = tagSentences(text, splitSentences(text, 0));
    expect(tags.verbs.map((v) => [v.text, v.infinitive])).toEqual([
      ["resigned", "resign"],
      ["might join", "join"],
    ]);
    expect(tags.people.map((p) => p.text)).toEqual(["Jan Leike", "Ilya Sutskever"]);
  });

  it("keeps offsets right in a text long enough to be tagged in pieces", () => {
    const text =
      "Intro line\n\n" +
      "Jan Leike resigned on Tuesday. Ilya Sutskever might join xAI. ".repeat(60);
    const tags = tagSentences(text, splitSentences(text, 12));
    expect(tags.people).toHaveLength(120);
    for (const t of [...tags.verbs, ...tags.people])
      expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("within(tagged, span) keeps what lies wholly inside the span", () => {
  const tagged = [
    { text: "a", start: 0, end: 5 },
    { text: "b", start: 5, end: 10 },
    { text: "c", start: 8, end: 12 },
  ];
  it.each([
    ["both ends inside", { start: 0, end: 10 }, ["a", "b"]],
    ["not one that starts inside and ends outside", { start: 5, end: 11 }, ["b"]],
    ["not one that starts before", { start: 6, end: 12 }, ["c"]],
  ])("%s", (_, span, texts) => {
    expect(within(tagged, span).map((t) => t.text)).toEqual(texts);
  });
});
