import { describe, expect, it } from "vitest";
import { findPeople, listPeople, type NamedPerson } from "../../src/suggest/findPeople.ts";
import { splitSentences } from "../../src/suggest/splitSentences.ts";
import { tagSentences } from "../../src/suggest/tagSentences.ts";

const GIVEN: NamedPerson[] = [
  { id: "jan-leike", name: "Jan Leike" },
  { id: "ilya-sutskever", name: "Ilya Sutskever" },
];

/** Everyone a text names, and the people each of its sentences names ("name:id:known"). */
function people(text: string, given: NamedPerson[] = []) {
  const sentences = splitSentences(text, 0);
  const tagged = tagSentences(text, sentences).people;
  const known = listPeople(sentences, tagged, given);
  const givenIds = new Set(given.map((p) => p.id));
  return {
    known: known.map((p) => p.name),
    bySentence: sentences.map((s) =>
      findPeople(s, tagged, known, givenIds).map((p) => `${p.name}:${p.id}:${p.known}`),
    ),
  };
}

describe("listPeople lists everyone an article names in full", () => {
  it.each([
    ["a name the tagger finds", "Marta Kessler resigned on Tuesday.", [], ["Marta Kessler"]],
    [
      "a name without the title before it",
      "Chief risk officer Leonie Marsh quit on Monday.",
      [],
      ["Leonie Marsh"],
    ],
    [
      "the given people first, then new ones",
      "Leike and Maria Gomez resigned on Tuesday.",
      GIVEN,
      ["Jan Leike", "Ilya Sutskever", "Maria Gomez"],
    ],
    ["not a company", "The staff of Stavro Energy were told on Monday.", [], []],
    [
      "not a surname already known after a function word",
      "Following Sutskever, Leike left the company.",
      GIVEN,
      ["Jan Leike", "Ilya Sutskever"],
    ],
    [
      "a relative with the same surname",
      "Victor Haldane founded it. Clara Haldane resigned last week.",
      [],
      ["Victor Haldane", "Clara Haldane"],
    ],
    [
      "nobody from a headline",
      "Read Next: Marta Kessler Who Quit Acme Likely To Join Bolt",
      [],
      [],
    ],
  ])("%s", (_, text, given, known) => {
    expect(people(text, given).known).toEqual(known);
  });
});

describe("findPeople names the people of a clause, in the order it names them", () => {
  it.each([
    [
      "a later surname is the person named in full before",
      "Marta Kessler resigned on Tuesday. Kessler said she was proud.",
      [],
      [["Marta Kessler:marta-kessler:false"], ["Marta Kessler:marta-kessler:false"]],
    ],
    [
      "given people are known, new ones are not",
      "Leike and Maria Gomez resigned on Tuesday.",
      GIVEN,
      [["Jan Leike:jan-leike:true", "Maria Gomez:maria-gomez:false"]],
    ],
    [
      "in the order the clause names them, each once",
      "Following Sutskever, Leike left. Sutskever, Leike's friend, stayed on.",
      GIVEN,
      [
        ["Ilya Sutskever:ilya-sutskever:true", "Jan Leike:jan-leike:true"],
        ["Ilya Sutskever:ilya-sutskever:true", "Jan Leike:jan-leike:true"],
      ],
    ],
    [
      "a surname two people share names neither",
      "Victor Haldane founded it. Clara Haldane resigned last week. Haldane left.",
      [],
      [["Victor Haldane:victor-haldane:false"], ["Clara Haldane:clara-haldane:false"], []],
    ],
    [
      "not a place the tagger takes for a person (dev)",
      "Daniel Cho runs the fund. Cho told reporters in Hong Kong that he had photographs.",
      [],
      [["Daniel Cho:daniel-cho:false"], ["Daniel Cho:daniel-cho:false"]],
    ],
    [
      "not a common noun the tagger takes for a name (dev)",
      "The foundation said any grant above 250,000 dollars needs two approvals.",
      [],
      [[]],
    ],
    [
      "a surname that ends in a letter beyond ASCII (dev, adapted)",
      "The board named its deputy, Jānis Bērziņš, as acting director. Bērziņš said he would stay.",
      [],
      [["Jānis Bērziņš:janis-berzins:false"], ["Jānis Bērziņš:janis-berzins:false"]],
    ],
    [
      "a known person in a headline, by surname",
      "Read Next: Sutskever Who Quit OpenAI Likely To Join xAI",
      GIVEN,
      [["Ilya Sutskever:ilya-sutskever:true"]],
    ],
  ])("%s", (_, text, given, bySentence) => {
    expect(people(text, given).bySentence).toEqual(bySentence);
  });
});
