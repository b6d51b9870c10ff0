import { describe, expect, it } from "vitest";
import { namesTreatedAsPeople } from "../../src/suggest/namesTreatedAsPeople.ts";
import { splitSentences } from "../../src/suggest/splitSentences.ts";
import { tagSentences } from "../../src/suggest/tagSentences.ts";

/** The full names a news text treats as people's, with the tagger's people, places and organisations. */
function names(text: string): string[] {
  const sentences = splitSentences(text, 0);
  const tags = tagSentences(text, sentences);
  return namesTreatedAsPeople(sentences, tags.people, tags.others);
}

// Sentences marked (dev) are taken or adapted from the dev half of the labelled set
// (tests/suggest/dev); the others are written for these tests.
describe("namesTreatedAsPeople: never a place or an organisation", () => {
  it.each([
    ["a place after 'in'", "Kessler spoke at a conference in Palo Alto on Tuesday."],
    [
      "a list of cities after 'in'",
      "The startup opened offices in Santa Clara, Austin and Charlotte.",
    ],
    ["a list of places after 'in' (dev)", "Stocks were held in Rotterdam, Durban and Port Klang."],
    ["offices 'at' a name", "Lawyers met at Sophie Marchand's offices on Monday."],
    [
      "a law firm joined by '&'",
      "The board hired the law firm Marlowe & Finch. Finch said it would help.",
    ],
    ["a family after 'the'", "The Jordan Hale family, which owns 30 percent, backed the deal."],
    [
      "the first words of a company named in full",
      "Carter Hale Research published a report. Carter Hale said in a statement that it was short.",
    ],
    [
      "a firm after 'at' (dev)",
      "Analysts at Kestrel Equities and Tamar Capital said the memo was minor.",
    ],
    [
      "a list with a bank in it (dev)",
      "Several banks, including Harlow Pacific, Bank Sentosa and Crédit Marnier, were reviewing loans.",
    ],
    ["shares of a company", "Shares of Jordan Blake fell 9 percent on Monday."],
    ["a possessive only a company has", "Jordan Blake's shares fell 9 percent on Monday."],
    [
      "a firm in apposition to a role only firms have (dev)",
      "Its auditor, Pemberton Whitlow, signed off the accounts.",
    ],
    [
      "an institution after 'the'",
      "Members of the European Parliament could summon the executives.",
    ],
    ["company words", "Orion Group said on Monday that it had agreed to buy Lumen Analytics."],
    [
      "a list in apposition to institutions (dev)",
      "Two pension funds, Allmänna Pensionskassan and Norrsken Liv, called for a clean sweep.",
    ],
    [
      "a firm named after its kind (dev)",
      "The report, prepared with the incident-response firm Halvorsen Forensics, found the flaw.",
    ],
    [
      "a work in apposition (dev)",
      "She sat beneath a poster for Monsoon Letters, the 1994 film that made his name.",
    ],
    [
      "the institution a role is of (dev)",
      "Ormsby, who stepped down as chairman of Ormsby Quarries in 2020, said he acted in good faith.",
    ],
    [
      "a company by its legal form, named later without it (dev)",
      "The family's holding company, Famiglia Ferrandi SpA, agreed. A spokesman for Famiglia Ferrandi said it would not comment.",
    ],
    [
      "a housebuilder (dev)",
      "The club would sell the ground to the housing developer Ardwick Holt Homes.",
    ],
    [
      "a place with a particle",
      "The summit in Rio de Janeiro ended on Monday. Banque de France said rates would rise.",
    ],
    [
      "publishers are companies (dev)",
      "Levelcap counted layoffs at publishers including Nordwind, Paxton Arcade and Halvard.",
    ],
    [
      "a broadcaster (dev)",
      "Arancibia denied in an interview with Radio Andina that she had been pushed out.",
    ],
    [
      "a merged company named after two others (dev)",
      "Halcyon Pictures will buy Redgate Studios. The company, to be called Halcyon Redgate, will list in New York.",
    ],
    ["a foundation named after a person", "The Emma Larsen Foundation suspended the grant."],
    ["'it' is no person's pronoun", "Harlow Pacific said it was reviewing its loans."],
    ["named as an adviser, a role firms hold", "The board named Harlow Pacific as its adviser."],
    ["a place by its first word", "Santa Clara and San Jose said the rules were fair."],
    ["a company by its last word", "Stellar Aerospace said on Monday that it had cut jobs."],
    [
      "a name of a thing, ', which'",
      "Jordan Blake, which sells furniture, said on Monday that it had cut jobs.",
    ],
    [
      "a name taken up by 'its' after a reporting verb",
      "Juniper Lattice said on Monday that its revenue fell by a fifth. Lattice declined to comment.",
    ],
    [
      "a name taken up by 'it' after 'said in a statement'",
      "Greystone Vantage said in a statement that it had hired advisers. Vantage declined to comment.",
    ],
    [
      "a surname alone followed by 'shares'",
      "Orla Brightwell agreed to buy the unit. Brightwell shares fell 4 percent.",
    ],
    ["a place after a role and 'from'", "Engineers from Tel Aviv joined the project in March."],
    [
      "the tagger's word alone, for a name that starts with no given name",
      "Kestrel Brown agreed to buy the unit for $40 million.",
    ],
  ])("%s", (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("namesTreatedAsPeople: a name the text treats as a person's", () => {
  it.each([
    [
      "a person, by a given name, who says 'it would' of something",
      "Hannah Beck said on Monday that it would take years. Beck joined in 2019.",
      ["Hannah Beck"],
    ],
    [
      "a person who says 'it was' of something",
      "Hannah Beck said on Tuesday that it was time to leave.",
      ["Hannah Beck"],
    ],
    [
      "a role and an abbreviated title before the name (dev)",
      "Its chief medical officer, Dr. Ravi Menon-Clarke, said on Wednesday that it relied on the board.",
      ["Ravi Menon-Clarke"],
    ],
    [
      "an appositive role, then what only a person does (dev)",
      "The lone dissenter, community representative Achille Fournier, resigned from the board on Monday.",
      ["Achille Fournier"],
    ],
    [
      "a company's founder, not the company (dev)",
      "Rowan Street's founder, Elliot Strand, said on Friday that the board had listened.",
      ["Elliot Strand"],
    ],
    [
      "a role before the name",
      "Chief executive Marcus Teo said on Tuesday that it was wrong.",
      ["Marcus Teo"],
    ],
    [
      "a role in apposition after the name (dev)",
      "Jia Hui Lim, an analyst at Straitsbridge Securities, said on Tuesday that it must act.",
      ["Jia Hui Lim"],
    ],
    [
      "a list after a plural role (dev)",
      "Two of her deputies, Lars Kjeldsen and Amara Nwosu, did not resign.",
      ["Lars Kjeldsen", "Amara Nwosu"],
    ],
    [
      "letters beyond ASCII (dev)",
      "The union's chair, the principal oboist Dace Kalniņa, said on Thursday that it was fair.",
      ["Dace Kalniņa"],
    ],
    [
      "a hyphenated title (dev)",
      "Vice-president Mei Lin Tan will serve as acting president.",
      ["Mei Lin Tan"],
    ],
    [
      "after an institution's name, in apposition, not in a list (dev)",
      "The president of the International Padel Federation, Jorge Almeida, stepped down on Tuesday.",
      ["Jorge Almeida"],
    ],
    [
      "a later mention by surname alone",
      "Ngozi Okoro resigned on Monday. Okoro said she was proud.",
      ["Ngozi Okoro"],
    ],
    ["an age in apposition", "Ruedi Ammann, 61, did not step down.", ["Ruedi Ammann"]],
    [
      "in apposition to a role phrase with 'of' (dev)",
      "The chairman of the trustees, Callum Redfern, said on Tuesday that the board had lost confidence.",
      ["Callum Redfern"],
    ],
    [
      "a list in apposition to a plural role phrase with 'on' (dev)",
      "Two senior researchers on Castellanos-Reid's team, Farid Oyelaran and Kasia Brzezińska, have not resigned.",
      ["Farid Oyelaran", "Kasia Brzezińska"],
    ],
    [
      "a lower-case role before the name (dev)",
      "Union organiser Sandrine Leduc-Amari said on Thursday that the union would appeal.",
      ["Sandrine Leduc-Amari"],
    ],
    [
      "a bare role in apposition, of an institution (dev)",
      "Farid Haddad, president of the Ontario Federation of Municipal Workers, said on Monday that it was fair.",
      ["Farid Haddad"],
    ],
    [
      "a newspaper's publisher (dev)",
      "The publisher, Harold Brenner, has not stepped down, though staff had asked for that too.",
      ["Harold Brenner"],
    ],
    [
      "particles inside a surname",
      "Ursula von der Leyen said on Monday that the rules would stay. Rosa de la Cruz, a lawyer, disagreed.",
      ["Ursula von der Leyen", "Rosa de la Cruz"],
    ],
    [
      "a councillor (dev)",
      "Councillor Rachel Obi, who chairs the licensing committee, said on Friday that it was fair.",
      ["Rachel Obi"],
    ],
    [
      "a particle joined by a hyphen, after a title",
      "Crown Prince Mohammed bin Salman met Bashar al-Assad, who said he would not resign.",
      ["Mohammed bin Salman", "Bashar al-Assad"],
    ],
    [
      "a relation is no institution",
      "The board hired a colleague of Anders Lindqvist. Lindqvist declined to comment.",
      ["Anders Lindqvist"],
    ],
    [
      "a capitalised title of two words (dev)",
      "Finance Minister Ciarán Dolan said in June that the pay policy was wrong.",
      ["Ciarán Dolan"],
    ],
    [
      "a title whose first word is no title (dev)",
      "Police Chief Raymond Okafor was suspended with pay on Wednesday.",
      ["Raymond Okafor"],
    ],
    [
      "an academic title (dev)",
      "Its author, Professor Hamid Okonkwo-Saar, said on Tuesday that the figure was wrong.",
      ["Hamid Okonkwo-Saar"],
    ],
    [
      "a title before a name with a particle (dev)",
      "Mayor Sofie De Wulf denied on Tuesday that she would resign.",
      ["Sofie De Wulf"],
    ],
    [
      "a given name that ends like a role word",
      "Brian Tolland, who has led the union since 2011, denied that he would retire.",
      ["Brian Tolland"],
    ],
    [
      "a role even where the tagger sees a place",
      "Chief risk officer Leonie Marsh quit the following month.",
      ["Leonie Marsh"],
    ],
    ["an honorific", "Ms Brannigan Holt said the vote was fair.", ["Brannigan Holt"]],
    [
      "', who' after the name",
      "The chair, Alan Fairbrother, who has led the trust since 2015, said the review was fair.",
      ["Alan Fairbrother"],
    ],
    [
      "'in' before a possessive",
      "In Marta Kessler's view, the deal was fair. Kessler left.",
      ["Marta Kessler"],
    ],
    [
      "a he or she that refers back",
      "Imani Abbott denied that she had been pushed out.",
      ["Imani Abbott"],
    ],
    ["named to a role", "Farid Iversen was named lead independent director.", ["Farid Iversen"]],
    [
      "named by the board as a role",
      "The board named Farid Brennan as interim chief financial officer.",
      ["Farid Brennan"],
    ],
    [
      "telling reporters",
      "Farid Okonkwo told reporters on Monday that all was well.",
      ["Farid Okonkwo"],
    ],
    ["resigning", "Imani Delacroix resigned on Tuesday after a review.", ["Imani Delacroix"]],
    [
      "one of a group of people (bundled article)",
      "Elon Musk, one of the co-founders of OpenAI, recalled the day.",
      ["Elon Musk"],
    ],
    [
      "a person in a list with a company, by a role",
      "The suit names the chief executive, Marta Kessler, and Harborline Logistics.",
      ["Marta Kessler"],
    ],
  ])("%s", (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
