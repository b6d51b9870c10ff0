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
      "a past act of a company",
      "The company adopted a policy on Tuesday requiring an audit of all trial data.",
      ["policy: The company adopted a policy on Tuesday requiring an audit of all trial data."],
    ],
  ])("%s", (_, paragraph, expected) => {
    expect(proposed(paragraph)).toEqual(expected);
  });
});
