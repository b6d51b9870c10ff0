import { describe, expect, it } from "vitest";
import { foldForSearch, foldLetters } from "../../src/search/foldForSearch.ts";

describe("foldForSearch(text) makes case, accents and typography not matter", () => {
  it.each([
    ["Jan LEIKE", "jan leike"],
    ["Zürich", "zurich"],
    ["Łódź", "lodz"],
    ["Søren Ærø", "soren aero"],
    ["Straße", "strasse"],
    ["company\u2019s \u201Cmass exodus\u201D", 'company\'s "mass exodus"'],
    ["  many \n\t spaces  ", "many spaces"],
    ["", ""],
  ])("%j → %j", (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });
});

describe("foldLetters(text) folds as foldForSearch does, leaving white space alone", () => {
  it.each([
    ["Jan LEIKE", "jan leike"],
    ["Zürich\u2019s \u201CŁódź\u201D", 'zurich\'s "lodz"'],
    ["  many \n\t spaces  ", "  many \n\t spaces  "],
    ["Straße \n Ærø", "strasse \n aero"],
    ["", ""],
  ])("%j → %j", (text, folded) => {
    expect(foldLetters(text)).toBe(folded);
  });

  it.each(["Jan LEIKE", "  Zürich\u2019s \u201CŁódź\u201D ", "a\n\tb  c", "Søren Ærø"])(
    "collapsing its white space gives foldForSearch: %j",
    (text) => {
      expect(foldLetters(text).replace(/\s+/g, " ").trim()).toBe(foldForSearch(text));
    },
  );
});
