import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type Dataset,
  datasetSchema,
  type Source,
  type TimelineEvent,
} from "../../src/data/datasetSchema.ts";
import {
  exportTimelineJs,
  type TimelineJsFile,
  undatedForTimelineJs,
} from "../../src/formats/timelineJs/exportTimelineJs.ts";
import { importTimelineJs } from "../../src/formats/timelineJs/importTimelineJs.ts";
import type { TimelineJsDate } from "../../src/formats/timelineJs/timelineJsFile.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/timelinejs");
const readFixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(FIXTURES, name), "utf8"));

const SOURCE: Source = {
  id: "gazette",
  kind: "reference",
  publisher: "The Gazette",
  title: "Council approves the plan",
  url: "https://gazette.example/plan",
  published: "2024-05-14",
};

/** An event with the given fields over a plain, dated one. */
function makeEvent(fields: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: "council-vote",
    type: "policy",
    title: "Council votes",
    summary: "The council approves the plan.",
    people: [],
    date: {
      edtf: "2024-05-14",
      start: "2024-05-14",
      end: "2024-05-14",
      precision: "day",
      basis: "Reported the same day.",
      references: [],
    },
    excerpts: [],
    ...fields,
  };
}

function makeDataset(events: TimelineEvent[], fields: Partial<Dataset> = {}): Dataset {
  return {
    version: 1,
    title: "A story",
    description: "What happened.",
    sources: [SOURCE],
    people: [],
    events,
    ...fields,
  };
}

/** The one slide exported for an event dated by `edtf`. */
function slideFor(fields: Partial<TimelineEvent>) {
  const file = exportTimelineJs(makeDataset([makeEvent(fields)]));
  expect(file.events).toHaveLength(1);
  return file.events[0];
}

const dateOf = (edtf: string | null) => ({
  edtf,
  start: null,
  end: null,
  precision: "day" as const,
  basis: "Test.",
  references: [],
});

describe("exportTimelineJs writes dates with only the fields of their precision", () => {
  it.each([
    ["2024", { year: 2024 }, undefined, "2024"],
    ["2024-05", { year: 2024, month: 5 }, undefined, "May 2024"],
    ["2024-05-14", { year: 2024, month: 5, day: 14 }, undefined, "14 May 2024"],
    ["-0500", { year: -500 }, undefined, "500 BCE"],
    ["-0500-03-15", { year: -500, month: 3, day: 15 }, undefined, "15 March 500 BCE"],
    [
      "2023-11/2024-05",
      { year: 2023, month: 11 },
      { year: 2024, month: 5 },
      "November 2023 – May 2024",
    ],
    ["2023/2024-05-18", { year: 2023 }, { year: 2024, month: 5, day: 18 }, "2023 – 18 May 2024"],
    ["2023-11/..", { year: 2023, month: 11 }, undefined, "on or after November 2023"],
    ["2023-11/", { year: 2023, month: 11 }, undefined, "on or after November 2023"],
    ["../2024-05-18", { year: 2024, month: 5, day: 18 }, undefined, "on or before 18 May 2024"],
    ["/2024-05", { year: 2024, month: 5 }, undefined, "on or before May 2024"],
  ])("%s → start %j, end %j, display %j", (edtf, start_date, end_date, display_date) => {
    const slide = slideFor({ date: dateOf(edtf) });
    expect(slide?.start_date).toEqual(start_date);
    expect(slide?.end_date).toEqual(end_date);
    expect(slide?.display_date).toBe(display_date);
  });

  it("prefers the event's own display date, escaped", () => {
    expect(slideFor({ displayDate: "Spring <2024>" })?.display_date).toBe("Spring &lt;2024&gt;");
  });

  it("leaves out undated events and names them with undatedForTimelineJs", () => {
    const dated = makeEvent({ id: "dated" });
    const unknown = makeEvent({ id: "unknown", date: dateOf(null) });
    const broken = makeEvent({ id: "broken", date: dateOf("sometime") });
    const file = exportTimelineJs(makeDataset([dated, unknown, broken]));
    expect(file.events.map((slide) => slide.unique_id)).toEqual(["dated"]);
    expect(undatedForTimelineJs([dated, unknown, broken]).map((e) => e.id)).toEqual([
      "unknown",
      "broken",
    ]);
  });

  it("exports only the events it is given, in their order", () => {
    const a = makeEvent({ id: "a" });
    const b = makeEvent({ id: "b" });
    const dataset = makeDataset([a, b]);
    expect(exportTimelineJs(dataset).events.map((s) => s.unique_id)).toEqual(["a", "b"]);
    expect(exportTimelineJs(dataset, [b]).events.map((s) => s.unique_id)).toEqual(["b"]);
    expect(exportTimelineJs(dataset, []).events).toEqual([]);
  });
});

describe("exportTimelineJs writes the event's words as escaped HTML", () => {
  it.each([
    [{}, "Council votes", "<p>The council approves the plan.</p>"],
    [
      { title: "A & B <i>", summary: "Say \"hi\" & 'bye'" },
      "A &amp; B &lt;i&gt;",
      "<p>Say &quot;hi&quot; &amp; &#39;bye&#39;</p>",
    ],
    [
      {
        body: [
          { text: "See " },
          { text: "the <plan>", href: "https://example.org/plan?a=1&b=2" },
          { text: ".\nNext line." },
        ],
      },
      "Council votes",
      '<p>See <a href="https://example.org/plan?a=1&amp;b=2">the &lt;plan&gt;</a>.<br>Next line.</p>',
    ],
    [
      { body: [{ text: "Bad link", href: "javascript:alert(1)" }] },
      "Council votes",
      "<p>Bad link</p>",
    ],
    [{ body: [] }, "Council votes", "<p>The council approves the plan.</p>"],
    [{ summary: "Council votes" }, "Council votes", ""],
    [
      {
        summary: "Council votes",
        excerpts: [
          { source: "gazette", exact: "Quote.", prefix: "", suffix: "", start: 0, end: 6 },
        ],
      },
      "Council votes",
      "<blockquote>Quote.</blockquote><p>— The Gazette, Council approves the plan</p>",
    ],
    [
      {
        excerpts: [
          {
            source: "gazette",
            exact: "We <approve> it.",
            prefix: "",
            suffix: "",
            start: 0,
            end: 16,
          },
          { source: "missing", exact: "Unattributed.", prefix: "", suffix: "", start: 0, end: 13 },
        ],
      },
      "Council votes",
      "<p>The council approves the plan.</p><blockquote>We &lt;approve&gt; it.</blockquote><p>— The Gazette, Council approves the plan</p><blockquote>Unattributed.</blockquote>",
    ],
  ])("%j → headline %j, text %j", (fields, headline, text) => {
    expect(slideFor(fields)?.text).toEqual({ headline, text });
  });
});

describe("exportTimelineJs writes media as attribution", () => {
  const excerpt = { source: "gazette", exact: "Quote.", prefix: "", suffix: "", start: 0, end: 6 };
  it.each([
    [{}, undefined],
    [{ excerpts: [excerpt] }, { url: "", credit: "The Gazette" }],
    [
      { media: { url: "https://img.example/a.jpg", caption: "A <cat>", credit: "Photo & Co" } },
      { url: "https://img.example/a.jpg", caption: "A &lt;cat&gt;", credit: "Photo &amp; Co" },
    ],
    [
      {
        media: { url: "https://img.example/a.jpg", caption: null, credit: null },
        excerpts: [excerpt],
      },
      { url: "https://img.example/a.jpg", credit: "The Gazette" },
    ],
    [
      { media: { url: null, caption: null, credit: "Agency" }, excerpts: [excerpt] },
      { url: "", credit: "Agency" },
    ],
    [{ media: { url: "javascript:alert(1)", caption: null, credit: null } }, undefined],
  ])("%j → %j", (fields, media) => {
    expect(slideFor(fields as Partial<TimelineEvent>)?.media).toEqual(media);
  });
});

describe("exportTimelineJs writes group and unique_id", () => {
  it.each([
    [{ type: "policy" as const }, "Policy"],
    [{ type: "departure" as const }, "Departure"],
    [{ type: "other" as const }, undefined],
    [{ type: "other" as const, group: "Collections" }, "Collections"],
    [{ type: "policy" as const, group: "R&D" }, "R&amp;D"],
  ])("%j → group %j", (fields, group) => {
    expect(slideFor(fields)?.group).toBe(group);
  });

  it("uses the event id as unique_id", () => {
    expect(slideFor({ id: "x-2" })?.unique_id).toBe("x-2");
  });
});

describe("exportTimelineJs writes the title slide, eras and scale", () => {
  it("writes the dataset's title and description, escaped", () => {
    const file = exportTimelineJs(
      makeDataset([], { title: "Q&A <live>", description: "One\nTwo" }),
    );
    expect(file.title).toEqual({
      text: { headline: "Q&amp;A &lt;live&gt;", text: "<p>One<br>Two</p>" },
    });
  });

  // TimelineJS3 ends an era as the instant its end_date begins: the day after its last day.
  it.each([
    ["1885-01-01", "1959-12-31", { year: 1885 }, { year: 1960 }],
    ["1885-01-01", "1960-12-31", { year: 1885 }, { year: 1961 }],
    ["1961-11-01", "2004-05-31", { year: 1961, month: 11 }, { year: 2004, month: 6 }],
    ["2024-02-01", "2024-02-29", { year: 2024, month: 2 }, { year: 2024, month: 3 }],
    ["2023-12-01", "2023-12-31", { year: 2023, month: 12 }, { year: 2024, month: 1 }],
    ["2004-06-01", "2023-09-30", { year: 2004, month: 6 }, { year: 2023, month: 10 }],
    [
      "2004-06-02",
      "2023-09-30",
      { year: 2004, month: 6, day: 2 },
      { year: 2023, month: 10, day: 1 },
    ],
    [
      "2023-11-17",
      "2023-11-21",
      { year: 2023, month: 11, day: 17 },
      { year: 2023, month: 11, day: 22 },
    ],
    ["2004-01-01", "2023-11-30", { year: 2004, month: 1 }, { year: 2023, month: 12 }],
    ["-0500-01-01", "-0400-12-31", { year: -500 }, { year: -399 }],
    // The next day is beyond the years a timeline can draw: the era ends on its last day.
    [
      "99999999999-01-01",
      "99999999999-12-31",
      { year: 99999999999, month: 1, day: 1 },
      { year: 99999999999, month: 12, day: 31 },
    ],
    // An era of TimelineJS3's last human year ends as the next year begins: a cosmological year.
    ["275759-01-01", "275759-12-31", { year: 275759 }, { year: 275760 }],
  ])("era %s … %s → %j … %j", (start, end, start_date, end_date) => {
    const file = exportTimelineJs(
      makeDataset([], { eras: [{ id: "era", title: "An <era>", start, end }] }),
    );
    expect(file.eras).toEqual([{ start_date, end_date, text: { headline: "An &lt;era&gt;" } }]);
  });

  it.each<[string, string, string, TimelineJsDate, TimelineJsDate]>([
    ["1933-03-01", "1944-12-31", "1933-03/1945", { year: 1933, month: 3 }, { year: 1945 }],
    ["1800-01-01", "1899-12-31", "1800/1900", { year: 1800 }, { year: 1900 }],
    // An EDTF TimelineJS3 would draw over other days, or a single point: written from the days.
    ["1800-01-01", "1900-12-31", "1800/1900", { year: 1800 }, { year: 1901 }],
    ["1999-01-01", "1999-12-31", "1999", { year: 1999 }, { year: 2000 }],
    ["1999-01-01", "1999-12-31", "not a date", { year: 1999 }, { year: 2000 }],
  ])("era %s … %s with edtf %s → %j … %j", (start, end, edtf, start_date, end_date) => {
    const file = exportTimelineJs(
      makeDataset([], { eras: [{ id: "era", title: "Era", start, end, edtf }] }),
    );
    expect(file.eras).toEqual([{ start_date, end_date, text: { headline: "Era" } }]);
  });

  it("writes no eras when the dataset has none", () => {
    expect(exportTimelineJs(makeDataset([])).eras).toBeUndefined();
  });

  it.each([
    ["2024", "human"],
    ["-271820", "human"],
    ["275759", "human"],
    ["-271821", "cosmological"],
    ["Y-13800000000", "cosmological"],
    ["-315000", "cosmological"],
  ])("an event in %s → scale %s", (edtf, scale) => {
    expect(exportTimelineJs(makeDataset([makeEvent({ date: dateOf(edtf) })])).scale).toBe(scale);
  });

  it.each([
    ["Y-13800000000", { year: -13_800_000_000 }],
    ["-13800000000-03", { year: -13_800_000_000, month: 3 }],
    ["Y-315000/-3500", { year: -315_000 }],
  ])("writes the year of %s whole, as TimelineJS's cosmological scale reads it", (edtf, date) => {
    const [slide] = exportTimelineJs(makeDataset([makeEvent({ date: dateOf(edtf) })])).events;
    expect(slide?.start_date).toEqual(date);
  });

  it("reads cosmological years back as they were: the file TimelineJS3 gets round-trips", () => {
    const dates = ["Y-13800000000", "Y-538800000/Y-251902000", "Y-315000", "-3500", "1969-07-20"];
    const events = dates.map((edtf, i) => makeEvent({ id: `e${i}`, date: dateOf(edtf) }));
    const file = exportTimelineJs(makeDataset(events));
    expect(file.scale).toBe("cosmological");
    const { dataset: back, problems } = importTimelineJs(JSON.parse(JSON.stringify(file)));
    expect(problems).toEqual([]);
    expect(back.events.map((event) => event.date.edtf)).toEqual(dates);
  });

  // TimelineJS's own test for its cosmological scale: years a JavaScript Date cannot hold.
  it.each([
    ["-271821-01-01", "-271821-12-31", "cosmological"],
    ["275760-01-01", "275760-12-31", "cosmological"],
    ["275759-01-01", "275759-12-31", "cosmological"],
    ["275758-01-01", "275758-12-31", "human"],
  ])("an era %s … %s → scale %s", (start, end, scale) => {
    const eras = [{ id: "era", title: "Era", start, end }];
    expect(exportTimelineJs(makeDataset([], { eras })).scale).toBe(scale);
  });
});

/** Every HTML string TimelineJS reads from a file. */
function htmlFields(file: TimelineJsFile): string[] {
  const fields = [
    file.title.text.headline,
    file.title.text.text,
    ...file.events.flatMap((slide) => [
      slide.text.headline,
      slide.text.text,
      slide.media?.caption,
      slide.media?.credit,
      slide.group,
      slide.display_date,
    ]),
    ...(file.eras ?? []).flatMap((era) => [era.text.headline, era.text.text]),
  ];
  return fields.filter((field): field is string => field !== undefined);
}

describe("exportTimelineJs never writes a dataset string unescaped", () => {
  const attack = `<script>alert("x")</script><img src=x onerror='y'>&amp;`;
  const dataset = makeDataset(
    [
      makeEvent({
        title: attack,
        summary: attack,
        group: attack,
        displayDate: attack,
        body: [
          { text: attack },
          { text: attack, href: `https://example.org/"><script>` },
          { text: attack, href: "javascript:alert(1)" },
        ],
        media: { url: "https://img.example/a.jpg", caption: attack, credit: attack },
        excerpts: [{ source: "evil", exact: attack, prefix: "", suffix: "", start: 0, end: 1 }],
      }),
    ],
    {
      title: attack,
      description: attack,
      sources: [{ ...SOURCE, id: "evil", publisher: attack, title: attack }],
      eras: [{ id: "era", title: attack, start: "2024-01-01", end: "2024-12-31" }],
    },
  );
  const fields = htmlFields(exportTimelineJs(dataset));

  it("has HTML fields to check", () => {
    // Title slide: headline, text; event: headline, text, caption, credit, group, display date; era: headline.
    expect(fields).toHaveLength(9);
  });

  it.each(fields.map((field, i) => [i, field]))(
    "field %i holds only the exporter's own tags",
    (_, field) => {
      const withoutOwnTags = field.replace(/<\/?(p|br|blockquote)>|<a href="[^"<>]*">|<\/a>/g, "");
      expect(withoutOwnTags).not.toMatch(/[<>]/);
      expect(withoutOwnTags).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
      expect(field).not.toContain("javascript:");
    },
  );

  it("keeps the dataset's words, which read back the same", () => {
    const { dataset: back } = importTimelineJs(exportTimelineJs(dataset));
    expect(back.title).toBe(attack);
    expect(back.events[0]?.title).toBe(attack);
    expect(back.events[0]?.group).toBe(attack);
    expect(back.events[0]?.media?.caption).toBe(attack);
    expect(back.eras?.[0]?.title).toBe(attack);
  });
});

/** The fields a round trip must keep, per event. */
function eventFacts(event: TimelineEvent) {
  return {
    id: event.id,
    edtf: event.date.edtf,
    precision: event.date.precision,
    start: event.date.start,
    end: event.date.end,
    group: event.group,
    type: event.type,
    displayDate: event.displayDate,
    title: event.title,
    summary: event.summary,
    body: event.body,
    media: event.media,
  };
}

/** Which date fields a TimelineJS date has. */
const dateFields = (date: unknown) =>
  date && typeof date === "object"
    ? ["year", "month", "day"].filter(
        (key) =>
          (date as Record<string, unknown>)[key] !== undefined &&
          (date as Record<string, unknown>)[key] !== "",
      )
    : [];

describe("a TimelineJS file survives import → export → import", () => {
  const original = readFixture("roundTrip.json") as { events: Record<string, unknown>[] };
  const first = importTimelineJs(original);
  const exported = exportTimelineJs(first.dataset);
  const second = importTimelineJs(JSON.parse(JSON.stringify(exported)));

  it("starts from a fixture with at least 8 events and every kind of date", () => {
    const precisions = new Set(first.dataset.events.map((e) => e.date.precision));
    expect(first.dataset.events.length).toBeGreaterThanOrEqual(8);
    expect([...precisions].sort()).toEqual(["day", "month", "range", "year"]);
    expect(first.dataset.events.some((e) => e.date.start?.startsWith("-"))).toBe(true);
  });

  it("keeps every event with the same id, date, precision, group and display date", () => {
    expect(second.dataset.events.map(eventFacts)).toEqual(first.dataset.events.map(eventFacts));
    expect(second.problems).toEqual([]);
  });

  it("keeps exactly the date fields each slide had", () => {
    expect(exported.events.map((slide) => dateFields(slide.start_date))).toEqual(
      original.events.map((slide) => dateFields(slide.start_date)),
    );
    // An end equal to the start is no end; every other end keeps its fields.
    expect(exported.events.map((slide) => dateFields(slide.end_date))).toEqual([
      [],
      [],
      ["year", "month"],
      [],
      [],
      [],
      [],
      ["year"],
      [],
    ]);
  });

  it("keeps every era", () => {
    expect(second.dataset.eras).toEqual(first.dataset.eras);
    expect(first.dataset.eras).toHaveLength(3);
  });

  it("writes a file that imports to a valid dataset", () => {
    const parsed = datasetSchema.safeParse(second.dataset);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });
});
