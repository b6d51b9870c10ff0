import { describe, expect, it } from "vitest";
import { suggestEvents } from "../../src/suggest/suggestEvents.ts";

/** The types and excerpts proposed for a one-paragraph article published on 12 Jan 2023. */
function proposed(paragraph: string): string[] {
  const result = suggestEvents(`Thu, 12 Jan 2023 08:05:00 GMT\n\n${paragraph}`);
  if (!result.ok) throw new Error(result.reason);
  return result.data.map((s) => `${s.type}: ${s.excerpt.exact}`);
}

describe("suggestEvents proposes no event for market colour or a state of things", () => {
  it.each<[string, string, string[]]>([
    [
      "a share price that moved",
      "Hallam & Pryce's shares have now lost 38 percent since October, when the company first warned on profit.",
      [],
    ],
    [
      "a share price that moved since an event",
      "Quellwater's shares have fallen 18 percent since August, when the company first disclosed what it called “unusual activity” on a server.",
      [],
    ],
    [
      "a sales figure given by the company",
      "Like-for-like sales fell 6.2 percent in the five weeks to 7 January, it said.",
      [],
    ],
    [
      "results the company reported: the report is an event",
      "Ventora reported on Tuesday that second-quarter profit fell 34 percent.",
      ["report: Ventora reported on Tuesday that second-quarter profit fell 34 percent."],
    ],
    [
      "a condition the deal still has to meet",
      "The deal still requires approval from regulators in Washington and Brussels.",
      [],
    ],
    [
      "what a rule requires, told in the present",
      "It requires every paper to be cleared by the sales team, and bars researchers from publishing benchmark results.",
      [],
    ],
    [
      "a present main verb after a relative clause aside",
      "The policy, which takes effect in March, also requires staff to disclose any use of AI.",
      [],
    ],
    [
      "a comparison in the present with a perfect inside it",
      "The fine is the largest the regulator has imposed on a Dutch carrier.",
      [],
    ],
    [
      "a present main verb whose relative clause tells a past act",
      "Its chair, Maria Ostrowska, is a retired nurse who has run the trust since 2014.",
      [
        "appointment: Its chair, Maria Ostrowska, is a retired nurse who has run the trust since 2014.",
      ],
    ],
    [
      "a present-looking word inside an aside is not the main verb",
      "Corvane AI, the lab behind the Quill models, has rewritten its release policy.",
      ["policy: Corvane AI, the lab behind the Quill models, has rewritten its release policy."],
    ],
    [
      "a term of an agreement",
      "Under the agreement, Corvo shareholders will receive 12 euros a share in cash.",
      [],
    ],
    [
      "a term of the same deal",
      "Under the same deal, the audit team will report directly to the board.",
      [],
    ],
    [
      "an act done under an agreement is typed by its own verb",
      "Under the agreement, Lindahl will step down at the annual meeting on June 26.",
      ["departure: Under the agreement, Lindahl will step down at the annual meeting on June 26."],
    ],
    [
      "a plural subject's present (dev half, l09)",
      "The board's own guidelines suggest six weeks.",
      [],
    ],
    [
      "a plural subject's present with an infinitive after it",
      "The rules require each editor to handle 40 manuscripts a year.",
      [],
    ],
    [
      "a statement in the present tense of saying is still speech",
      "Huddlepost says it has not cut its moderation budget.",
      ["statement: Huddlepost says it has not cut its moderation budget."],
    ],
    [
      "a present inside a quotation does not make its saying a state",
      '"The timing is his choice, and we respect it," Ruiz said on a call with analysts on Monday.',
      [
        'statement: "The timing is his choice, and we respect it," Ruiz said on a call with analysts on Monday.',
      ],
    ],
    [
      "a verb spelled the same in the past is not read as present",
      "The directors set a new policy on Tuesday.",
      ["policy: The directors set a new policy on Tuesday."],
    ],
    [
      "a past act of a company",
      "The company adopted a policy on Tuesday requiring an audit of all trial data.",
      ["policy: The company adopted a policy on Tuesday requiring an audit of all trial data."],
    ],
  ])("%s", (_, paragraph, expected) => {
    expect(proposed(paragraph)).toEqual(expected);
  });
});

describe("suggestEvents proposes a telling once with the occasion fronted before its subject", () => {
  it.each<[string, string, string[]]>([
    [
      "a memo before the speaker",
      "In a memo sent to staff on Wednesday, Farquhar said that no branches would close in 2022.",
      [
        "policy: In a memo sent to staff on Wednesday, Farquhar said that no branches would close in 2022.",
      ],
    ],
    [
      "a participle of speaking before a pronoun",
      "Speaking to reporters on Thursday, he said he had not known about the study until last summer.",
      [
        "statement: Speaking to reporters on Thursday, he said he had not known about the study until last summer.",
      ],
    ],
    [
      "a participle of speaking before a name",
      "Speaking to analysts on a conference call on Saturday, Achterberg said the group expected savings of 150 million dollars a year.",
      [
        "statement: Speaking to analysts on a conference call on Saturday, Achterberg said the group expected savings of 150 million dollars a year.",
      ],
    ],
  ])("%s", (_, paragraph, expected) => {
    expect(proposed(paragraph)).toEqual(expected);
  });
});
