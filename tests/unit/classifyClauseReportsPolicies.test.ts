import { describe, expect, it } from "vitest";
import { classifyClause } from "../../src/suggest/classifyClause.ts";
import { tagSentences } from "../../src/suggest/tagSentences.ts";

/** The type of a clause standing alone, with the verbs the tagger finds in it. */
const classify = (clause: string) =>
  classifyClause(
    clause,
    tagSentences(clause, [{ start: 0, end: clause.length, text: clause }]).verbs,
  );

// Sentences in the style of news; those marked (dev) are taken from the dev half.
describe("classifyClause reads reports and policies by the broad grammar of news", () => {
  it.each([
    // A document as the place where something is told.
    [
      "said in a note (dev)",
      "Analysts at Fenwick Partners said in a note on Thursday that the penalty was manageable.",
      "report",
    ],
    [
      "wrote in its annual report",
      "The bank wrote in its annual report that losses had doubled.",
      "report",
    ],
    // A document made public.
    [
      "a report delivered",
      "The auditors delivered their report to ministers on Tuesday.",
      "report",
    ],
    ["a review released", "The review was released on Monday.", "report"],
    // A company revising what it expects to earn.
    [
      "a forecast cut (dev)",
      "Hallam & Pryce cut its full-year profit forecast for the second time in three months on Thursday.",
      "report",
    ],
    ["a profit warning", "The retailer warned on profits on Monday.", "report"],
    // Obligations and things no longer done.
    ["must", "From March, staff must work from the office three days a week.", "policy"],
    ["will be required to", "Lenders will be required to hold more capital from 2026.", "policy"],
    ["will no longer", "The company will no longer sell the drug in Europe.", "policy"],
    // Penalties and settlements.
    ["a fine", "The regulator fined the airline 18.5 million euros on Wednesday.", "policy"],
    ["a settlement", "The company settled the lawsuit on Friday.", "policy"],
    // Stopping a thing, not a person.
    [
      "payments frozen (dev)",
      "On Wednesday, the cabinet froze further payments under the scheme.",
      "policy",
    ],
    ["a trial paused", "The company paused the trial in June.", "policy"],
    ["operations halted", "The mine halted operations at two sites on Monday.", "policy"],
    // A rule told to those it binds.
    [
      "a rule told (dev)",
      "Investors had been told the clause would stay in any new version of the deal.",
      "policy",
    ],
    // A rule named before its verb.
    [
      "a rule announced (dev, shortened)",
      "It is a policy the publisher announced in November.",
      "policy",
    ],
  ])("%s", (_name, clause, type) => {
    expect(classify(clause)).toBe(type);
  });

  it.each([
    // Speech in a statement is still a statement; a person suspended is the board's act.
    [
      "said in a statement",
      "Kessler said in a statement on Monday that he was proud of the team.",
      "statement",
    ],
    [
      "a person suspended without a thing",
      "Mensah said on Monday that suspending drivers without a licence was unfair.",
      "statement",
    ],
    ["a person suspended", "The club suspended its coach on Friday.", "board"],
    // "According to" attributes its content: it names no report of its own.
    ["according to a report", "According to the report, the check had been switched off.", null],
  ])("not a report or policy: %s", (_name, clause, type) => {
    expect(classify(clause)).toBe(type);
  });
});
