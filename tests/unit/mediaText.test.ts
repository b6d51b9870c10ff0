import { describe, expect, it } from "vitest";
import { creditLine } from "../../src/lib/creditLine.ts";
import { joinSentences } from "../../src/lib/joinSentences.ts";

describe("creditLine(credit) says Credit once", () => {
  it.each([
    ["AP", "Credit: AP"],
    ["Credit: AP", "Credit: AP"],
    ["credit: AP", "credit: AP"],
    ["CREDITS: AP, Reuters", "CREDITS: AP, Reuters"],
    ["Photo credit: Jane Roe", "Photo credit: Jane Roe"],
    ["Image credit – NASA", "Image credit – NASA"],
    ["Credit Suisse", "Credit: Credit Suisse"],
    ["  Jane Roe ", "Credit: Jane Roe"],
  ])("%j → %j", (credit, line) => {
    expect(creditLine(credit)).toBe(line);
  });
});

describe("joinSentences(texts) ends each sentence once", () => {
  it.each([
    [["A queue", "Credit: AP"], "A queue. Credit: AP"],
    [["A queue.", "Credit: AP"], "A queue. Credit: AP"],
    [["Really?", "Credit: AP"], "Really? Credit: AP"],
    [["Wait…", "Credit: AP"], "Wait… Credit: AP"],
    [["“It rose.”", "A caption"], "“It rose.” A caption"],
    [["(see map.)", "B"], "(see map.) B"],
    [["A queue. ", "", null, undefined, "Credit: AP"], "A queue. Credit: AP"],
    [["Only one"], "Only one"],
    [["e.g", "B"], "e.g. B"],
    [[], ""],
  ])("%j → %j", (texts, joined) => {
    expect(joinSentences(texts)).toBe(joined);
  });
});
