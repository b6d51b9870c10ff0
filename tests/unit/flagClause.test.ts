import { describe, expect, it } from "vitest";
import { REPORTING } from "../../src/suggest/eventLexicon.ts";
import { flagClause, sayingPart } from "../../src/suggest/flagClause.ts";

describe("flagClause(clause) marks what is not a plain fact", () => {
  it.each([
    ["a plain fact", "Jan Leike resigned on Tuesday.", []],
    ["a negation", "Jan Leike did not resign.", ["negation"]],
    ["'never'", "Jan Leike never resigned.", ["negation"]],
    ["'has no intention'", "Leike has no intention of leaving.", ["negation"]],
    ["a denial", "Jan Leike denied that he had been pushed out.", ["denial"]],
    // A denial says "not" too; it is flagged once, as the stronger.
    ["a denial, not also a negation", "Acme denied that Leike was not paid.", ["denial"]],
    ["speculation", "Ilya Sutskever might join xAI.", ["speculation"]],
    ["'is likely to'", "Ilya Sutskever is likely to step down.", ["speculation"]],
    ["negated speculation", "Leike would not return.", ["negation", "speculation"]],
  ])("%s", (_, clause, flags) => {
    expect(flagClause(clause)).toEqual(flags);
  });
});

describe("flagClause(clause, type) flags the fact of its type, not what was said about it", () => {
  it.each([
    [
      "an announced decision is not speculation",
      "The memo said the company would also remove the allowance.",
      "policy",
      [],
    ],
    ["'will end' is not speculation", "The firm said it will end hybrid work.", "policy", []],
    [
      "'could' stays speculation",
      "The board could restore the original wording.",
      "policy",
      ["speculation"],
    ],
    [
      "'is expected to' stays speculation",
      "Rob Quin is expected to address the policy in October.",
      "statement",
      ["speculation"],
    ],
    ["'may' stays speculation", "The regulator may open an inquiry.", "board", ["speculation"]],
    [
      "a statement is not negated by what it reports",
      "He wrote that he had not been told.",
      "statement",
      [],
    ],
    ["nor made speculation by it", "Ellis told reporters he might not stay.", "statement", []],
    [
      "speculation before the saying still counts",
      "A new director is expected to be named in March, Berg said.",
      "statement",
      ["speculation"],
    ],
    [
      "an attribution after the quote: only the speaker part counts",
      "The committee could summon the executives, said Ines Call, who sits on it.",
      "statement",
      [],
    ],
    [
      "a 'not' inside a quote is the speaker's",
      '"We are not leaving the field," she said.',
      "statement",
      [],
    ],
    [
      "'no plans to' is a negation, not speculation",
      "Nadia Far did not resign and has no plans to step down.",
      "departure",
      ["negation"],
    ],
    ["'May' is the month", "Head of digital Tom Bren, who left in May", "departure", []],
    [
      "a report's findings are not its guesses",
      "A credit report published this week warned that the deal could strain the balance sheet.",
      "report",
      [],
    ],
    [
      "nor its negations",
      "The report, published last week, found that the board had not met.",
      "report",
      [],
    ],
    [
      "a 'not' after the event verb negates something else",
      "Eleven researchers resigned on Monday, accusing the lab of breaking a promise not to sell arms.",
      "departure",
      [],
    ],
    [
      "a 'not' before it negates the event",
      "Ruedi Amm did not step down.",
      "departure",
      ["negation"],
    ],
    [
      "every 'would' after a reporting verb is announced",
      "Haddad said she would lead a new group and that others would join her.",
      "appointment",
      [],
    ],
    [
      "what a denial denies is not speculation",
      "Teo denied that he was considering stepping down.",
      "departure",
      ["denial"],
    ],
  ])("%s", (_, clause, type, flags) => {
    expect(flagClause(clause, type)).toEqual(flags);
  });
});

describe("flagClause(clause, type) negates the event only where its own verb is negated", () => {
  it.each([
    // In the style of the dev half (l11, t08, t11, w08).
    [
      "a 'not' right before the event's verb, after an adjective of its type",
      "Two directors, the retired judge Prakash Menon and Farida Shaikh, have not resigned.",
      "departure",
      ["negation"],
    ],
    [
      "a decision announced with 'would not' is the event",
      "Veltrun Energy said last month that it would not renew its sponsorship.",
      "policy",
      [],
    ],
    [
      "'must not' in what was told",
      "Desai told staff that evaluation results must not be discussed outside the company.",
      "policy",
      [],
    ],
    [
      "a 'not' in what others said later",
      "At least 60 developers have left the studio, and several said that they would not return.",
      "departure",
      [],
    ],
    [
      "a reported negation of the event itself stays one",
      "The company said that Okafor had not resigned.",
      "departure",
      ["negation"],
    ],
    [
      "'is in talks to' is speculation",
      "The university is in talks to appoint her to a chair from September.",
      "appointment",
      ["speculation"],
    ],
  ])("%s", (_, clause, type, flags) => {
    expect(flagClause(clause, type)).toEqual(flags);
  });
});

describe("sayingPart(clause, REPORTING) keeps the saying's time words, not what was said", () => {
  it.each([
    // In the style of the dev half (l09, l12, w08): "wrote to X" takes its hearers first, like "told".
    [
      "Families of several patients wrote to the hospital last week asking for a public meeting.",
      "Families of several patients wrote to the hospital last week asking for a public meeting.",
    ],
    [
      "A nurse wrote to the board in August 2023 that patients were being enrolled.",
      "A nurse wrote to the board in August 2023 ",
    ],
    ["She wrote that the change took effect in July.", "She wrote "],
    // The saying's own time words are not what was said (b10).
    [
      "Lowell Park Capital said earlier this week that it would support the deal.",
      "Lowell Park Capital said earlier this week ",
    ],
    ["The fund said the same day that it would sell.", "The fund said the same day "],
    ["The fund said the deal was done.", "The fund said "],
    ["He told staff on Monday that he would leave in June.", "He told staff on Monday "],
  ])("%s → %j", (clause, part) => {
    expect(sayingPart(clause, REPORTING)).toBe(part);
  });
});
