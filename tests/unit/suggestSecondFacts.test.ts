import { describe, expect, it } from "vitest";
import { headVerb } from "../../src/suggest/tagSentences.ts";
import { suggestArticle } from "../suggest/suggestArticle.ts";

// Facts the suggester used to miss or mistype: a post held since a date, told in an apposition
// or a relative clause beside another fact; speech told by other verbs; an agreement with a
// regulator; a post handed on in the passive. Sentences are written for these tests in the style
// of wire news; those marked "dev" paraphrase a sentence of the dev half.

/** Each suggestion's type, date, people, flags and words, for a one-paragraph article. */
function suggested(body: string) {
  return suggestArticle(body).map((s) => ({
    type: s.type,
    edtf: s.date.edtf,
    people: s.people.map((p) => p.name),
    flags: s.flags,
    exact: s.excerpt.exact,
  }));
}

describe("a post held since a date is an appointment dated by the start of the span", () => {
  it.each([
    [
      "an apposition naming the post (dev)",
      "Javiera Salinas, a commissioner since 2016, stepped down on Monday.",
      "Javiera Salinas, a commissioner since 2016",
      "2016",
    ],
    [
      "an age before the relative clause (dev)",
      "Raymond Okafor, 54, who has led the department since January 2018, resigned on Friday.",
      "Raymond Okafor, 54, who has led the department since January 2018",
      "2018-01",
    ],
    [
      "sat on a board, before an irregular verb (dev)",
      "Gwen Hollis, a retired solicitor who had sat on the board of the trust since 2009, stood up and resigned.",
      "Gwen Hollis, a retired solicitor who had sat on the board of the trust since 2009",
      "2009",
    ],
    [
      "worked at a company (dev)",
      "Paolo Gatti has worked at Ferrandi since 2009 and previously ran a plant in Foggia.",
      "Paolo Gatti has worked at Ferrandi since 2009 and previously ran a plant in Foggia.",
      "2009",
    ],
    [
      "been in a post (dev)",
      "Her deputy, Tomasz Wiśniewski, who has been deputy head of safety since March, will stand in.",
      "Her deputy, Tomasz Wiśniewski, who has been deputy head of safety since March",
      "2024-03",
    ],
  ])("%s", (_, body, exact, edtf) => {
    expect(suggested(body)).toContainEqual(
      expect.objectContaining({ type: "appointment", exact, edtf }),
    );
  });

  it("the predicate after the apposition is a fact of its own (dev)", () => {
    expect(
      suggested("Javiera Salinas, a commissioner since 2016, stepped down on Monday."),
    ).toContainEqual(
      expect.objectContaining({
        type: "departure",
        exact: "stepped down on Monday.",
        people: ["Javiera Salinas"],
        edtf: "2024-05-13",
      }),
    );
  });

  it("a season-ticket holder since 1974 holds no post", () => {
    expect(
      suggested('"It is a disgrace," said Alan Pickavance, a season-ticket holder since 1974.').map(
        (s) => s.type,
      ),
    ).not.toContain("appointment");
  });
});

describe("a post given, told without the usual verbs", () => {
  it.each([
    [
      "becoming an owner, after a possessive (dev)",
      "Conrad Valemont, a property investor who became the club's owner and chairman in 2017, left at half-time.",
      "2017",
    ],
    [
      "a person who took over something (dev)",
      "Helen Marchetti, 58, a physicist who took over the journal in 2012 from its founder, is not given to anger.",
      "2012",
    ],
  ])("%s", (_, body, edtf) => {
    expect(suggested(body)).toContainEqual(expect.objectContaining({ type: "appointment", edtf }));
  });

  it("a post handed on in the passive goes to the agent, not to the one replaced (dev)", () => {
    const found = suggested(
      "Rachel Ashdown, who joined the group in 2017, will be replaced by Priya Lal, the deputy finance chief at Osgood.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ type: "appointment", people: ["Priya Lal"] }),
    );
  });

  it("an organisation that takes over another is no one's appointment", () => {
    expect(
      suggested("Dresmann, which took over its rival in 2020, cut 300 jobs on Monday.").map(
        (s) => s.type,
      ),
    ).not.toContain("appointment");
  });
});

describe("speech and agreements told by other verbs", () => {
  it.each([
    [
      "answering someone's words (dev)",
      "Carlo Ferrandi did not respond to her remarks.",
      "statement",
    ],
    [
      "commenting in public (dev)",
      "Nimbara's chief executive, Pavel Rusnak, has not commented publicly on the outage.",
      "statement",
    ],
    [
      "agreeing with a regulator to do something (dev)",
      "The insurer agreed with the authority earlier this month to hold an extra £150 million of capital.",
      "policy",
    ],
    [
      "an organisation losing its post-holder (dev)",
      "Hopwell lost its head of safety on Monday, three days before the licence hearing.",
      "departure",
    ],
  ])("%s", (_, body, type) => {
    expect(suggested(body).map((s) => s.type)).toContain(type);
  });

  it.each([
    [
      "no answer to a request for comment",
      "Graham Tulloch did not respond to a request for comment.",
    ],
    ["no answer to emails", "Dermot Haskell did not respond to emails on Tuesday."],
  ])("%s is the article's sourcing, not a statement", (_, body) => {
    expect(suggested(body)).toEqual([]);
  });

  it("a summing-up apposition does not negate the clause it sums up (dev)", () => {
    const found = suggested(
      "The insurer agreed with the authority earlier this month to hold more capital, a step it had not disclosed until now.",
    );
    expect(found).toContainEqual(expect.objectContaining({ type: "policy", flags: [] }));
  });
});

describe("a past tense the tagger leaves unconjugated is read by its infinitive", () => {
  it.each([
    ["said", "say"],
    ["told", "tell"],
    ["wrote", "write"],
    ["added", "add"],
  ])("%s → %s", (form, infinitive) => {
    expect(headVerb(form)).toBe(infinitive);
  });

  it("'said last month' is a statement (dev)", () => {
    expect(
      suggested(
        "The Latvian Union of Journalists said last month that the affair had damaged the broadcaster.",
      ),
    ).toContainEqual(expect.objectContaining({ type: "statement", edtf: "2024-04" }));
  });
});
