import { describe, expect, it } from "vitest";
import {
  antecedentOf,
  findPeople,
  listPeople,
  type NamedPerson,
  pronounsOf,
} from "../../src/suggest/findPeople.ts";
import { splitSentences } from "../../src/suggest/splitSentences.ts";
import { suggestEvents } from "../../src/suggest/suggestEvents.ts";
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
      "a surname two people share, alone, names the first of them introduced",
      "Victor Haldane founded it. Clara Haldane resigned last week. Haldane left.",
      [],
      [
        ["Victor Haldane:victor-haldane:false"],
        ["Clara Haldane:clara-haldane:false"],
        ["Victor Haldane:victor-haldane:false"],
      ],
    ],
    [
      "the first namesake by bare surname, the other by full name (dev)",
      "The office of Harish Varadan still holds his typewriter. The board named his daughter, Meera Varadan, 51, as chief executive. Varadan, 83, founded Chandrika in 1972.",
      [],
      [
        ["Harish Varadan:harish-varadan:false"],
        ["Meera Varadan:meera-varadan:false"],
        ["Harish Varadan:harish-varadan:false"],
      ],
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
      "not the one whose deputy acts (dev)",
      "Thomas Kirwan was removed. Kirwan's deputy, Esther Mwangi, stepped down on the same day.",
      [],
      [["Thomas Kirwan:thomas-kirwan:false"], ["Esther Mwangi:esther-mwangi:false"]],
    ],
    [
      "not the one whose team the people are on (dev)",
      "Niamh Castellanos-Reid quit. Two researchers on Castellanos-Reid's team, Farid Oyelaran and Kasia Brzezińska, stayed.",
      [],
      [
        ["Niamh Castellanos-Reid:niamh-castellanos-reid:false"],
        ["Farid Oyelaran:farid-oyelaran:false", "Kasia Brzezińska:kasia-brzezinska:false"],
      ],
    ],
    [
      "not a surname inside a hyphenated company name (dev)",
      "Vivian Hollis chairs the board. The owner, Brenner-Hollis Media, named an editor.",
      [],
      [["Vivian Hollis:vivian-hollis:false"], []],
    ],
    [
      "a surname with particles, later without the given name",
      "Ursula von der Leyen said on Monday that the rules would stay. Von der Leyen left.",
      [],
      [
        ["Ursula von der Leyen:ursula-von-der-leyen:false"],
        ["Ursula von der Leyen:ursula-von-der-leyen:false"],
      ],
    ],
    [
      "a possessor named alone is still named",
      "Marta Kessler resigned. Kessler's lawyers said on Monday that she would appeal.",
      [],
      [["Marta Kessler:marta-kessler:false"], ["Marta Kessler:marta-kessler:false"]],
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

/** The pronoun a text uses for each person it names ("name:he"), and whom a last sentence's he or she is. */
function pronouns(text: string) {
  const sentences = splitSentences(text, 0);
  const tagged = tagSentences(text, sentences);
  const known = listPeople(sentences, tagged.people, [], tagged.others);
  const found = pronounsOf(sentences, known);
  return known.flatMap((p) => (found.has(p.id) ? [`${p.name}:${found.get(p.id)}`] : []));
}

describe("pronounsOf learns from the article which pronoun it uses for each person", () => {
  it.each([
    [
      "the subject's, the first person a sentence names (dev, adapted)",
      "Aisha Mensah-Clarke said last month that she would stand against Brian Tolland.",
      ["Aisha Mensah-Clarke:she"],
    ],
    [
      "the name a relative clause binds (dev)",
      "Isobel Farquhar will succeed Graham Ellery, who announced last month that he would step down.",
      ["Graham Ellery:he"],
    ],
    [
      "an honorific",
      "Ms Ingrid Solberg said on Monday that it was fair. Mr Tomas Berg said it was not.",
      ["Ingrid Solberg:she", "Tomas Berg:he"],
    ],
    [
      "not a pronoun inside a quotation (dev, adapted)",
      'Meera Varadan, a film producer, said "He asked for this" on Saturday.',
      [],
    ],
  ])("%s", (_, text, expected) => {
    expect(pronouns(text)).toEqual(expected);
  });
});

const person = (name: string) => ({
  name,
  id: name.toLowerCase().replace(/ /g, "-"),
  known: false,
});
const AISHA = person("Aisha Mensah-Clarke");
const BRIAN = person("Brian Tolland");
const ROSA = person("Rosa Ibanez");
const GENDERS = new Map([
  [AISHA.id, "she" as const],
  [BRIAN.id, "he" as const],
]);

describe("antecedentOf: whom a clause's he or she refers to", () => {
  it.each([
    [
      "the latest person the article calls so, past another (dev, adapted)",
      "She did not resign as deputy general secretary.",
      [BRIAN],
      [AISHA, BRIAN],
      [AISHA],
    ],
    [
      "of the clause before, the one it calls so",
      "He said the vote was fair.",
      [AISHA, BRIAN],
      [AISHA, BRIAN],
      [BRIAN],
    ],
    [
      "of the clause before, those of no known pronoun",
      "She said the vote was fair.",
      [ROSA, BRIAN],
      [ROSA, BRIAN],
      [ROSA],
    ],
    ["'they': the people of the clause before", "They left.", [ROSA, BRIAN], [], [ROSA, BRIAN]],
  ])("%s", (_, clause, last, recent, expected) => {
    expect(antecedentOf(clause, last, recent, GENDERS)).toEqual(expected);
  });
});

describe("suggestEvents gives a he or she the person it refers to", () => {
  it.each([
    [
      "the latest person the article calls 'she', past a man named since (dev, adapted)",
      "Aisha Mensah-Clarke said last month that she would stand against the union's leader. Brian Tolland, who has led it since 2011, said he would fight. She did not resign on Monday.",
      "She did not resign",
      ["Aisha Mensah-Clarke"],
    ],
    [
      "the subject before a comma, then the people named after it (dev, adapted)",
      "The chairman, Callum Redfern, said on Tuesday that the board had acted. He did not resign, though two artists, Ngozi Lamb and Tomasz Rydel, called for him to go.",
      "He did not resign",
      ["Callum Redfern", "Ngozi Lamb", "Tomasz Rydel"],
    ],
    [
      "a statement opening with he is his, not of the one he speaks of (dev, adapted)",
      "Des Whitcombe, the team captain, spoke on Sunday. He did not criticise Mick Ferrity.",
      "He did not",
      ["Des Whitcombe"],
    ],
    [
      "a denied departure is of the one named in what is denied (dev, adapted)",
      "A spokeswoman, Delphine Marchetti, denied on Wednesday that Gareth Ollerenshaw had been fired over the delay.",
      "A spokeswoman",
      ["Gareth Ollerenshaw"],
    ],
    [
      "a denied departure of no one named names no one (dev, adapted)",
      "The spokesman, Marco Trevisan, denied on Monday that any members of the team had been dismissed.",
      "The spokesman",
      [],
    ],
    [
      "a denied departure the denier says of himself is his (dev, adapted)",
      "Tom Keeling denied on Monday that he had been asked by the board to step down.",
      "Tom Keeling",
      ["Tom Keeling"],
    ],
    [
      "an appointment is of the one appointed, not of who appoints (dev, adapted)",
      "President Tomás Ferrada named Deputy Energy Minister Joaquín Reyes as acting minister on Friday.",
      "President Tomás Ferrada",
      ["Joaquín Reyes"],
    ],
    [
      "not the one who denies: a denial's people are those said to leave (dev, adapted)",
      "Miriam Achterberg, a spokeswoman, said she would not comment. She denied on Friday that Julian Serrano had agreed to step down.",
      "She denied",
      ["Julian Serrano"],
    ],
  ])("%s", (_, body, opening, expected) => {
    const result = suggestEvents(`Sat, 18 May 2024 04:52:21 GMT\n\n${body}\n`);
    if (!result.ok) throw new Error(result.reason);
    const found = result.data.find((s) => s.excerpt.exact.startsWith(opening));
    expect(found?.people.map((p) => p.name)).toEqual(expected);
  });
});
