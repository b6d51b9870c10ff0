import { describe, expect, it } from "vitest";
import { checkInvariants } from "../../src/data/checkInvariants.ts";
import type { Dataset } from "../../src/data/datasetSchema.ts";

const article = {
  id: "art",
  kind: "article",
  publisher: "P",
  title: "An article",
  url: null,
  published: null,
  text: { path: "a.txt", sha256: "0".repeat(64), length: 51 },
};
const reference = { ...article, id: "ref", kind: "reference", title: "A report" };
delete (reference as { text?: unknown }).text;
/** The article's body starts after its header (a date line and a blank line, 31 characters). */
const BODY = 31;
/** A quote `start`–`end` characters into the article's body. */
const quote = (start: number, end: number, source = "art") => ({
  source,
  exact: "x".repeat(Math.max(0, end - start)),
  prefix: "",
  suffix: "",
  start: BODY + start,
  end: BODY + end,
});
const day = { edtf: "2024-05-14", start: "2024-05-14", end: "2024-05-14", precision: "day" };

/** A one-event dataset; `event` overrides the event's fields. */
function dataset(event: Record<string, unknown>, more: Record<string, unknown> = {}): Dataset {
  return {
    version: 1,
    title: "T",
    description: "D",
    sources: [article, reference],
    people: [{ id: "ann", name: "Ann", description: "d" }],
    events: [
      {
        id: "e",
        type: "report",
        title: "E",
        summary: "s",
        people: ["ann"],
        excerpts: [quote(0, 5)],
        date: { ...day, basis: "b", references: [] },
        ...event,
      },
    ],
    ...more,
  } as unknown as Dataset;
}
const check = (d: Dataset) => {
  const { dataset: out, problems } = checkInvariants(d);
  return { event: out.events[0], problems: problems.map((p) => [p.path, p.reason]) };
};

describe("checkInvariants mends an event that names what is not there, keeping the rest", () => {
  it("drops a person not in the dataset and keeps the one that is", () => {
    const { event, problems } = check(dataset({ people: ["ann", "bob"] }));
    expect(event?.people).toEqual(["ann"]);
    expect(event?.title).toBe("E");
    expect(problems).toEqual([
      ["events[0].people[1]", 'no person "bob" in this dataset; reference left out'],
    ]);
  });

  it("drops a reference to a missing source and keeps the date", () => {
    const { event } = check(dataset({ date: { ...day, basis: "b", references: ["ref", "gone"] } }));
    expect(event?.date).toEqual({ ...day, basis: "b", references: ["ref"] });
  });

  it.each([
    ["ending before it starts", quote(5, 3), "ends (34) before it starts (36); excerpt left out"],
    [
      "past the end of its article",
      quote(15, 21),
      "ends at 52, past the end of its article (51 characters); excerpt left out",
    ],
    [
      "of no length with a quote",
      { ...quote(4, 4), exact: "x" },
      "offsets 35–35 span 0 characters, but the quote has 1; excerpt left out",
    ],
  ])("leaves out an excerpt %s", (_, bad, reason) => {
    const { event, problems } = check(dataset({ excerpts: [quote(0, 5), bad] }));
    expect(event?.excerpts).toEqual([quote(0, 5)]);
    expect(problems).toEqual([["events[0].excerpts[1]", reason]]);
  });

  it.each([
    ["ending at its article's last character", quote(15, 20)],
    ["of a reference, whose length is not known", quote(100, 105, "ref")],
  ])("keeps an excerpt %s", (_, good) => {
    expect(check(dataset({ excerpts: [good] })).problems).toEqual([]);
  });

  it.each([
    ["a plain-string note", "Check this"],
    ["a note naming no excerpt", { kind: "wrong", text: "Wrong" }],
  ])("keeps %s when an excerpt is left out", (_, note) => {
    const { event } = check(dataset({ excerpts: [quote(0, 5), quote(5, 3)], note }));
    expect(event?.note).toEqual(note);
    expect(event?.excerpts).toHaveLength(1);
  });

  it.each<[string, number[], Record<string, unknown>]>([
    ["follow their excerpts to where they now stand", [0, 2], { excerpts: [0, 1] }],
    ["stop naming one left out", [1, 2], { excerpts: [1] }],
    ["fall back to the event when all they named are gone", [1], {}],
    ["stop naming one that never was", [2, 7], { excerpts: [1] }],
  ])("a note's excerpts %s", (_, named, expected) => {
    const { event } = check(
      dataset({
        excerpts: [quote(0, 5), quote(5, 3), quote(6, 8)],
        note: { kind: "vague", text: "Vague", excerpts: named },
      }),
    );
    expect(event?.note).toEqual({ kind: "vague", text: "Vague", ...expected });
  });

  it("names a note's missing excerpt by its place in the note", () => {
    const { problems } = check(
      dataset({ note: { kind: "vague", text: "Vague", excerpts: [0, 3] } }),
    );
    expect(problems).toEqual([
      [
        "events[0].note.excerpts[1]",
        "names excerpt 3, which is not there; the note now stands for the event",
      ],
    ]);
  });
});

describe("checkInvariants names repeats in every section", () => {
  it.each([
    [
      "sources",
      { sources: [article, article] },
      "sources[1].id",
      'repeats the id "art" of sources[0]; source left out',
    ],
    [
      "eras",
      {
        eras: [
          { id: "x", title: "X", start: "2024-01-01", end: "2024-01-02" },
          { id: "x", title: "Y", start: "2024-01-01", end: "2024-01-02" },
        ],
      },
      "eras[1].id",
      'repeats the id "x" of eras[0]; era left out',
    ],
  ])("%s", (_, more, path, reason) => {
    expect(check(dataset({}, more)).problems).toEqual([[path, reason]]);
  });

  it("an era with both ends impossible names its start", () => {
    const eras = [{ id: "x", title: "X", start: "2024-02-30", end: "2023-02-29" }];
    expect(check(dataset({}, { eras })).problems).toEqual([
      ["eras[0]", "2024-02-30 is not a day of the calendar; era left out"],
    ]);
  });
});
