import { describe, expect, it } from "vitest";
import { classifyClause, mainClause } from "../../src/suggest/classifyClause.ts";
import { tagSentences } from "../../src/suggest/tagSentences.ts";

/** The type of a clause standing alone, with the verbs the tagger finds in it. */
const classify = (clause: string) =>
  classifyClause(
    clause,
    tagSentences(clause, [{ start: 0, end: clause.length, text: clause }]).verbs,
  );

describe("classifyClause(clause, verbs) names the event a clause reports", () => {
  it.each([
    ["a verb of leaving", "Jan Leike resigned on Tuesday.", "departure"],
    ["'stepped down'", "Leike stepped down from the board.", "departure"],
    ["'were departing' (a form of 'be' before it)", "Staff were departing in droves.", "departure"],
    ["'named' someone", "Acme named Mary Stone as chief executive.", "appointment"],
    ["'was named'", "Altman was named in the suit.", "appointment"],
    ["speculation still has a type", "Ilya Sutskever might join xAI.", "appointment"],
    ["a board acting", "The board voted to remove Altman.", "board"],
    ["a report of a board acting", "The Times reported that Altman was ousted.", "board"],
    ["a verb of speaking", "Jan Leike said on X that safety had taken a back seat.", "statement"],
    ["a new rule", "The company introduced new rules for departing staff.", "policy"],
    [
      "an event noun where no verb names one",
      "The departures of two researchers shook the lab.",
      "departure",
    ],
    [
      "a headline's words, untagged",
      "Read Next: Sutskever Who Quit OpenAI Likely To Join xAI",
      "departure",
    ],
    // The main clause's event, not its aside's: "joined" is what Kessler did before.
    [
      "the main clause over its relative clause",
      "Kessler, who joined in 2014, told staff she was proud.",
      "statement",
    ],
    // What is not an event.
    ["nothing for the weather", "The weather in San Francisco was mild.", null],
    ["not 'stepped' on a rake", "Leike stepped on a rake.", null],
    ["not a leave of absence", "Leike is on leave of absence.", null],
    ["not 'departing' as an adjective", "The departing staff were thanked.", null],
  ])("%s", (_, clause, type) => {
    expect(classify(clause)).toBe(type);
  });
});

describe("mainClause(clause) drops asides between commas", () => {
  it.each([
    ["a relative clause", "Kessler, who joined in 2014, told staff.", "Kessler, told staff."],
    ["an aside with 'now'", "Acme, now a unit of Bolt, hired Ray.", "Acme, hired Ray."],
    [
      "nothing from a clause without one",
      "Leike resigned, citing safety.",
      "Leike resigned, citing safety.",
    ],
  ])("%s", (_, clause, main) => {
    expect(mainClause(clause)).toBe(main);
  });
});
