import { describe, expect, it } from "vitest";
import { flagClause } from "../../src/suggest/flagClause.ts";

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
