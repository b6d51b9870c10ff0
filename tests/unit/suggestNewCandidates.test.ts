import { describe, expect, it } from "vitest";
import { classifiedPart } from "../../src/suggest/classifyClause.ts";
import { REPORTING } from "../../src/suggest/eventLexicon.ts";
import { sayingPart } from "../../src/suggest/flagClause.ts";
import { splitClauses, splitCoordinates } from "../../src/suggest/splitClauses.ts";
import { splitSentences } from "../../src/suggest/splitSentences.ts";
import { headVerb, tagSentences, within } from "../../src/suggest/tagSentences.ts";
import { suggestArticle } from "../suggest/suggestArticle.ts";

// Events that used to get no candidate at all: the sentences are written for these tests in the
// style of wire news; those marked "dev" paraphrase a sentence of the dev half.

/** The type and exact words of each suggestion for a one-paragraph article. */
function suggested(body: string) {
  return suggestArticle(body).map((s) => ({
    type: s.type,
    exact: s.excerpt.exact,
    people: s.people.map((p) => p.name),
    flags: s.flags,
  }));
}

describe("headVerb(infinitive): the verb the lexicon lists, from the tagger's infinitive", () => {
  it.each([
    ["a phrasal verb keeps its verb", "walk out", "walk"],
    ["a particle the lexicon's phrases read", "step down", "step"],
    ["a participle the tagger took into the verb (was named acting chief)", "name acting", "name"],
    ["a repeated act", "re-elect", "elect"],
    ["a shared act", "co-found", "found"],
    ["a plain verb is unchanged", "resign", "resign"],
    ["not a particle that makes another verb (found out: learnt)", "find out", "find out"],
    ["not a particle that makes another verb (walked back: retracted)", "walk back", "walk back"],
  ])("%s: %s → %s", (_, infinitive, head) => {
    expect(headVerb(infinitive)).toBe(head);
  });
});

describe("splitSentences does not end a sentence at a rank or a month's abbreviation", () => {
  it.each([
    [
      "a police rank before a name",
      "The union spoke through its president, Sgt. Dale Ward, who called it a farce.",
    ],
    ["a military rank", "Capt. Ana Ruiz resigned on Monday."],
    ["a month before a day", "The vote is due on Jan. 5 in Leeds."],
  ])("%s", (_, text) => {
    expect(splitSentences(text, 0).map((s) => s.text)).toEqual([text]);
  });
});

describe("splitClauses cuts at ', and' before a new subject with its own verb", () => {
  it.each([
    [
      "a modal verb (dev: the minister could order)",
      "Ruiz is expected to give evidence in June, and the minister could order an inquiry.",
      ["Ruiz is expected to give evidence in June", "the minister could order an inquiry."],
    ],
    [
      "a subject opened by a number, with an apposition before its verb",
      "Ade will step down in June, and two nominees, the engineer Lena Berg and the banker Tom Reyes, will join the board.",
      [
        "Ade will step down in June",
        "two nominees, the engineer Lena Berg and the banker Tom Reyes, will join the board.",
      ],
    ],
    [
      "after a relative clause that ends an apposition (dev: a regional organiser who quit)",
      "Tom Reyes, a regional organiser who quit the executive in January, said on Sunday that members were angry.",
      [
        "Tom Reyes, a regional organiser who quit the executive in January",
        "said on Sunday that members were angry.",
      ],
    ],
    [
      "after a relative clause with a number's comma in it",
      "Tolland, who has led the 41,000-member union since 2011, denied on Monday that he would retire.",
      [
        "Tolland, who has led the 41,000-member union since 2011",
        "denied on Monday that he would retire.",
      ],
    ],
    [
      "before a name that starts with an accented capital",
      "Ana Ruiz was named chair and Émilie Roux resigned on Monday.",
      ["Ana Ruiz was named chair", "Émilie Roux resigned on Monday."],
    ],
    [
      "at 'while' before a name that starts with an accented capital",
      "Tom Reyes joined the board while Łukasz Nowak left it.",
      ["Tom Reyes joined the board", "Łukasz Nowak left it."],
    ],
    [
      "not before a word that only starts like a determiner",
      "The club rewrote its rules, and at least four coaches have left.",
      ["The club rewrote its rules, and at least four coaches have left."],
    ],
  ])("%s", (_, text, clauses) => {
    expect(splitClauses({ start: 0, end: text.length, text }).map((c) => c.text)).toEqual(clauses);
  });
});

describe("splitCoordinates cuts at 'and' before the same subject's verb of another event type", () => {
  /** The clauses of a one-sentence text after the cut. */
  const coordinates = (text: string) => {
    const sentence = { start: 0, end: text.length, text };
    const { verbs } = tagSentences(text, [sentence]);
    return splitCoordinates(
      text,
      splitClauses(sentence),
      verbs,
      (c) => classifiedPart(c.text, within(verbs, c)).type,
    ).map((c) => [c.text, c.predicate ?? null]);
  };
  it.each([
    [
      "a board's vote and an appointment (dev: voted to open an inquiry and appointed)",
      "The council voted on Tuesday to open an inquiry and appointed a retired judge to lead it.",
      [
        ["The council voted on Tuesday to open an inquiry", null],
        ["appointed a retired judge to lead it.", "coordinate"],
      ],
    ],
    [
      "a hiring and a leaving in a relative clause",
      "Its first dean, Tom Reyes, who was hired in 2018 and left for a post in Leeds last year, declined to comment.",
      [
        ["Its first dean, Tom Reyes, who was hired in 2018", null],
        ["left for a post in Leeds last year", "coordinate"],
        ["declined to comment.", "relative"],
      ],
    ],
    [
      "not two verbs of one type",
      "Ana Ruiz resigned on Monday and left the company.",
      [["Ana Ruiz resigned on Monday and left the company.", null]],
    ],
    [
      "not inside what was said",
      "The company said it would cut jobs and appoint a new finance chief.",
      [["The company said it would cut jobs and appoint a new finance chief.", null]],
    ],
  ])("%s", (_, text, clauses) => {
    expect(coordinates(text)).toEqual(clauses);
  });
});

describe("suggestEvents proposes events that had no candidate", () => {
  it.each([
    [
      "a post handed to someone (dev: the housing portfolio was handed to)",
      "The transport portfolio was handed on Wednesday to councillor Ana Ruiz.",
      "appointment",
      "The transport portfolio was handed on Wednesday to councillor Ana Ruiz.",
    ],
    [
      "a successor by the passive 'replaced by'",
      "Tom Reyes will be replaced by Lena Berg, the deputy finance chief.",
      "appointment",
      "Tom Reyes will be replaced by Lena Berg, the deputy finance chief.",
    ],
    [
      "a re-election in a relative clause on the speaker (dev: who was re-elected unopposed in June)",
      "President Ana Ruiz, who was re-elected unopposed in March, said on Friday that the federation would change.",
      "appointment",
      "President Ana Ruiz, who was re-elected unopposed in March",
    ],
    [
      "a founding",
      "Lena Berg founded the studio in 1998 with a bank loan.",
      "appointment",
      "Lena Berg founded the studio in 1998 with a bank loan.",
    ],
    [
      "an acting post named with the participle the tagger joins to the verb",
      "Deputy Chief Lena Berg was named acting chief at the same meeting.",
      "appointment",
      "Deputy Chief Lena Berg was named acting chief at the same meeting.",
    ],
    [
      "a post to be named",
      "The company is expected to name a permanent finance chief in September.",
      "appointment",
      "The company is expected to name a permanent finance chief in September.",
    ],
    [
      "a pause",
      "The hospital paused the trial last month.",
      "policy",
      "The hospital paused the trial last month.",
    ],
    [
      "a deal agreed, with time words before 'to'",
      "Acme and Birchwood agreed late on Friday to combine in an all-share deal.",
      "policy",
      "Acme and Birchwood agreed late on Friday to combine in an all-share deal.",
    ],
    [
      "a settlement reached",
      "Acme reached a settlement on Thursday with the investor Greyline Capital.",
      "policy",
      "Acme reached a settlement on Thursday with the investor Greyline Capital.",
    ],
    [
      "a call for someone's removal",
      "Councillor Ana Ruiz, who called for the mayor's resignation last month, said on Friday that he should go.",
      "statement",
      "Councillor Ana Ruiz, who called for the mayor's resignation last month",
    ],
    [
      "calling something by a quoted name",
      'Ana Ruiz called the meetings "exactly what a chair should do."',
      "statement",
      'Ana Ruiz called the meetings "exactly what a chair should do."',
    ],
    [
      "a letter signed by named people",
      "The letter, which went up on Monday, was signed by the two lead maintainers, Ana Ruiz and Tom Reyes.",
      "statement",
      "The letter, which went up on Monday, was signed by the two lead maintainers, Ana Ruiz and Tom Reyes.",
    ],
    [
      "a named company answering for itself (dev: Corvell Partners said it had complied)",
      "Birchwood Capital said it had complied with every term of the agreement.",
      "statement",
      "Birchwood Capital said it had complied with every term of the agreement.",
    ],
    [
      "a rule a memo told staff (dev: the memo also told the remaining developers)",
      "The memo also told staff that the studio would end fully remote work from April 3.",
      "policy",
      "The memo also told staff that the studio would end fully remote work from April 3.",
    ],
  ])("%s", (_, body, type, exact) => {
    expect(suggested(body)).toContainEqual(expect.objectContaining({ type, exact }));
  });

  it.each([
    [
      "a meeting called for a date",
      "An extraordinary congress is expected to be called for April.",
    ],
    ["a few things named", "The chair went on to name a few priorities for the year."],
    [
      "unnamed sources' undated saying",
      "Two people familiar with the talks said the deal had stalled.",
    ],
    ["a generic speaker's undated saying", "The regulator said it was monitoring the situation."],
  ])("no candidate for %s", (_, body) => {
    expect(suggested(body)).toEqual([]);
  });

  it("gives a new subject after ', and' no people from the clause before", () => {
    const got = suggested(
      "Ana Ruiz is expected to give evidence in June, and the minister could order a wider inquiry in September.",
    );
    expect(got).toContainEqual(
      expect.objectContaining({
        type: "policy",
        people: [],
        exact: "the minister could order a wider inquiry in September.",
      }),
    );
  });
});

describe("sayingPart keeps the place and time of a saying, up to what was said", () => {
  it.each([
    [
      "a determiner after a preposition is the place of the saying (dev: said in an interview at the studio on Saturday)",
      '"He asked for this," she said in an interview at the studio on Saturday.',
      '"He asked for this," she said in an interview at the studio on Saturday.',
    ],
    [
      "a letter to someone, then its time words",
      "Ana Ruiz wrote to the trustees last month warning of cuts.",
      "Ana Ruiz wrote to the trustees last month warning of cuts.",
    ],
    [
      "a determiner right after the verb starts what was said",
      "Ana Ruiz said the board had met in March.",
      "Ana Ruiz said ",
    ],
  ])("%s", (_, text, part) => {
    expect(sayingPart(text, REPORTING)).toBe(part);
  });
});
