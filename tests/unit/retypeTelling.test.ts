import { describe, expect, it } from "vitest";
import { classifyClause } from "../../src/suggest/classifyClause.ts";
import { retypeTelling } from "../../src/suggest/retypeTelling.ts";
import { suggestEvents } from "../../src/suggest/suggestEvents.ts";
import { tagSentences } from "../../src/suggest/tagSentences.ts";
import { article, suggestArticle } from "../suggest/suggestArticle.ts";

/** An article in the corpus format, published on Saturday 18 May 2024. */
/** Each suggestion of an article as "type [people] flags". */
function suggested(body: string): string[] {
  return suggestArticle(body).map(
    (s) =>
      `${s.type} [${s.people.map((p) => p.name).join(", ")}]${s.flags.length ? ` ${s.flags}` : ""}`,
  );
}

describe("a clause that tells something is typed by who tells what", () => {
  it.each([
    [
      "an organisation announcing what it will do decides a policy",
      "The Lockhart Trust said on Friday that it would pause its next grant payment.",
      ["policy []"],
    ],
    [
      "so does one told without a subject of its own, beside the fine before it (also a policy)",
      "The league fined the club and said it would publish all sponsorship deals from next season.",
      ["policy []", "policy []"],
    ],
    [
      "an organisation taking a side states a view, decides no policy",
      "Harbour Capital, which owns 9 percent, said it would support any offer above 40 pence.",
      [],
    ],
    [
      "a person telling of someone's leaving makes a statement",
      "Board chair Anna Petrov resigned on Monday. A spokesman, Tom Hale, said Petrov had resigned for personal reasons.",
      ["departure [Anna Petrov]", "statement [Tom Hale]"],
    ],
    [
      "a person telling of a leaving not yet reported makes a statement and tells the event",
      "A spokeswoman, Ines Moreau, said Karl Lind was not fired.",
      ["statement [Ines Moreau]", "departure [Karl Lind] negation"],
    ],
    [
      "a person telling what an institution will do states it and tells a policy",
      "Omar Reyes, the health minister, told parliament on Tuesday that the government would require every hospital to publish its waiting lists.",
      ["statement [Omar Reyes]", "policy []"],
    ],
    [
      "a written code an institution will publish is a policy it sets",
      "Vivian Holl, the chief executive, said the company would also publish a written code guaranteeing editors' independence.",
      ["statement [Vivian Holl]", "policy []"],
    ],
    [
      "a saying in a time clause after the act dates it and is not the subject's statement",
      "Energy Minister Camila Arancibia resigned on Thursday, a week after the comptroller's office said her ministry had overpaid distributors.",
      ["departure [Camila Arancibia]"],
    ],
    [
      "so is a saying in a when clause",
      "Raymond Okafor was dismissed on Monday, when the board said its inquiry had ended.",
      ["departure [Raymond Okafor]"],
    ],
    [
      "a saying joined by and is the subject's own",
      "Camila Arancibia resigned on Thursday and said she had acted with a clear conscience.",
      ["departure [Camila Arancibia]", "statement [Camila Arancibia]"],
    ],
    [
      "a denial is of the event denied",
      "Sara Quint denied on Monday that the board had forced her out.",
      ["departure [Sara Quint] denial"],
    ],
    [
      "a denial and a saying of one speaker give both",
      "Tom Keel denied that he had been asked to step down, and he said the decision had been agreed weeks ago.",
      ["departure [Tom Keel] denial", "statement [Tom Keel]"],
    ],
    [
      "an organisation telling an act already reported makes a statement",
      "Quillon fired its chief scientist, Aaron Feld, on Friday. The board said in a statement that Feld was dismissed for cause.",
      ["departure [Aaron Feld]", "statement [Aaron Feld]"],
    ],
    [
      "an organisation telling an act first reports the act",
      "Harborline said on Monday that its chief executive, Marta Kessler, had resigned.",
      ["departure [Marta Kessler]"],
    ],
    [
      "an announced act is that act",
      "Lena Brandt announced her resignation as rector on Thursday.",
      ["departure [Lena Brandt]"],
    ],
    [
      "a source cited inside a clause is not its speaker",
      "One director, Paul Rees, had argued for a delay, two people said, but he did not resign.",
      ["departure [Paul Rees] negation"],
    ],
    [
      "a call for someone's leaving is a statement of whoever called",
      "Councillor Hanne Vos, who called for the mayor's resignation last month, said on Sunday that the council should act.",
      ["statement [Hanne Vos]", "statement [Hanne Vos]"],
    ],
    [
      "an open letter urging a step is a statement, not the step",
      "In an open letter last week, more than 40 members of staff urged the trustees to publish the audit in full.",
      ["statement []"],
    ],
    [
      "an act with a named person's call besides gives both",
      "He did not resign, though the artist Ngozi Lamb called for him to go.",
      ["departure [Ngozi Lamb] negation", "statement [Ngozi Lamb]"],
    ],
    [
      "a meeting to be called is no call",
      "A congress is expected to be called for April, when delegates could elect a new president.",
      ["appointment [] speculation"],
    ],
    [
      "an act and its doer's saying in one clause give both, each dated by its own words",
      "Chief executive Tom Walsh did not step down and said on Friday that he retained the board's support.",
      ["departure [Tom Walsh] negation", "statement [Tom Walsh]"],
    ],
    [
      "a source cited inside a relative clause is no speaker",
      "The board removed its chairman, Dan Ruiz, on Thursday over records that inspectors said had been falsified.",
      ["board [Dan Ruiz]"],
    ],
    [
      "a subject with a name in apposition speaks what follows",
      "The chair of trustees, Alan Fairb, said the review left the board no real choice.",
      ["statement [Alan Fairb]"],
    ],
    [
      "a predicate's speaker is the sentence's subject",
      "Federation president Jorge Almeida stepped down on Tuesday. Almeida, who had led the federation since 2016, said in a letter to member associations that he was resigning.",
      ["departure [Jorge Almeida]", "appointment [Jorge Almeida]", "statement [Jorge Almeida]"],
    ],
    [
      "the attribution after the event leaves the event",
      "Finance chief Mark Ode will leave the company in June, the bank said.",
      ["departure [Mark Ode]"],
    ],
  ])("%s", (_, body, types) => {
    expect(suggested(body)).toEqual(types);
  });
});

describe("retypeTelling(text, type, context) on its own", () => {
  const context = (text: string) => {
    const verbs = tagSentences(text, [{ start: 0, end: text.length, text }]).verbs;
    return {
      typeOf: (words: string) => classifyClause(words, verbs),
      namesPerson: (words: string) => /Moreau/.test(words),
    };
  };
  it.each([
    ["no telling keeps the type", "Karl Lind resigned.", "departure", "departure", null],
    [
      "a passive is no telling",
      "She is expected to be confirmed in June.",
      "appointment",
      "appointment",
      null,
    ],
    [
      "a person's telling",
      "Ines Moreau said Karl Lind had resigned.",
      "departure",
      "statement",
      "departure",
    ],
  ] as const)("%s", (_, text, type, want, also) => {
    const telling = retypeTelling(text, type, context(text));
    expect([telling.type, telling.also]).toEqual([want, also]);
  });
});

describe("the act and the saying of one clause are dated apart", () => {
  it("dates the act by its words and the statement by its saying", () => {
    const result = suggestEvents(
      article(
        "Kwame Osei, an organiser who quit the executive in January, said on Sunday that members had lost patience.",
      ),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.map((s) => [s.type, s.date.edtf])).toEqual([
      ["departure", "2024-01"],
      ["statement", "2024-05-12"],
    ]);
  });
});

describe("events told with an attribution after them are read by the lexicon", () => {
  it.each([
    [
      "a leaving to come, with a modal",
      "More researchers could leave in March, two of the people said.",
      ["departure [] speculation"],
    ],
    [
      "a post given by 'would chair'",
      "The carrier said non-executive director Siobhan Kerr would chair the board on an interim basis.",
      ["appointment [Siobhan Kerr]"],
    ],
    [
      "'become finance chief'",
      "Halcyon's finance chief, Oren Baptiste, is expected to become finance chief of the combined company, people familiar with the matter said.",
      ["appointment [Oren Baptiste] speculation"],
    ],
  ])("%s", (_, body, types) => {
    expect(suggested(body)).toEqual(types);
  });
});
