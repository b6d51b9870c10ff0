import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { datasetSchema, type TimelineEvent } from "../../src/data/datasetSchema.ts";
import { htmlToTextRuns } from "../../src/formats/timelineJs/htmlToTextRuns.ts";
import { importTimelineJs, isTimelineJs } from "../../src/formats/timelineJs/importTimelineJs.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/timelinejs");
const readFixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(FIXTURES, name), "utf8"));

/**
 * Imports a file holding one slide: the event (or undefined) and the problems, where and why;
 * the item each names is checked on its own (see "names the slide a problem is in").
 */
function importSlide(slide: unknown) {
  const { dataset, problems } = importTimelineJs({ events: [slide] });
  return { event: dataset.events[0], problems: problems.map(({ item: _, ...where }) => where) };
}

/** Imports one slide that must load, and returns its event. */
function importedEvent(slide: Record<string, unknown>): TimelineEvent {
  const { event } = importSlide({ text: { headline: "An event" }, ...slide });
  if (!event) throw new Error("the slide was left out");
  return event;
}

describe("isTimelineJs(json) recognises a TimelineJS3 file", () => {
  it.each([
    [{ events: [] }, true],
    [{ events: [{ start_date: { year: 2024 } }] }, true],
    [{ title: { text: { headline: "Only a title" } } }, true],
    [{ version: 1, title: "Sourceline", events: [] }, false],
    [{ version: 2, events: [] }, false],
    [{ events: "none" }, false],
    [{ title: "a string, not a slide" }, false],
    [[{ events: [] }], false],
    [null, false],
    ["events", false],
    [42, false],
  ])("%j → %s", (json, expected) => {
    expect(isTimelineJs(json)).toBe(expected);
  });
});

describe("importTimelineJs(json) on a file it cannot read gives an empty dataset and a problem", () => {
  it.each([
    [null, "(top level)", "null is not a TimelineJS file (a JSON object)"],
    [[], "(top level)", "[] is not a TimelineJS file (a JSON object)"],
    ["text", "(top level)", '"text" is not a TimelineJS file (a JSON object)'],
    [{}, "events", "there is no events list"],
    [{ events: { a: 1 } }, "events", '{"a":1} is not a list of events'],
    [
      { title: { text: { headline: "T" } }, events: null },
      "events",
      "null is not a list of events",
    ],
  ])("%j → %s: %s", (json, path, reason) => {
    const { dataset, problems } = importTimelineJs(json);
    expect(dataset.events).toEqual([]);
    expect(problems).toEqual([{ path, reason }]);
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
  });

  it("still takes the title slide of a file without events", () => {
    const { dataset } = importTimelineJs({ title: { text: { headline: "Only a title" } } });
    expect(dataset.title).toBe("Only a title");
  });
});

describe("importTimelineJs(json) reads the title slide", () => {
  it.each([
    [
      { title: { text: { headline: "<b>Riverside</b> &amp; Co", text: "<p>One</p><p>Two</p>" } } },
      undefined,
      "Riverside & Co",
      "One Two",
    ],
    [
      { title: { text: { headline: "Title" } } },
      undefined,
      "Title",
      "Imported from a TimelineJS file.",
    ],
    [{}, undefined, "Imported timeline", "Imported from a TimelineJS file."],
    [{}, "story.json", "story", "Imported from a TimelineJS file."],
    [
      { title: { text: { headline: "   " } } },
      "story.json",
      "story",
      "Imported from a TimelineJS file.",
    ],
    [
      { title: { text: { headline: "Given" } } },
      "story.json",
      "Given",
      "Imported from a TimelineJS file.",
    ],
    [{}, "  ", "Imported timeline", "Imported from a TimelineJS file."],
  ])("%j with name %j → %j, %j", (file, name, title, description) => {
    const { dataset } = importTimelineJs(
      { ...file, events: [] },
      name === undefined ? {} : { name },
    );
    expect([dataset.title, dataset.description]).toEqual([title, description]);
  });

  it("reports a title that is not a slide", () => {
    const { dataset, problems } = importTimelineJs({ title: "Hello", events: [] });
    expect(dataset.title).toBe("Imported timeline");
    expect(problems).toEqual([{ path: "title", reason: '"Hello" is not an object; left out' }]);
  });
});

describe("importTimelineJs reads dates at the precision of the fields present", () => {
  it.each([
    [{ year: 2024 }, "2024", "2024-01-01", "2024-12-31", "year"],
    [{ year: 2024, month: 5 }, "2024-05", "2024-05-01", "2024-05-31", "month"],
    [{ year: 2024, month: 2 }, "2024-02", "2024-02-01", "2024-02-29", "month"],
    [{ year: 2024, month: 5, day: 14 }, "2024-05-14", "2024-05-14", "2024-05-14", "day"],
    [{ year: "2024", month: " 5 ", day: "14" }, "2024-05-14", "2024-05-14", "2024-05-14", "day"],
    [{ year: "2024", month: "", day: "" }, "2024", "2024-01-01", "2024-12-31", "year"],
    [{ year: 2024, month: null }, "2024", "2024-01-01", "2024-12-31", "year"],
    [{ year: -500 }, "-0500", "-0500-01-01", "-0500-12-31", "year"],
    [{ year: "-500", month: 3, day: 15 }, "-0500-03-15", "-0500-03-15", "-0500-03-15", "day"],
    [{ year: 0 }, "0000", "0000-01-01", "0000-12-31", "year"],
    [{ year: 33 }, "0033", "0033-01-01", "0033-12-31", "year"],
    [{ year: 12345, month: 6 }, "12345-06", "12345-06-01", "12345-06-30", "month"],
    [
      { year: 2024, month: 5, day: 14, hour: 23, minute: 59 },
      "2024-05-14",
      "2024-05-14",
      "2024-05-14",
      "day",
    ],
    [{ year: 2024, month: 5, hour: 3 }, "2024-05", "2024-05-01", "2024-05-31", "month"],
    [
      {
        year: 2024,
        month: 12,
        day: 31,
        hour: "23",
        minute: "59",
        second: "59",
        millisecond: "999",
      },
      "2024-12-31",
      "2024-12-31",
      "2024-12-31",
      "day",
    ],
    [{ year: 2024, month: 1, day: 1, hour: 0 }, "2024-01-01", "2024-01-01", "2024-01-01", "day"],
    [{ year: 275000 }, "Y275000", "275000-01-01", "275000-12-31", "year"],
    [{ year: "-13800000000" }, "Y-13800000000", "-13800000000-01-01", "-13800000000-12-31", "year"],
    [{ year: -315000, month: 3 }, "-315000-03", "-315000-03-01", "-315000-03-31", "month"],
    [{ year: 9999 }, "9999", "9999-01-01", "9999-12-31", "year"],
    [{ year: 275759, month: 12 }, "275759-12", "275759-12-01", "275759-12-31", "month"],
    [{ year: -271820, month: 1, day: 1 }, "-271820-01-01", "-271820-01-01", "-271820-01-01", "day"],
  ])("%j → %s (%s … %s, %s)", (start_date, edtf, start, end, precision) => {
    const event = importedEvent({ start_date });
    expect(event.date).toEqual({
      edtf,
      start,
      end,
      precision,
      basis: expect.stringMatching(/^As given in the TimelineJS file/),
      references: [],
    });
  });

  it.each([
    [{ year: 2024, month: 5, day: 14 }, "As given in the TimelineJS file."],
    [
      { year: 2024, month: 5, day: 14, hour: 9 },
      "As given in the TimelineJS file; its time of day is not kept.",
    ],
    [{ year: 2024, month: 5, day: 14, hour: "" }, "As given in the TimelineJS file."],
  ])("%j → basis %j", (start_date, basis) => {
    expect(importedEvent({ start_date }).date.basis).toBe(basis);
  });
});

describe("importTimelineJs leaves out an event with an invalid date part, naming the field", () => {
  it.each([
    [{ year: 2024, month: 13 }, "events[0].start_date.month", "month 13 is not a month (1–12)"],
    [{ year: 2024, month: 0 }, "events[0].start_date.month", "month 0 is not a month (1–12)"],
    [
      { year: 2024, month: 4, day: 31 },
      "events[0].start_date.day",
      "day 31 is not a day of April 2024 (1–30)",
    ],
    [
      { year: 2023, month: 2, day: 29 },
      "events[0].start_date.day",
      "day 29 is not a day of February 2023 (1–28)",
    ],
    [
      { year: -500, month: 4, day: 0 },
      "events[0].start_date.day",
      "day 0 is not a day of April 500 BCE (1–30)",
    ],
    [{ year: 2024, day: 5 }, "events[0].start_date.day", "day 5 is given without a month"],
    [{ year: "twenty" }, "events[0].start_date.year", 'year "twenty" is not a whole number'],
    [{ year: 2024.5 }, "events[0].start_date.year", "year 2024.5 is not a whole number"],
    [{ year: true }, "events[0].start_date.year", "year true is not a whole number"],
    [
      { year: 2024, month: "May" },
      "events[0].start_date.month",
      'month "May" is not a whole number',
    ],
    [{ month: 5 }, "events[0].start_date.year", "there is no year"],
    [{ year: "" }, "events[0].start_date.year", "there is no year"],
    [
      { year: 2024, month: 5, day: 14, hour: 24 },
      "events[0].start_date.hour",
      "hour 24 is not an hour (0–23)",
    ],
    [{ year: 2024, minute: 60 }, "events[0].start_date.minute", "minute 60 is not a minute (0–59)"],
    [{ year: 2024, second: -1 }, "events[0].start_date.second", "second -1 is not a second (0–59)"],
    [
      { year: 2024, millisecond: 1000 },
      "events[0].start_date.millisecond",
      "millisecond 1000 is not a millisecond (0–999)",
    ],
    [
      { year: 2024, hour: "noon" },
      "events[0].start_date.hour",
      'hour "noon" is not a whole number',
    ],
    [
      { year: 100_000_000_000 },
      "events[0].start_date.year",
      "year 100000000000 is outside the years a timeline can draw (-99999999999 to 99999999999)",
    ],
    [
      { year: "-100000000000" },
      "events[0].start_date.year",
      "year -100000000000 is outside the years a timeline can draw (-99999999999 to 99999999999)",
    ],
    ["2024-05-14", "events[0].start_date", '"2024-05-14" is not a date object'],
    [[2024], "events[0].start_date", "[2024] is not a date object"],
  ])("%j → %s: %s", (start_date, path, reason) => {
    const { event, problems } = importSlide({ start_date, text: { headline: "x" } });
    expect(event).toBeUndefined();
    expect(problems).toEqual([{ path, reason: `${reason}; event left out`, leftOut: true }]);
  });

  it("names the end date's field when the end is invalid", () => {
    const { event, problems } = importSlide({
      start_date: { year: 2024 },
      end_date: { year: 2024, month: 13 },
    });
    expect(event).toBeUndefined();
    expect(problems).toEqual([
      {
        path: "events[0].end_date.month",
        reason: "month 13 is not a month (1–12); event left out",
        leftOut: true,
      },
    ]);
  });
});

describe("importTimelineJs reads end_date as a range at each side's own precision", () => {
  it.each([
    [
      { year: 2023, month: 11 },
      { year: 2024, month: 5 },
      "2023-11/2024-05",
      "2023-11-01",
      "2024-05-31",
      "range",
    ],
    [
      { year: 2023 },
      { year: 2024, month: 5, day: 18 },
      "2023/2024-05-18",
      "2023-01-01",
      "2024-05-18",
      "range",
    ],
    [
      { year: 2024, month: 5, day: 14 },
      { year: 2024, month: 5, day: 20 },
      "2024-05-14/2024-05-20",
      "2024-05-14",
      "2024-05-20",
      "range",
    ],
    [{ year: -9700 }, { year: -9600 }, "-9700/-9600", "-9700-01-01", "-9600-12-31", "range"],
    [{ year: -1 }, { year: 1 }, "-0001/0001", "-0001-01-01", "0001-12-31", "range"],
    [
      { year: 2024, month: 5, day: 14 },
      { year: 2024 },
      "2024-05-14/2024",
      "2024-05-14",
      "2024-12-31",
      "range",
    ],
    [
      { year: 2024, month: 5, day: 14 },
      { year: 2024, month: 5, day: 14 },
      "2024-05-14",
      "2024-05-14",
      "2024-05-14",
      "day",
    ],
    [
      { year: 2024, month: 5, day: 14, hour: 9 },
      { year: 2024, month: 5, day: 14, hour: 17 },
      "2024-05-14",
      "2024-05-14",
      "2024-05-14",
      "day",
    ],
    [{ year: "2024" }, { year: 2024 }, "2024", "2024-01-01", "2024-12-31", "year"],
    [{ year: 2024 }, { year: "", month: "", day: "" }, "2024", "2024-01-01", "2024-12-31", "year"],
    [{ year: 2024 }, {}, "2024", "2024-01-01", "2024-12-31", "year"],
    [{ year: 2024 }, null, "2024", "2024-01-01", "2024-12-31", "year"],
    [{ year: 2024 }, "", "2024", "2024-01-01", "2024-12-31", "year"],
  ])("%j to %j → %s", (start_date, end_date, edtf, start, end, precision) => {
    const { date } = importedEvent({ start_date, end_date });
    expect([date.edtf, date.start, date.end, date.precision]).toEqual([
      edtf,
      start,
      end,
      precision,
    ]);
  });

  it.each([
    [
      { year: 2024, month: 5 },
      { year: 2024, month: 4 },
      "end_date 2024-04 is before start_date 2024-05",
    ],
    [
      { year: 2024, month: 5, day: 2 },
      { year: 2024, month: 5, day: 1 },
      "end_date 2024-05-01 is before start_date 2024-05-02",
    ],
    [
      { year: 2024 },
      { year: 2023, month: 12, day: 31 },
      "end_date 2023-12-31 is before start_date 2024",
    ],
    [{ year: -500 }, { year: -501 }, "end_date -0501 is before start_date -0500"],
    [{ year: 10000 }, { year: 9999 }, "end_date 9999 is before start_date Y10000"],
  ])("rejects %j to %j: %s", (start_date, end_date, reason) => {
    const { event, problems } = importSlide({ start_date, end_date });
    expect(event).toBeUndefined();
    expect(problems).toEqual([
      { path: "events[0].end_date", reason: `${reason}; event left out`, leftOut: true },
    ]);
  });
});

describe("importTimelineJs keeps the display date the file gives", () => {
  it.each([
    [{ display_date: "Spring 2024", start_date: { year: 2024, month: 4 } }, "Spring 2024"],
    [{ start_date: { year: 2024, month: 4, display_date: "April-ish" } }, "April-ish"],
    [
      { display_date: "Slide wins", start_date: { year: 2024, display_date: "Date loses" } },
      "Slide wins",
    ],
    [
      {
        start_date: { year: 2023, display_date: "Late 2023" },
        end_date: { year: 2024, display_date: "early 2024" },
      },
      "Late 2023 – early 2024",
    ],
    [{ start_date: { year: 2023, display_date: "2023?" }, end_date: { year: 2024 } }, "2023?"],
    [
      { display_date: "<b>c.</b> 500 BCE &amp; later", start_date: { year: -500 } },
      "c. 500 BCE & later",
    ],
    [{ display_date: "  ", start_date: { year: 2024 } }, undefined],
    [{ display_date: "", start_date: { year: 2024, display_date: "" } }, undefined],
    [{ start_date: { year: 2024 } }, undefined],
    // Says exactly what Sourceline shows for the date anyway, so nothing is kept.
    [{ display_date: "14 May 2024", start_date: { year: 2024, month: 5, day: 14 } }, undefined],
    [{ display_date: "14 May 2024", start_date: { year: 2024, month: 5 } }, "14 May 2024"],
  ])("%j → %j", (slide, displayDate) => {
    expect(importedEvent(slide).displayDate).toBe(displayDate);
  });
});

describe("importTimelineJs reads the headline as the title and the text as body and summary", () => {
  it.each([
    ["<b>Bold</b> claim", "Bold claim"],
    ["Fish &amp; chips &lt;3 &#39;quoted&#39; &#x2014; dash", "Fish & chips <3 'quoted' — dash"],
    ["  spaced\n  out  ", "spaced out"],
    ["Line<br>break", "Line break"],
    ["", "Untitled event"],
    ["<img src='x.png'>", "Untitled event"],
    [undefined, "Untitled event"],
    [2024, "2024"],
  ])("headline %j → title %j", (headline, title) => {
    expect(importedEvent({ start_date: { year: 2024 }, text: { headline } }).title).toBe(title);
  });

  it.each([
    ["Plain words.", [{ text: "Plain words." }], "Plain words."],
    ["<p>One.</p><p>Two.</p>", [{ text: "One.\nTwo." }], "One. Two."],
    [
      'See <a href="https://example.org/a">the report</a>, then wait.',
      [
        { text: "See " },
        { text: "the report", href: "https://example.org/a" },
        { text: ", then wait." },
      ],
      "See the report, then wait.",
    ],
    [undefined, undefined, "Title"],
    ["", undefined, "Title"],
    ["<p> </p><br>", undefined, "Title"],
    ["<script>document.write('Title')</script>", undefined, "Title"],
  ])("text %j → body %j, summary %j", (text, body, summary) => {
    const event = importedEvent({ start_date: { year: 2024 }, text: { headline: "Title", text } });
    expect(event.body).toEqual(body);
    expect(event.summary).toBe(summary);
  });

  it("clamps a long summary to 300 characters at a word boundary", () => {
    const text = `${"word ".repeat(100)}end`;
    const { summary, body } = importedEvent({ start_date: { year: 2024 }, text: { text } });
    expect(summary.length).toBeLessThanOrEqual(300);
    expect(summary.length).toBeGreaterThan(250);
    expect(summary).toMatch(/^word( word)*…$/);
    expect(body).toEqual([{ text: text.trim() }]);
  });

  it("reports a text field that is not text, and a text that is not an object", () => {
    expect(importSlide({ start_date: { year: 2024 }, text: { headline: ["a"] } }).problems).toEqual(
      [{ path: "events[0].text.headline", reason: '["a"] is not text; left out' }],
    );
    expect(importSlide({ start_date: { year: 2024 }, text: "Hello" }).problems).toEqual([
      { path: "events[0].text", reason: '"Hello" is not an object; left out' },
    ]);
  });
});

describe("importTimelineJs titles what shows nothing by its default, and says so", () => {
  it.each([
    ["zero-width space and right-to-left override", "\u200b\u202e", "U+200B U+202E"],
    ["a bidi isolate in markup", "<b>\u2066</b>", "U+2066"],
  ])("a headline of %s", (_, headline, points) => {
    const { dataset, problems } = importTimelineJs({
      title: { text: { headline } },
      events: [{ start_date: { year: 2024 }, unique_id: "e", text: { headline } }],
      eras: [{ start_date: { year: 2024 }, end_date: { year: 2025 }, text: { headline } }],
    });
    expect([dataset.title, dataset.events[0]?.title, dataset.eras?.[0]?.title]).toEqual([
      "Imported timeline",
      "Untitled event",
      "Era 1",
    ]);
    const only = `headline has no visible character (only ${points})`;
    // Each is named by its id alone: its headline names nothing.
    expect(problems.every((p) => p.item?.title === undefined)).toBe(true);
    expect(problems.map((p) => `${p.item?.id ?? ""} ${p.path}: ${p.reason}`)).toEqual([
      ` title.text.headline: ${only}; titled “Imported timeline”`,
      `e events[0].text.headline: ${only}; titled “Untitled event”`,
      `era-1 eras[0].text.headline: ${only}; titled “Era 1”`,
    ]);
  });
});

describe("htmlToTextRuns reads a 10 MB headline whole", () => {
  it("as one run, its words and spaces as they were", () => {
    const headline = "Board meets again ".repeat(560_000);
    const { runs } = htmlToTextRuns(headline);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.text).toBe(headline.trimEnd());
  });
});

describe("htmlToTextRuns(html) reduces HTML to safe text runs", () => {
  it.each([
    ["plain", [{ text: "plain" }]],
    ["a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;", [{ text: "a & b <c> \"d\" 'e'" }]],
    ["it&#39;s &#8212; &#x27;x&#x27;", [{ text: "it's — 'x'" }]],
    ["a&nbsp;b", [{ text: "a\u00a0b" }]],
    ["&unknown; &amp", [{ text: "&unknown; &amp" }]],
    ["&constructor; &#0; &#xD800;", [{ text: "&constructor; \ufffd \ufffd" }]],
    ["&lt;script&gt;alert(1)&lt;/script&gt;", [{ text: "<script>alert(1)</script>" }]],
    ["a<br>b<br/>c<BR />d", [{ text: "a\nb\nc\nd" }]],
    ["a<br><br><br><br>b", [{ text: "a\n\nb" }]],
    ["<p>a</p>\n  <p>b</p>", [{ text: "a\nb" }]],
    ["<div>a</div><ul><li>b</li><li>c</li></ul>", [{ text: "a\nb\nc" }]],
    ["  lots   of\n\tspace  ", [{ text: "lots of space" }]],
    ["<b>bo</b><i>ld</i>", [{ text: "bold" }]],
    ["a <b> b </b> c", [{ text: "a b c" }]],
    ["a&amp;  b\t&lt;", [{ text: "a& b <" }]],
    [
      'see <a href="https://a.example/"> the link </a> here',
      [{ text: "see " }, { text: "the link", href: "https://a.example/" }, { text: " here" }],
    ],
    ["x<script>alert('<p>')</script>y", [{ text: "xy" }]],
    ["x<STYLE type='text/css'>p { color: red }</STYLE>y", [{ text: "xy" }]],
    ["x<script>never closed", [{ text: "x" }]],
    ["İİİİ<script>x</script>ok", [{ text: "İİİİok" }]],
    ["x<!-- a comment <b> -->y", [{ text: "xy" }]],
    ["1 < 2 and 3 > 2", [{ text: "1 < 2 and 3 > 2" }]],
    ["<img src=x onerror=alert(1)>caption", [{ text: "caption" }]],
    [
      '<a href="https://a.example/x?y=1&amp;z=2">A</a>',
      [{ text: "A", href: "https://a.example/x?y=1&z=2" }],
    ],
    ["<a href='http://a.example'>A</a>", [{ text: "A", href: "http://a.example/" }]],
    ["<a href=https://a.example/b>A</a>", [{ text: "A", href: "https://a.example/b" }]],
    ['<A HREF="HTTPS://A.EXAMPLE/">A</A>', [{ text: "A", href: "https://a.example/" }]],
    ['<a name="top">anchor</a>', [{ text: "anchor" }]],
    [
      '<a href="https://a.example/">x</a> <a href="https://b.example/">y</a>',
      [
        { text: "x", href: "https://a.example/" },
        { text: " " },
        { text: "y", href: "https://b.example/" },
      ],
    ],
    [
      '<a href="https://a.example/">two <b>words</b></a>',
      [{ text: "two words", href: "https://a.example/" }],
    ],
    ['<a href="https://a.example/"></a>empty link', [{ text: "empty link" }]],
  ])("%j → %j", (html, runs) => {
    expect(htmlToTextRuns(html)).toEqual({ runs, unsafeLinks: [] });
  });

  it.each([
    ['<a href="javascript:alert(1)">click</a>', "javascript:alert(1)"],
    ['<a href="java&#115;cript:alert(1)">click</a>', "javascript:alert(1)"],
    ['<a href="data:text/html,x">click</a>', "data:text/html,x"],
    ['<a href="/relative/path">click</a>', "/relative/path"],
    ['<a href="mailto:a@example.org">click</a>', "mailto:a@example.org"],
  ])("keeps %j as text and lists %j", (html, link) => {
    expect(htmlToTextRuns(html)).toEqual({ runs: [{ text: "click" }], unsafeLinks: [link] });
  });
});

describe("importTimelineJs reports links that are not http(s) and keeps their text", () => {
  it.each([
    [
      '<a href="javascript:alert(1)">x</a>',
      'link "javascript:alert(1)" is not http(s); kept as text',
    ],
    [
      '<a href="ftp://files.example/a">x</a>',
      'link "ftp://files.example/a" is not http(s); kept as text',
    ],
    [
      `<a href="data:text/html,${"a".repeat(100)}">x</a>`,
      `link "data:text/html,${"a".repeat(43)}… is not http(s); kept as text`,
    ],
  ])("%j → %s", (text, reason) => {
    const { event, problems } = importSlide({ start_date: { year: 2024 }, text: { text } });
    expect(event?.body).toEqual([{ text: "x" }]);
    expect(problems).toEqual([{ path: "events[0].text.text", reason }]);
  });
});

describe("importTimelineJs reads group as the event's lane and type", () => {
  it.each([
    ["Policy", "Policy", "policy"],
    ["policy", "policy", "policy"],
    ["  DEPARTURE ", "DEPARTURE", "departure"],
    ["Report", "Report", "report"],
    ["Statement", "Statement", "statement"],
    ["Appointment", "Appointment", "appointment"],
    ["Board", "Board", "board"],
    ["Other", "Other", "other"],
    ["Collections", "Collections", "other"],
    ["Policy changes", "Policy changes", "other"],
    ["R&amp;D", "R&D", "other"],
    ["", undefined, "other"],
    ["   ", undefined, "other"],
    [undefined, undefined, "other"],
    [7, "7", "other"],
  ])("%j → group %j, type %s", (group, expected, type) => {
    const event = importedEvent({ start_date: { year: 2024 }, group });
    expect([event.group, event.type]).toEqual([expected, type]);
  });
});

describe("importTimelineJs keeps media as attribution", () => {
  it.each([
    [
      { url: "https://img.example/a.jpg", caption: "<i>A</i> cat", credit: "Photo &copy; B" },
      {
        url: "https://img.example/a.jpg",
        caption: "A cat",
        credit: "Photo © B",
        kind: "image",
        label: "Image",
      },
      [],
    ],
    [
      { url: "https://img.example/a.jpg" },
      {
        url: "https://img.example/a.jpg",
        caption: null,
        credit: null,
        kind: "image",
        label: "Image",
      },
      [],
    ],
    [{ url: "", caption: "", credit: "" }, undefined, []],
    [{ url: "", credit: "Agency" }, { url: null, caption: null, credit: "Agency" }, []],
    [
      { url: "javascript:alert(1)", caption: "Cap" },
      { url: null, caption: "Cap", credit: null },
      [
        {
          path: "events[0].media.url",
          reason: 'media URL "javascript:alert(1)" is not http(s); left out, its caption kept',
        },
      ],
    ],
    [
      { url: "<blockquote class='twitter-tweet'>…</blockquote>" },
      {
        url: null,
        caption: null,
        credit: null,
        kind: "quote",
        label: "Post on X (Twitter)",
        text: [{ text: "…" }],
      },
      [],
    ],
    [
      "https://img.example/a.jpg",
      undefined,
      [
        {
          path: "events[0].media",
          reason: '"https://img.example/a.jpg" is not an object; left out',
        },
      ],
    ],
  ])("%j → %j", (media, expected, problems) => {
    const result = importSlide({ start_date: { year: 2024 }, media });
    expect(result.event?.media).toEqual(expected);
    expect(result.problems).toEqual(problems);
  });
});

describe("importTimelineJs makes unique_id a unique id", () => {
  it.each([
    [["Event 1!"], ["event-1"]],
    [
      ["flood", "Flood", "FLOOD"],
      ["flood", "flood-2", "flood-3"],
    ],
    [
      ["x", "x", "x-2"],
      ["x", "x-2", "x-2-2"],
    ],
    [
      [undefined, "", "   "],
      ["event-1", "event-2", "event-3"],
    ],
    [
      ["event-2", undefined],
      ["event-2", "event-2-2"],
    ],
    [
      ["Café au lait", "über"],
      ["cafe-au-lait", "uber"],
    ],
    [
      ["事件", "--a--b--"],
      ["event-1", "a-b"],
    ],
    [
      [42, "already-a-slug"],
      ["42", "already-a-slug"],
    ],
  ])("%j → %j", (ids, expected) => {
    const { dataset } = importTimelineJs({
      events: ids.map((unique_id) => ({ start_date: { year: 2024 }, unique_id })),
    });
    expect(dataset.events.map((event) => event.id)).toEqual(expected);
  });

  it("reports an id it had to change because it was already used", () => {
    const { problems } = importTimelineJs({
      events: [
        { start_date: { year: 2024 }, unique_id: "a" },
        { start_date: { year: 2024 }, unique_id: "A" },
      ],
    });
    expect(problems).toEqual([
      {
        path: "events[1].unique_id",
        reason: 'id "a" is already used; this event\'s id is "a-2"',
        item: { id: "a-2" },
      },
    ]);
  });

  it("numbers events without an id by their place in the file, counting left-out ones", () => {
    const { dataset } = importTimelineJs({
      events: [{ start_date: { year: 2024 } }, "bad", { start_date: { year: 2025 } }],
    });
    expect(dataset.events.map((event) => event.id)).toEqual(["event-1", "event-3"]);
  });
});

describe("importTimelineJs reads eras", () => {
  it.each([
    [
      { start_date: { year: 1885 }, end_date: { year: 1960 }, text: { headline: "Town library" } },
      {
        id: "town-library",
        title: "Town library",
        start: "1885-01-01",
        end: "1959-12-31",
        edtf: "1885/1960",
      },
    ],
    [
      {
        start_date: { year: 2023, month: 11 },
        end_date: { year: "2024", month: "2" },
        text: { headline: "<b>Winter</b>" },
      },
      {
        id: "winter",
        title: "Winter",
        start: "2023-11-01",
        end: "2024-01-31",
        edtf: "2023-11/2024-02",
      },
    ],
    [
      {
        start_date: { year: 2024, month: 5, day: 14 },
        end_date: { year: 2024, month: 5, day: 14 },
      },
      { id: "era-1", title: "Era 1", start: "2024-05-14", end: "2024-05-14", edtf: "2024-05-14" },
    ],
    [
      { start_date: { year: -500 }, end_date: { year: -400 }, text: { headline: "" } },
      {
        id: "era-1",
        title: "Era 1",
        start: "-0500-01-01",
        end: "-0401-12-31",
        edtf: "-0500/-0400",
      },
    ],
  ])("%j → %j", (era, expected) => {
    const { dataset, problems } = importTimelineJs({ events: [], eras: [era] });
    expect(dataset.eras).toEqual([expected]);
    // An era with no headline is kept under a made-up name, with a warning saying so.
    const named = (era as { text?: { headline?: string } }).text?.headline;
    expect(problems).toEqual(
      named
        ? []
        : [
            {
              path: "eras[0].text.headline",
              reason: `the era has no headline; titled “${expected.title}”`,
              warning: true,
              item: { id: expected.id },
            },
          ],
    );
  });

  // TimelineJS3 reads an era's end_date as an instant, where it begins (new Date(year, month - 1,
  // day)), and draws the era up to it: its last day is the one before.
  it.each<[string, Record<string, unknown>, Record<string, unknown>, string, string, string]>([
    ["years", { year: 1800 }, { year: 1900 }, "1800-01-01", "1899-12-31", "1800/1900"],
    [
      "months",
      { year: 1933, month: 3 },
      { year: 1945 },
      "1933-03-01",
      "1944-12-31",
      "1933-03/1945",
    ],
    [
      "a month to a month",
      { year: 1933, month: 3 },
      { year: 1933, month: 5 },
      "1933-03-01",
      "1933-04-30",
      "1933-03/1933-05",
    ],
    [
      "days",
      { year: 1945, month: 5, day: 1 },
      { year: 1945, month: 5, day: 8 },
      "1945-05-01",
      "1945-05-07",
      "1945-05-01/1945-05-08",
    ],
    [
      "an end at a time of day, which ends within that day",
      { year: 1945, month: 5, day: 1 },
      { year: 1945, month: 5, day: 8, hour: 12 },
      "1945-05-01",
      "1945-05-08",
      "1945-05-01/1945-05-08",
    ],
    [
      "an end where the start begins (TimelineJS3 draws no width), the whole of its end",
      { year: 1900 },
      { year: 1900, month: 1 },
      "1900-01-01",
      "1900-01-31",
      "1900/1900-01",
    ],
    ["years before 1", { year: -500 }, { year: -400 }, "-0500-01-01", "-0401-12-31", "-0500/-0400"],
  ])("an era of %s ends where TimelineJS3 ends it", (_, from, to, start, end, edtf) => {
    const { dataset, problems } = importTimelineJs({
      events: [],
      eras: [{ start_date: from, end_date: to, text: { headline: "E" } }],
    });
    expect(dataset.eras).toEqual([{ id: "e", title: "E", start, end, edtf }]);
    expect(problems).toEqual([]);
  });

  it("eras that meet in TimelineJS3 meet here, neither over the other", () => {
    const era = (from: number, to: number) => ({
      start_date: { year: from },
      end_date: { year: to },
      text: { headline: `${from}–${to}` },
    });
    const { dataset } = importTimelineJs({ events: [], eras: [era(1900, 1950), era(1800, 1900)] });
    const [later, earlier] = dataset.eras ?? [];
    expect(earlier?.end).toBe("1899-12-31");
    expect(later?.start).toBe("1900-01-01");
  });

  it.each([
    [{ start_date: { year: 2020 } }, "eras[0].end_date", "there is no end_date; era left out"],
    [{ end_date: { year: 2020 } }, "eras[0].start_date", "there is no start_date; era left out"],
    [
      { start_date: { year: 2020 }, end_date: { year: 2019 } },
      "eras[0].end_date",
      "end_date 2019 is before start_date 2020; era left out",
    ],
    [
      { start_date: { year: 2020, month: 13 }, end_date: { year: 2021 } },
      "eras[0].start_date.month",
      "month 13 is not a month (1–12); era left out",
    ],
    ["Era", "eras[0]", '"Era" is not an era object; left out'],
  ])("leaves out %j: %s %s", (era, path, reason) => {
    const { dataset, problems } = importTimelineJs({ events: [], eras: [era] });
    expect(dataset.eras).toBeUndefined();
    expect(problems).toEqual([{ path, reason, leftOut: true }]);
  });

  it("gives eras unique ids and numbers untitled ones by their place", () => {
    const era = (headline?: string) => ({
      start_date: { year: 2020 },
      end_date: { year: 2021 },
      ...(headline === undefined ? {} : { text: { headline } }),
    });
    const { dataset } = importTimelineJs({
      events: [],
      eras: [era("Boom"), era("boom"), era(), era("era-3")],
    });
    expect(dataset.eras?.map((e) => [e.id, e.title])).toEqual([
      ["boom", "Boom"],
      ["boom-2", "boom"],
      ["era-3", "Era 3"],
      ["era-3-2", "era-3"],
    ]);
  });

  it("reports eras that are not a list", () => {
    const { problems } = importTimelineJs({ events: [], eras: { a: 1 } });
    expect(problems).toEqual([
      { path: "eras", reason: '{"a":1} is not a list; eras left out', leftOut: true },
    ]);
  });
});

describe("importTimelineJs reads scale", () => {
  it.each([
    [undefined, []],
    ["human", []],
    ["cosmological", []],
    [
      "geological",
      [
        {
          path: "scale",
          reason: 'scale "geological" is not "human" or "cosmological"; read as "human"',
        },
      ],
    ],
  ])("scale %j → problems %j", (scale, problems) => {
    const result = importTimelineJs({ scale, events: [{ start_date: { year: -72000 } }] });
    expect(result.dataset.events.map((e) => e.date.edtf)).toEqual(["Y-72000"]);
    expect(result.problems).toEqual(problems);
  });

  // Until issue 21 the Big Bang and the far future were left out as beyond the years a Date
  // holds; the timeline now draws years of up to eleven digits, so the cosmological scale is kept.
  it("on the cosmological scale keeps every year, in EDTF's Y form past four digits", () => {
    const { dataset, problems } = importTimelineJs(readFixture("cosmological.json"));
    expect(dataset.events.map((e) => [e.id, e.date.edtf, e.date.start, e.date.end])).toEqual([
      ["big-bang", "Y-13800000000", "-13800000000-01-01", "-13800000000-12-31"],
      ["toba", "Y-72000", "-72000-01-01", "-72000-12-31"],
      ["far-future", "Y300000", "300000-01-01", "300000-12-31"],
      ["ice-age-ends", "-9700/-9600", "-9700-01-01", "-9600-12-31"],
    ]);
    expect(problems).toEqual([]);
  });
});

describe("importTimelineJs names the slide a problem is in", () => {
  it.each([
    [
      {
        start_date: { year: 2024, month: 4, day: 31 },
        text: { headline: "Jan <b>Leike</b> resigns" },
        unique_id: "leike-resigns",
      },
      "events[0].start_date.day",
      { title: "Jan Leike resigns", id: "leike-resigns" },
    ],
    [
      { start_date: { year: 2024, month: 13 }, unique_id: " given-id " },
      "events[0].start_date.month",
      { id: "given-id" },
    ],
    [
      { start_date: { year: "x" }, text: { headline: "Only a headline" } },
      "events[0].start_date.year",
      { title: "Only a headline" },
    ],
    [{ start_date: { year: "x" } }, "events[0].start_date.year", undefined],
    [
      {
        start_date: { year: 2024 },
        text: { headline: "Read", text: '<a href="javascript:x">y</a>' },
      },
      "events[0].text.text",
      { title: "Read", id: "event-1" },
    ],
  ])("%j: %s names %j", (slide, path, item) => {
    const { problems } = importTimelineJs({ events: [slide] });
    expect(problems.map((p) => [p.path, p.item])).toEqual([[path, item]]);
  });
});

describe("importTimelineJs leaves out slides it cannot read and loads the rest", () => {
  it("problems.json: one problem per bad slide, the good ones kept", () => {
    const { dataset, problems } = importTimelineJs(readFixture("problems.json"));
    expect(dataset.events.map((e) => [e.id, e.title])).toEqual([
      ["event-1", "Good one"],
      ["event-8", "Kept, with faults"],
    ]);
    expect(dataset.events[1]?.body).toEqual([{ text: "a data link" }]);
    // An iframe is kept as a link to its source, never loaded.
    expect(dataset.events[1]?.media).toEqual({
      url: "https://example.org/",
      caption: null,
      credit: null,
      kind: "embed",
      label: "Embedded page",
    });
    expect(problems.map(({ item: _, ...where }) => where)).toEqual([
      {
        path: "events[1]",
        reason: '"not an event" is not an event object; left out',
        leftOut: true,
      },
      {
        path: "events[2].start_date",
        reason: "there is no start_date; event left out",
        leftOut: true,
      },
      {
        path: "events[3].start_date.month",
        reason: "month 13 is not a month (1–12); event left out",
        leftOut: true,
      },
      {
        path: "events[4].start_date.day",
        reason: "day 31 is not a day of April 2021 (1–30); event left out",
        leftOut: true,
      },
      {
        path: "events[5].start_date.year",
        reason: 'year "twenty" is not a whole number; event left out',
        leftOut: true,
      },
      {
        path: "events[6].end_date",
        reason: "end_date 2022-04 is before start_date 2022-05; event left out",
        leftOut: true,
      },
      {
        path: "events[7].text.text",
        reason: 'link "data:text/html,hi" is not http(s); kept as text',
      },
      { path: "events[8]", reason: "null is not an event object; left out", leftOut: true },
      { path: "eras[0].end_date", reason: "there is no end_date; era left out", leftOut: true },
      {
        path: "eras[1].end_date",
        reason: "end_date 2019 is before start_date 2020; era left out",
        leftOut: true,
      },
      {
        path: "eras[2].text.headline",
        reason: "the era has no headline; titled “Era 3”",
        warning: true,
      },
    ]);
    // Each names its slide by its headline (HTML taken out) and, once read, its id.
    expect(problems.map((p) => p.item)).toEqual([
      undefined,
      { title: "No start date" },
      { title: "Bad month" },
      { title: "Bad day" },
      { title: "Bad year" },
      { title: "Ends before it starts" },
      { title: "Kept, with faults", id: "event-8" },
      undefined,
      { title: "No end" },
      undefined,
      { id: "era-3" },
    ]);
    expect(dataset.eras).toEqual([
      { id: "era-3", title: "Era 3", start: "2020-01-01", end: "2020-12-31", edtf: "2020/2021" },
    ]);
  });

  it("spreadsheet.json: blank cells count as absent", () => {
    const { dataset, problems } = importTimelineJs(readFixture("spreadsheet.json"));
    expect(problems).toEqual([]);
    expect(dataset.title).toBe("Imported timeline");
    expect(dataset.events).toEqual([
      {
        id: "event-1",
        type: "other",
        title: "A row from a spreadsheet",
        summary: "A row from a spreadsheet",
        people: [],
        date: {
          edtf: "2019",
          start: "2019-01-01",
          end: "2019-12-31",
          precision: "year",
          basis: "As given in the TimelineJS file.",
          references: [],
        },
        excerpts: [],
      },
      {
        id: "event-2",
        type: "other",
        // No headline: titled by its text, as TimelineJS3 labels it.
        title: "Leap day.",
        summary: "Leap day.",
        people: [],
        date: {
          edtf: "2020-02-29",
          start: "2020-02-29",
          end: "2020-02-29",
          precision: "day",
          basis: "As given in the TimelineJS file; its time of day is not kept.",
          references: [],
        },
        excerpts: [],
        body: [{ text: "Leap day." }],
      },
    ]);
  });
});

describe("importTimelineJs(roundTrip.json) reads a full file", () => {
  const { dataset, problems } = importTimelineJs(readFixture("roundTrip.json"));

  it("keeps every event with its id, date, group, display date and media", () => {
    expect(
      dataset.events.map((e) => [
        e.id,
        e.type,
        e.date.edtf,
        e.date.precision,
        e.group,
        e.displayDate,
      ]),
    ).toEqual([
      ["founding", "board", "1885", "year", "Board", undefined],
      ["roman-tablet", "other", "-0500-03", "month", "Collections", "c. 500 BCE"],
      ["extension", "policy", "1961-11/1963-05", "range", "Policy", undefined],
      ["flood", "report", "1998-10-27", "day", "report", "Night of 27 October 1998"],
      ["flood-2", "other", "1998-11-02", "day", undefined, "2 Nov. 1998"],
      ["flood-3", "statement", "1999-01-15", "day", "Statement", undefined],
      ["event-7", "appointment", "2004-06-01", "day", "Appointment", undefined],
      ["digitisation", "other", "2015-04/2021", "range", "Collections", undefined],
      ["director-leaves", "departure", "2023-09-30", "day", "Departure", undefined],
    ]);
    expect(dataset.title).toBe("The Riverside Library & Archive");
    expect(dataset.description).toBe(
      "How a town library became a regional archive. A test timeline.",
    );
    expect(dataset.events[1]?.media).toEqual({
      url: "https://images.example.org/tablet.jpg",
      caption: "The tablet, front",
      credit: "Photo: J. Smith © 2019",
      kind: "image",
      label: "Image",
    });
    expect(dataset.events[7]?.media).toEqual({
      url: "https://video.example.org/watch?v=abc",
      caption: null,
      credit: null,
      kind: "embed",
      label: "Web page",
    });
    expect(dataset.events[6]?.body).toEqual([
      { text: "The county names the library its " },
      { text: "regional archive", href: "https://county.example.gov/archives?id=12&y=2004" },
      { text: "." },
    ]);
    expect(dataset.eras?.map((era) => era.id)).toEqual([
      "town-library",
      "expansion",
      "regional-archive",
    ]);
  });

  it("reports the reused ids and the unsafe link", () => {
    expect(problems.map(({ item: _, ...where }) => where)).toEqual([
      {
        path: "events[4].text.text",
        reason: 'link "javascript:alert(1)" is not http(s); kept as text',
      },
      {
        path: "events[4].unique_id",
        reason: 'id "flood" is already used; this event\'s id is "flood-2"',
      },
      {
        path: "events[5].unique_id",
        reason: 'id "flood" is already used; this event\'s id is "flood-3"',
      },
    ]);
    expect(problems.map((p) => p.item)).toEqual([
      { title: "Salvage begins", id: "flood-2" },
      { title: "Salvage begins", id: "flood-2" },
      { title: "Insurance settles the claim", id: "flood-3" },
    ]);
  });

  it("gives every event no excerpts, people or date references", () => {
    for (const event of dataset.events) {
      expect([event.excerpts, event.people, event.date.references]).toEqual([[], [], []]);
    }
    expect([dataset.version, dataset.sources, dataset.people]).toEqual([1, [], []]);
  });
});

describe("every TimelineJS fixture imports to a valid Sourceline dataset", () => {
  const names = readdirSync(FIXTURES).filter((name) => name.endsWith(".json"));

  it("has fixtures to check", () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
  });

  it.each(names)("%s", (name) => {
    const { dataset } = importTimelineJs(readFixture(name), { name });
    const parsed = datasetSchema.safeParse(dataset);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });
});
