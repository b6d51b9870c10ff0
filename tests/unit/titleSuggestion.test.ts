import { describe, expect, it } from "vitest";
import type { SuggestedType } from "../../src/suggest/classifyClause.ts";
import type { SuggestionFlag } from "../../src/suggest/flagClause.ts";
import { titleSuggestion } from "../../src/suggest/titleSuggestion.ts";

const person = (name: string) => ({ name, id: name.toLowerCase().replace(" ", "-"), known: true });
const LEIKE = person("Jan Leike");
const GOMEZ = person("Maria Gomez");

describe("titleSuggestion(type, people, flags) drafts who does what", () => {
  it.each<[string, SuggestedType, (typeof LEIKE)[], SuggestionFlag[], string]>([
    ["a departure", "departure", [LEIKE], [], "Jan Leike leaves"],
    [
      "two people, joined by 'and'",
      "board",
      [LEIKE, GOMEZ],
      [],
      "Board action: Jan Leike and Maria Gomez",
    ],
    ["an appointment", "appointment", [GOMEZ], [], "Maria Gomez is appointed"],
    ["a statement", "statement", [LEIKE], [], "Jan Leike speaks"],
    ["someone unnamed", "departure", [], [], "Someone leaves"],
    ["a board action, naming whom", "board", [LEIKE], [], "Board action: Jan Leike"],
    ["a report with no one named", "report", [], [], "Report"],
    ["a policy", "policy", [], [], "Policy"],
    ["a denial", "departure", [LEIKE], ["denial"], "Denied: Jan Leike leaves"],
    ["a negation", "departure", [LEIKE], ["negation"], "Not: Jan Leike leaves"],
    ["speculation", "appointment", [LEIKE], ["speculation"], "Speculation: Jan Leike is appointed"],
    [
      "a negation over speculation",
      "departure",
      [LEIKE],
      ["negation", "speculation"],
      "Not: Jan Leike leaves",
    ],
  ])("%s", (_, type, people, flags, title) => {
    expect(titleSuggestion(type, people, flags)).toBe(title);
  });
});
