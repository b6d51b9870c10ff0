import { describe, expect, it } from "vitest";
import { suggestEvents } from "../../src/suggest/suggestEvents.ts";
import { article, suggestArticle } from "../suggest/suggestArticle.ts";

/** An article in the corpus format, published on Saturday 18 May 2024. */
/** The date and flags of the suggestion whose words start with `start`. */
function suggestionFor(body: string, start: string) {
  const found = suggestArticle(body).find((s) => s.excerpt.exact.startsWith(start));
  if (!found) throw new Error(`no suggestion starts with "${start}"`);
  return { edtf: found.date.edtf, flags: found.flags };
}

describe("suggestEvents dates what did not happen by its own verb phrase only", () => {
  it.each([
    // In the style of the dev half (b08, b11, w12, l11).
    [
      "The chairwoman, Ruth Okafor, has not resigned, despite calls last month from an investor for a new chair.",
      "The chairwoman",
      "../2024-05-18",
    ],
    [
      "The executive director, Paula Vergara, did not resign and will oversee a recount scheduled to finish by the end of June.",
      "The executive director",
      "../2024-05-18",
    ],
    // Date words of its own still date it.
    [
      "Chief executive Devin Arkwright did not step down last week.",
      "Chief",
      "2024-05-06/2024-05-12",
    ],
  ])("%s → %s", (body, start, edtf) => {
    expect(suggestionFor(body, start)).toEqual({ edtf, flags: ["negation"] });
  });
});

describe("suggestEvents dates a clause with no date words by the day told just before it", () => {
  it.each([
    // In the style of the dev half (01, b09).
    [
      "The chair of the fund, Derek Osei, was removed by its board on Monday after a 7-5 vote. The trustees named the vice-chair, Margaret Lindqvist, as interim chair.",
      "The trustees named",
      "2024-05-13",
    ],
    // A quotation of two sentences between the occasion and the next statement (l04).
    [
      'The chief conductor, Marco Benedetti, resigned on Friday.\n\nBenedetti denied on Friday that he had been forced to resign. "The board did not ask me to go. I asked myself," he said. He said he had apologised to several musicians privately and would not contest the findings.',
      "He said he had apologised",
      "2024-05-17",
    ],
    // Not across a paragraph.
    [
      "The chair of the fund, Derek Osei, was removed by its board on Monday.\n\nThe trustees named the vice-chair, Margaret Lindqvist, as interim chair.",
      "The trustees named",
      "../2024-05-18",
    ],
    // What did not happen does not inherit it.
    [
      "The chair of the fund, Derek Osei, was removed by its board on Monday. The vice-chair, Margaret Lindqvist, did not resign.",
      "The vice-chair",
      "../2024-05-18",
    ],
  ])("%s → %s", (body, start, edtf) => {
    expect(suggestionFor(body, start).edtf).toBe(edtf);
  });
});

describe("suggestEvents dates a report by the words that describe it, before what it found", () => {
  it.each([
    // In the style of the dev half (w10, b11).
    [
      "The executive acted on an independent report, delivered last week, which found that her office had overspent.",
      "2024-05-06/2024-05-12",
    ],
    [
      "Its decision, a 46-page document published on Wednesday, found that engineers had signed off on inspections between March 2017 and January 2019.",
      "2024-05-15",
    ],
    // What it found is no date of its own when nothing describes it.
    ["An audit found that the fund had lost money in March.", "2024-03"],
  ])("%s → %s", (body, edtf) => {
    const result = suggestEvents(article(body));
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.find((s) => s.type === "report")?.date.edtf).toBe(edtf);
  });
});

describe("suggestEvents dates an act told for a set time by that time, not by the telling", () => {
  it.each([
    // In the style of the dev half (b08, b13).
    [
      "Arkwright Holdings said on Thursday that its finance director, Ruth Okafor, would leave the company at the end of July.",
      "Arkwright Holdings said",
      "2024-07",
    ],
    [
      "The retailer cut its forecast on Monday and said its chief executive, Devin Arkwright, would step down in September.",
      "The retailer cut",
      "2024-09",
    ],
    [
      "The company said it would close its stores in Leeds, Hull and Derby in August.",
      "The company said",
      "2024-08",
    ],
    // What will not happen, or only starts a state, is dated by the telling.
    [
      "Veltrun Energy said on Tuesday that it would not renew its sponsorship when the current agreement ends in August.",
      "Veltrun Energy said",
      "2024-05-14",
    ],
    [
      "The company said on Tuesday that it would end fully remote work from June 3.",
      "The company said",
      "2024-05-14",
    ],
  ])("%s → %s", (body, start, edtf) => {
    expect(suggestionFor(body, start).edtf).toBe(edtf);
  });
});

describe("suggestEvents dates a policy a speaker tells for a set time by that time", () => {
  it.each([
    // In the style of the dev half (l12).
    [
      "The chair, Anita Rao, said on Friday that the board would adopt the conflicts policy at its meeting on June 8.",
      "2024-06-08",
    ],
    // With no set time, by the telling.
    [
      "The chair, Anita Rao, said on Friday that the board would adopt a conflicts policy.",
      "2024-05-17",
    ],
  ])("%s → %s", (body, edtf) => {
    const policy = suggestArticle(body).find((s) => s.type === "policy");
    expect(policy?.date.edtf).toBe(edtf);
  });
});
