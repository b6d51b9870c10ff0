import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkInvariants } from "../../src/data/checkInvariants.ts";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import type { LoadProblem } from "../../src/data/loadProblem.ts";
import { repairLinks } from "../../src/data/repairLinks.ts";

const published = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;

/** A deep copy of the published dataset with one change. */
// biome-ignore lint/suspicious/noExplicitAny: the changes write values the types forbid, on purpose.
function changed(edit: (d: any) => void): Dataset {
  const copy = structuredClone(published);
  edit(copy);
  return copy;
}

/** The item a problem should name: the title (a person's name) and id of the one at `i`. */
const event = (i: number) => (d: Dataset) => ({ title: d.events[i]?.title, id: d.events[i]?.id });
const source = (i: number) => (d: Dataset) => ({
  title: d.sources[i]?.title,
  id: d.sources[i]?.id,
});
const person = (i: number) => (d: Dataset) => ({ title: d.people[i]?.name, id: d.people[i]?.id });
const era = (i: number) => (d: Dataset) => ({ title: d.eras?.[i]?.title, id: d.eras?.[i]?.id });

describe("checkInvariants(dataset) keeps the rules a schema cannot say", () => {
  it("returns a valid dataset unchanged, with no problem", () => {
    const checked = checkInvariants(published);
    expect(checked.dataset).toBe(published);
    expect(checked.problems).toEqual([]);
  });

  it.each([
    [
      "a repeated event id",
      changed((d) => (d.events[5].id = d.events[2].id)),
      {
        path: "events[5].id",
        reason: 'repeats the id "altman-ousting-fails" of events[2]; event left out',
        leftOut: true,
      },
      13,
      event(5),
    ],
    [
      "an unknown person",
      changed((d) => d.events[1].people.push("nobody")),
      {
        path: "events[1].people[1]",
        reason: 'no person "nobody" in this dataset; reference left out',
      },
      14,
      event(1),
    ],
    [
      "an unknown date reference",
      changed((d) => (d.events[1].date.references = ["nowhere"])),
      {
        path: "events[1].date.references[0]",
        reason: 'no source "nowhere" in this dataset; reference left out',
      },
      14,
      event(1),
    ],
    [
      "an excerpt of an unknown source",
      changed((d) => (d.events[0].excerpts[0].source = "nowhere")),
      {
        path: "events[0].excerpts[0]",
        reason: 'no source "nowhere" in this dataset; excerpt left out',
      },
      14,
      event(0),
    ],
    [
      "offsets that do not span the quote",
      changed((d) => (d.events[0].excerpts[0].end += 3)),
      {
        path: "events[0].excerpts[0]",
        reason: "offsets 617–694 span 77 characters, but the quote has 74; excerpt left out",
      },
      14,
      event(0),
    ],
    [
      "offsets past the end of the article",
      changed((d) => {
        const x = d.events[0].excerpts[0];
        x.start = 3200;
        x.end = 3200 + x.exact.length;
      }),
      {
        path: "events[0].excerpts[0]",
        reason: "ends at 3274, past the end of its article (3210 characters); excerpt left out",
      },
      14,
      event(0),
    ],
    [
      "a date that ends before it starts",
      changed((d) => (d.events[3].date.end = "2024-03-01")),
      {
        path: "events[3].date",
        reason: "ends (2024-03-01) before it starts (2024-04-01); event left out",
        leftOut: true,
      },
      13,
      event(3),
    ],
    [
      "a day that is not in the calendar",
      changed((d) => (d.events[4].date.end = "2024-02-31")),
      {
        path: "events[4].date.end",
        reason: "2024-02-31 is not a day of the calendar; event left out",
        leftOut: true,
      },
      13,
      event(4),
    ],
    [
      "a link the browser cannot read",
      changed((d) => (d.sources[0].url = "http://%zz/")),
      {
        path: "sources[0].url",
        reason: '"http://%zz/" is not an http(s) link; shown without a link',
      },
      14,
      source(0),
    ],
    [
      "a repeated person id",
      changed((d) => d.people.push({ ...d.people[0] })),
      {
        path: "people[7].id",
        reason: 'repeats the id "daniel-kokotajlo" of people[0]; person left out',
        leftOut: true,
      },
      14,
      person(7),
    ],
    [
      "an era that ends before it starts",
      changed((d) => (d.eras[0].end = "2023-11-01")),
      {
        path: "eras[0]",
        reason: "ends (2023-11-01) before it starts (2023-11-17); era left out",
        leftOut: true,
      },
      14,
      era(0),
    ],
  ])("%s is listed and left out, naming its item", (_, dataset, problem, events, item) => {
    const checked = checkInvariants(dataset);
    expect(checked.problems).toEqual([{ ...problem, item: item(dataset) }]);
    expect(checked.dataset.events).toHaveLength(events);
  });

  it("names the first of an id's places for each repeat, and keeps the first", () => {
    const dataset = changed((d) => {
      d.events[5].id = d.events[2].id;
      d.events[7].id = d.events[2].id;
    });
    const checked = checkInvariants(dataset);
    expect(checked.problems).toEqual(
      [5, 7].map((i) => ({
        path: `events[${i}].id`,
        reason: 'repeats the id "altman-ousting-fails" of events[2]; event left out',
        leftOut: true,
        item: event(i)(dataset),
      })),
    );
    expect(checked.dataset.events.filter((e) => e.id === "altman-ousting-fails")).toEqual([
      dataset.events[2],
    ]);
  });

  it("names items by where they stood in the file", () => {
    const dataset = changed((d) => (d.events[1].id = d.events[0].id));
    const checked = checkInvariants(dataset, {
      events: [0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
    });
    expect(checked.problems[0]?.path).toBe("events[4].id");
  });
});

describe("repairLinks(json) takes out every link that is not http(s), keeping the text", () => {
  it("names the source or event whose link it takes out", () => {
    const problems: LoadProblem[] = [];
    repairLinks(
      {
        sources: [{ id: "s", title: "A report", url: "javascript:x" }],
        events: [{ id: "e", title: "An event", media: { url: "data:x" } }],
      },
      problems,
    );
    expect(problems.map((p) => [p.path, p.item])).toEqual([
      ["sources[0].url", { title: "A report", id: "s" }],
      ["events[0].media.url", { title: "An event", id: "e" }],
    ]);
  });

  it.each([
    [
      "a source url",
      { sources: [{ url: "javascript:alert(1)" }] },
      "sources[0].url",
      { sources: [{ url: null }] },
    ],
    [
      "a media url",
      { events: [{ media: { url: "data:text/html,x" } }] },
      "events[0].media.url",
      { events: [{ media: { url: null } }] },
    ],
    [
      "a body link",
      { events: [{ body: [{ text: "see" }, { text: "here", href: "vbscript:x" }] }] },
      "events[0].body[1].href",
      { events: [{ body: [{ text: "see" }, { text: "here" }] }] },
    ],
  ])("%s", (_, json, path, repaired) => {
    const problems: LoadProblem[] = [];
    const input = structuredClone(json);
    expect(repairLinks(json, problems)).toEqual(repaired);
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(json).toEqual(input);
  });

  it.each([
    ["https", "https://example.com/a"],
    ["http", "http://example.com/a"],
  ])("keeps %s links", (_, url) => {
    const problems: LoadProblem[] = [];
    expect(repairLinks({ sources: [{ url }] }, problems)).toEqual({ sources: [{ url }] });
    expect(problems).toEqual([]);
  });
});

describe("checkInvariants keeps a note on the excerpts it concerns", () => {
  const at = published.events.findIndex((e) => e.id === "pachocki-named-chief-scientist");
  it.each([
    ["valid indexes", (_: unknown) => {}, [1], 0],
    [
      "an index past the excerpts",
      // biome-ignore lint/suspicious/noExplicitAny: writes what the types forbid, on purpose.
      (e: any) => (e.note.excerpts = [1, 5]),
      [1],
      1,
    ],
    [
      "the excerpt before it left out (the index follows its excerpt)",
      // biome-ignore lint/suspicious/noExplicitAny: writes what the types forbid, on purpose.
      (e: any) => (e.excerpts[0].source = "nowhere"),
      [0],
      1,
    ],
    [
      "its only excerpt left out (the note stands for the event)",
      // biome-ignore lint/suspicious/noExplicitAny: writes what the types forbid, on purpose.
      (e: any) => (e.excerpts[1].source = "nowhere"),
      undefined,
      2,
    ],
  ])("%s", (_, edit, excerpts, problemCount) => {
    const checked = checkInvariants(changed((d) => edit(d.events[at])));
    const note = checked.dataset.events.find(
      (e) => e.id === "pachocki-named-chief-scientist",
    )?.note;
    expect(note).toMatchObject({ kind: "wrong" });
    expect(typeof note === "object" ? note.excerpts : note).toEqual(excerpts);
    expect(checked.problems).toHaveLength(problemCount);
  });
});
