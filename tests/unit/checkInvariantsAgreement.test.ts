import { describe, expect, it } from "vitest";
import { checkInvariants, UNTITLED } from "../../src/data/checkInvariants.ts";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { formatProblem } from "../../src/data/formatProblem.ts";

/** The article's body starts after its header: an HTTP date, a line break and a blank line. */
const HEADER = "Sat, 18 May 2024 04:52:21 GMT\n\n";
const BODY = "Ann smiled 😀 and left.";
const TEXT = HEADER + BODY;
const article = {
  id: "art",
  kind: "article",
  publisher: "P",
  title: "An article",
  url: "https://example.com/story",
  published: "2024-05-18",
  text: { path: "a.txt", sha256: "0".repeat(64), length: TEXT.length },
};
/** The excerpt of the article from `start` to `end`, its quote cut from the text as it is. */
const excerpt = (start: number, end: number) => ({
  source: "art",
  exact: TEXT.slice(start, end),
  prefix: "",
  suffix: "",
  start,
  end,
});
const at = (words: string) => TEXT.indexOf(words);
const day = { edtf: "2024-05-14", start: "2024-05-14", end: "2024-05-14", precision: "day" };

/** A one-event dataset, the event `ann-leaves` with `event`'s fields, and `more` at the top. */
function dataset(event: Record<string, unknown>, more: Record<string, unknown> = {}): Dataset {
  return {
    version: 1,
    title: "T",
    description: "D",
    sources: [article],
    people: [],
    events: [
      {
        id: "ann-leaves",
        type: "departure",
        title: "Ann leaves",
        summary: "s",
        people: [],
        excerpts: [excerpt(at("Ann"), at("Ann") + 3)],
        date: { ...day, basis: "b", references: [] },
        ...event,
      },
    ],
    ...more,
  } as unknown as Dataset;
}

/** Each problem as the problems list writes it, and the events kept. */
function check(d: Dataset) {
  const { dataset: out, problems } = checkInvariants(d);
  return { out, kept: out.events.map((e) => e.id), problems: problems.map(formatProblem) };
}

describe("checkInvariants leaves out an event whose edtf disagrees with its start and end", () => {
  const date = (
    edtf: string | null,
    start: string | null,
    end: string | null,
    precision: string,
  ) => ({
    date: { edtf, start, end, precision, basis: "b", references: [] },
  });
  it.each([
    [
      "a day, drawn on another day",
      date("2024-05-14", "2024-05-15", "2024-05-15", "day"),
      'edtf "2024-05-14" means 2024-05-14 to 2024-05-14 (day), but start, end and precision say 2024-05-15 to 2024-05-15 (day)',
    ],
    [
      "a month, drawn as one of its days",
      date("2024-05", "2024-05-14", "2024-05-14", "day"),
      'edtf "2024-05" means 2024-05-01 to 2024-05-31 (month), but start, end and precision say 2024-05-14 to 2024-05-14 (day)',
    ],
    [
      "a range with the wrong end",
      date("2023-11/2024-05", "2023-11-01", "2024-06-30", "range"),
      'edtf "2023-11/2024-05" means 2023-11-01 to 2024-05-31 (range), but start, end and precision say 2023-11-01 to 2024-06-30 (range)',
    ],
    [
      "an open end that is given",
      date("2024-05-14/..", "2024-05-14", "2024-05-20", "range"),
      'edtf "2024-05-14/.." means 2024-05-14 to open (range), but start, end and precision say 2024-05-14 to 2024-05-20 (range)',
    ],
    [
      "the right days at another precision",
      date("2024", "2024-01-01", "2024-12-31", "range"),
      'edtf "2024" means 2024-01-01 to 2024-12-31 (year), but start, end and precision say 2024-01-01 to 2024-12-31 (range)',
    ],
    [
      "no edtf for a dated event",
      date(null, "2024-05-14", "2024-05-14", "day"),
      "edtf null (date unknown) means open to open (unknown), but start, end and precision say 2024-05-14 to 2024-05-14 (day)",
    ],
    [
      "an interval of days one day short",
      date("2024-05-14/2024-05-20", "2024-05-14", "2024-05-21", "range"),
      'edtf "2024-05-14/2024-05-20" means 2024-05-14 to 2024-05-20 (range), but start, end and precision say 2024-05-14 to 2024-05-21 (range)',
    ],
    [
      "a day written as an interval at day precision",
      date("2024-05-14/2024-05-14", "2024-05-14", "2024-05-14", "day"),
      'edtf "2024-05-14/2024-05-14" means 2024-05-14 to 2024-05-14 (range), but start, end and precision say 2024-05-14 to 2024-05-14 (day)',
    ],
    [
      "both ends open",
      date("../..", null, null, "range"),
      'edtf cannot be read: "../.." is an interval with neither end known',
    ],
    [
      "an edtf that is not a date",
      date("May 2024", "2024-05-01", "2024-05-31", "month"),
      'edtf cannot be read: "May 2024" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
    ],
  ])("%s", (_, fields, reason) => {
    const { kept, problems } = check(dataset(fields));
    expect(kept).toEqual([]);
    expect(problems).toEqual([
      `“Ann leaves” (ann-leaves) · events[0].date.edtf: ${reason}; event left out`,
    ]);
  });

  it.each([
    ["a day", date("2024-05-14", "2024-05-14", "2024-05-14", "day")],
    ["a month", date("2024-05", "2024-05-01", "2024-05-31", "month")],
    ["a year before year 1", date("-0500", "-0500-01-01", "-0500-12-31", "year")],
    ["an open start", date("../2024-05-18", null, "2024-05-18", "range")],
    ["an open end", date("2024-05-18/..", "2024-05-18", null, "range")],
    ["an interval of days", date("2024-05-14/2024-05-20", "2024-05-14", "2024-05-20", "range")],
    ["an interval of months", date("2023-11/2024-05", "2023-11-01", "2024-05-31", "range")],
    ["an unknown start", date("/2024-05", null, "2024-05-31", "range")],
    ["an unknown date", date(null, null, null, "unknown")],
  ])("keeps an event whose edtf agrees: %s", (_, fields) => {
    expect(check(dataset(fields))).toMatchObject({ kept: ["ann-leaves"], problems: [] });
  });
});

// The range was the years a JavaScript Date holds (-271820 to 275759) until issue 21: the
// timeline now draws years of up to eleven digits, so these cases moved past that limit.
describe("checkInvariants leaves out a date outside the years a timeline can draw", () => {
  const OUTSIDE = "is outside the years a timeline can draw (-99999999999 to 99999999999)";
  it.each([
    [
      "year 100000000000",
      "100000000000-01-01",
      "Y100000000000",
      `events[0].date.start: 100000000000-01-01: year 100000000000 ${OUTSIDE}`,
    ],
    [
      "year -100000000000",
      "-100000000000-12-31",
      "-100000000000-12-31",
      `events[0].date.start: -100000000000-12-31: year -100000000000 ${OUTSIDE}`,
    ],
  ])("%s", (_, start, edtf, problem) => {
    const { kept, problems } = check(
      dataset({ date: { edtf, start, end: start, precision: "day", basis: "b", references: [] } }),
    );
    expect(kept).toEqual([]);
    expect(problems).toEqual([`“Ann leaves” (ann-leaves) · ${problem}; event left out`]);
  });

  it("names the end when only the end is beyond", () => {
    const fields = {
      edtf: "2024/Y100000000000",
      start: "2024-01-01",
      end: "100000000000-12-31",
      precision: "range",
    };
    expect(check(dataset({ date: { ...fields, basis: "b", references: [] } })).problems).toEqual([
      `“Ann leaves” (ann-leaves) · events[0].date.end: 100000000000-12-31: year 100000000000 ${OUTSIDE}; event left out`,
    ]);
  });

  it.each([
    ["the first day", "-99999999999-01-01", "-99999999999-01-01"],
    ["the last day", "99999999999-12-31", "99999999999-12-31"],
    ["the Big Bang", "-13800000000-01-01", "-13800000000-01-01"],
    ["the Big Bang, as an EDTF year", "-13800000000-01-01", "Y-13800000000"],
    ["a year a Date cannot hold", "-271821-12-31", "-271821-12-31"],
  ])("keeps an event on %s", (_, start, edtf) => {
    const end = edtf.startsWith("Y") ? start.replace("01-01", "12-31") : start;
    const precision = edtf.startsWith("Y") ? "year" : "day";
    const fields = { edtf, start, end, precision, basis: "b", references: [] };
    expect(check(dataset({ date: fields }))).toMatchObject({ kept: ["ann-leaves"], problems: [] });
  });

  it("leaves out an era beyond the range", () => {
    const eras = [{ id: "far", title: "Far", start: "2024-01-01", end: "100000000000-01-01" }];
    expect(check(dataset({}, { eras })).problems).toEqual([
      `“Far” (far) · eras[0]: 100000000000-01-01: year 100000000000 ${OUTSIDE}; era left out`,
    ]);
  });
});

describe("checkInvariants lists a title with no visible character", () => {
  it.each([
    ["zero-width space and right-to-left override", "\u200b\u202e", "U+200B U+202E"],
    ["word joiner and byte-order mark", "\u2060\ufeff", "U+2060 U+FEFF"],
    ["bidi isolates around a space", "\u2066 \u2069", "U+2066 U+0020 U+2069"],
    ["zero-width joiners", "\u200c\u200d", "U+200C U+200D"],
    ["a Hangul filler", "\u3164", "U+3164"],
  ])("an event titled with %s is left out, named by its id", (_, title, points) => {
    const { kept, problems } = check(dataset({ title }));
    expect(kept).toEqual([]);
    expect(problems).toEqual([
      `ann-leaves · events[0].title: title has no visible character (only ${points}); event left out`,
    ]);
  });

  it.each([
    ["a word behind a zero-width space", "\u200bAnn"],
    ["an emoji", "😀"],
    ["a right-to-left word", "\u202eleaves"],
  ])("keeps a title with something to see: %s", (_, title) => {
    expect(check(dataset({ title })).kept).toEqual(["ann-leaves"]);
  });

  it("leaves out an era titled with nothing to see", () => {
    const eras = [{ id: "blank", title: "\u200b", start: "2024-01-01", end: "2024-01-02" }];
    const { out, problems } = check(dataset({}, { eras }));
    expect(out.eras).toEqual([]);
    expect(problems).toEqual([
      "blank · eras[0].title: title has no visible character (only U+200B); era left out",
    ]);
  });

  it("calls a dataset titled with nothing to see by a title of its own, and lists it", () => {
    const { out, kept, problems } = check(dataset({}, { title: "\u202e\u200b" }));
    expect(out.title).toBe(UNTITLED);
    expect(kept).toEqual(["ann-leaves"]);
    expect(problems).toEqual([
      `title: title has no visible character (only U+202E U+200B); shown as “${UNTITLED}”`,
    ]);
  });
});

describe("checkInvariants leaves out an excerpt the reader cannot show whole", () => {
  const smile = at("😀");
  it.each([
    [
      "its start splits a surrogate pair",
      excerpt(smile + 1, at(" and")),
      `starts at ${smile + 1}, inside a character (its quote begins with U+DE00, half of a surrogate pair)`,
    ],
    [
      "its end splits a surrogate pair",
      excerpt(at("smiled"), smile + 1),
      `ends at ${smile + 1}, inside a character (its quote ends with U+D83D, half of a surrogate pair)`,
    ],
    [
      "its quote holds a lone surrogate",
      { ...excerpt(at("smiled"), at("smiled") + 3), exact: "s\ud83dm" },
      `its quote holds half a character (U+D83D, a lone surrogate) at ${at("smiled") + 1}`,
    ],
    [
      "it starts in the date line",
      excerpt(0, 3),
      "starts at 0, inside the article's header (its date line and the blank line after it, the first 31 characters), which the reader does not show",
    ],
    [
      "it starts on the blank line and runs into the body",
      excerpt(30, 34),
      "starts at 30, inside the article's header (its date line and the blank line after it, the first 31 characters), which the reader does not show",
    ],
  ])("%s", (_, bad, reason) => {
    const good = excerpt(at("Ann"), at("Ann") + 3);
    const { out, problems } = check(dataset({ excerpts: [good, bad] }));
    expect(out.events[0]?.excerpts).toEqual([good]);
    expect(problems).toEqual([
      `“Ann leaves” (ann-leaves) · events[0].excerpts[1]: ${reason}; excerpt left out`,
    ]);
  });

  it.each([
    ["the whole emoji", excerpt(smile, smile + 2)],
    ["words around it", excerpt(at("smiled"), at(" and"))],
    ["the body's first character", excerpt(HEADER.length, HEADER.length + 1)],
  ])("keeps an excerpt of %s", (_, good) => {
    expect(check(dataset({ excerpts: [good] })).problems).toEqual([]);
  });
});
