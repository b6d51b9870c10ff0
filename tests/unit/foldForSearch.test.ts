import { describe, expect, it } from "vitest";
import { foldForSearch } from "../../src/state/foldForSearch.ts";

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
