import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type Dataset, datasetSchema, type TimelineEvent } from "../../src/data/datasetSchema.ts";
import { escapeIcsText, exportIcs, foldIcsLine } from "../../src/formats/exportIcs.ts";
import { syntheticEvent } from "../fixtures/syntheticEvent.ts";

const published = datasetSchema.parse(
  JSON.parse(readFileSync(new URL("../../public/data/timeline.json", import.meta.url), "utf8")),
);
const now = new Date("2024-06-01T12:34:56.789Z");

// RFC 5545 §3.8.8.2: an X- property's value is TEXT by default; ical.js needs telling.
ICAL.design.icalendar.property["x-wr-calname"] = { defaultType: "text" };

/** Parses a calendar with ical.js and returns its VEVENTs. */
function vevents(text: string): ICAL.Component[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe("vcalendar");
  return calendar.getAllSubcomponents("vevent");
}

const value = (component: ICAL.Component | undefined, name: string) =>
  component?.getFirstPropertyValue(name)?.toString();

const event = syntheticEvent;

const synthetic: Dataset = {
  version: 1,
  title: "Synthetic; with, specials",
  description: "Events built for tests.",
  sources: [
    {
      id: "wire",
      kind: "reference",
      publisher: "Wire",
      title: "The wire report",
      url: "https://example.com/wire?a=1,2;b",
      published: "2024-05-01",
    },
  ],
  people: [],
  events: [],
};

describe("exportIcs(dataset, events) writes an RFC 5545 calendar", () => {
  const text = exportIcs(published, published.events, { now });

  it("has the calendar properties and ends every line with CRLF", () => {
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text).toContain("\r\nPRODID:-//Sourceline//Timeline export//EN\r\n");
    expect(text).toContain("\r\nCALSCALE:GREGORIAN\r\n");
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.split("\r\n").every((line) => !/[\r\n]/.test(line))).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(published.title);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  });

  it("writes one VEVENT per dated event: 14 events, 1 undated → 13, in order", () => {
    const dated = published.events.filter((e) => e.date.start !== null || e.date.end !== null);
    expect(dated).toHaveLength(13);
    const all = vevents(text);
    expect(all.map((v) => value(v, "uid"))).toEqual(dated.map((e) => `${e.id}@sourceline`));
    expect(all.map((v) => value(v, "summary"))).toEqual(dated.map((e) => e.title));
  });

  it("stamps every VEVENT with options.now in UTC, to the second", () => {
    const stamps = vevents(text).map((v) => value(v, "dtstamp"));
    expect(new Set(stamps)).toEqual(new Set(["2024-06-01T12:34:56Z"]));
    expect(text).toContain("\r\nDTSTAMP:20240601T123456Z\r\n");
  });

  it("stamps with the current time when no `now` is given", () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const stamp = vevents(
      exportIcs(published, published.events.slice(0, 1)),
    )[0]?.getFirstPropertyValue("dtstamp");
    expect(stamp).toBeInstanceOf(ICAL.Time);
    const ms = stamp instanceof ICAL.Time ? stamp.toJSDate().getTime() : 0;
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now());
  });

  it("describes an event by its human date, summary and excerpts with their sources", () => {
    const pachocki = vevents(text).find(
      (v) => value(v, "uid") === "pachocki-named-chief-scientist@sourceline",
    );
    const event = published.events.find((e) => e.id === "pachocki-named-chief-scientist");
    const lines = String(value(pachocki, "description")).split("\n\n");
    expect(lines[0]).toBe("14 May 2024");
    expect(lines[1]).toBe(event?.summary);
    expect(lines.slice(2)).toEqual(
      event?.excerpts.map(
        (x) =>
          `“${x.exact}” — Benzinga, ${published.sources.find((s) => s.id === x.source)?.title}`,
      ),
    );
    // The article source has no URL, so no event of the published dataset has one.
    expect(pachocki?.getFirstProperty("url")).toBeNull();
  });

  it("keeps every physical line within 75 octets", () => {
    for (const line of text.split("\r\n")) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    }
  });

  it("writes a valid calendar without VEVENTs for no events", () => {
    expect(vevents(exportIcs(published, [], { now }))).toEqual([]);
  });
});

describe("exportIcs writes all-day spans with an exclusive DTEND, by precision", () => {
  it.each<[string, string | null, string, string, string]>([
    ["day", "2024-05-14", "20240514", "20240515", "14 May 2024"],
    ["month", "2024-04", "20240401", "20240501", "April 2024"],
    ["month, December", "2023-12", "20231201", "20240101", "December 2023"],
    ["leap February", "2024-02", "20240201", "20240301", "February 2024"],
    ["year", "2024", "20240101", "20250101", "2024"],
    ["range", "2023-11/2024-05", "20231101", "20240601", "November 2023 – May 2024"],
    ["day range", "2023-11-17/2023-11-21", "20231117", "20231122", "17 November 2023 – 21"],
    ["open start", "../2024-05-18", "20240518", "20240519", "on or before 18 May 2024"],
    ["unknown start", "/2024-02-29", "20240229", "20240301", "on or before 29 February 2024"],
    ["open end", "2024-01/..", "20240101", "20240102", "on or after January 2024"],
    ["year 1", "0001-01-01", "00010101", "00010102", "1 January 1"],
    ["year 9999", "9999-12-30", "99991230", "99991231", "30 December 9999"],
  ])("%s (%s) → %s..%s", (_, edtf, start, end, dateText) => {
    const text = exportIcs(synthetic, [event("e", edtf)], { now });
    expect(text).toContain(`\r\nDTSTART;VALUE=DATE:${start}\r\nDTEND;VALUE=DATE:${end}\r\n`);
    const [vevent] = vevents(text);
    const dtstart = vevent?.getFirstPropertyValue("dtstart");
    expect(dtstart instanceof ICAL.Time && dtstart.isDate).toBe(true);
    const parts = (name: string) => {
      const time = vevent?.getFirstPropertyValue(name);
      return time instanceof ICAL.Time ? [time.year, time.month, time.day] : null;
    };
    const numbers = (day: string) => [day.slice(0, 4), day.slice(4, 6), day.slice(6)].map(Number);
    expect(parts("dtstart")).toEqual(numbers(start));
    expect(parts("dtend")).toEqual(numbers(end));
    expect(value(vevent, "description")?.split("\n\n")[0]).toContain(dateText);
  });

  it.each<[string, TimelineEvent]>([
    ["an undated event", event("undated", null)],
    ["a negative year", event("ancient", "-0500-03-15")],
    ["year 0", event("year-zero", "0000")],
    ["a range starting before year 1", event("straddle", "-0001/0002")],
    ["a year after 9999", event("far", "10000-01-01")],
    ["a last day whose DTEND would be in year 10000", event("edge", "9999-12-31")],
  ])("skips %s", (_, skipped) => {
    const kept = event("kept", "2024-05-14");
    const text = exportIcs(synthetic, [skipped, kept], { now });
    expect(vevents(text).map((v) => value(v, "uid"))).toEqual(["kept@sourceline"]);
    expect(text).not.toContain(skipped.id);
  });

  it("adds the date as the file wrote it when an imported event has one", () => {
    const imported = event("imported", "2024-03", { displayDate: "Spring 2024", group: "Lane" });
    const [vevent] = vevents(exportIcs(synthetic, [imported], { now }));
    expect(value(vevent, "description")).toBe("March 2024 (Spring 2024)\n\nSummary of imported");
  });

  it("links the first excerpt source that has a URL", () => {
    const quoted = event("quoted", "2024-05-14", {
      excerpts: [{ source: "wire", exact: "said", prefix: "", suffix: "", start: 0, end: 4 }],
    });
    const text = exportIcs(synthetic, [quoted], { now });
    expect(text).toContain("\r\nURL:https://example.com/wire?a=1,2;b\r\n");
    const [vevent] = vevents(text);
    expect(value(vevent, "url")).toBe("https://example.com/wire?a=1,2;b");
    expect(value(vevent, "description")).toBe(
      "14 May 2024\n\nSummary of quoted\n\n“said” — Wire, The wire report, https://example.com/wire?a=1,2;b",
    );
  });
});

describe("exportIcs escapes text and folds long lines", () => {
  it.each<[string, string, string]>([
    ["a comma", "one, two", "one\\, two"],
    ["a semicolon", "one; two", "one\\; two"],
    ["a backslash", "C:\\path", "C:\\\\path"],
    ["an LF", "one\ntwo", "one\\ntwo"],
    ["a CRLF", "one\r\ntwo", "one\\ntwo"],
    ["all of them", 'a, b; c\\ d\ne "f"', 'a\\, b\\; c\\\\ d\\ne "f"'],
    ["control characters", "bell\u0007 tab\t", "bell tab\t"],
  ])("escapes %s and reads back", (_, title, escaped) => {
    expect(escapeIcsText(title)).toBe(escaped);
    const text = exportIcs(synthetic, [event("e", "2024-05-14", { title, summary: title })], {
      now,
    });
    expect(text).toContain(`\r\nSUMMARY:${escaped}\r\n`);
    const readBack = title.replace(/\r\n/g, "\n").replaceAll("\u0007", "");
    const [vevent] = vevents(text);
    expect(value(vevent, "summary")).toBe(readBack);
    expect(value(vevent, "description")).toBe(`14 May 2024\n\n${readBack}`);
  });

  it("escapes the calendar name", () => {
    const text = exportIcs(synthetic, [], { now });
    expect(text).toContain("\r\nX-WR-CALNAME:Synthetic\\; with\\, specials\r\n");
    expect(new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue("x-wr-calname")).toBe(
      synthetic.title,
    );
  });

  it.each<[string, string, string]>([
    ["75 octets stay on one line", "a".repeat(75), "a".repeat(75)],
    ["76 octets fold once", "a".repeat(76), `${"a".repeat(75)}\r\n a`],
    [
      "continuations hold 74 octets",
      "a".repeat(150),
      `${"a".repeat(75)}\r\n ${"a".repeat(74)}\r\n a`,
    ],
    ["a 2-byte é is not split", `${"a".repeat(74)}é`, `${"a".repeat(74)}\r\n é`],
    ["a 3-byte 東 is not split", `${"a".repeat(73)}東`, `${"a".repeat(73)}\r\n 東`],
    ["a 4-byte emoji is not split", `${"a".repeat(72)}😀`, `${"a".repeat(72)}\r\n 😀`],
    ["an emoji that fits stays", `${"a".repeat(71)}😀`, `${"a".repeat(71)}😀`],
  ])("foldIcsLine: %s", (_, line, folded) => {
    expect(foldIcsLine(line)).toBe(folded);
  });

  const long = [
    "Leike says “safety culture and processes have taken a backseat to shiny products” 🚀🚀",
    "東京で会議が開かれた。اجتماع في القاهرة. Встреча в Москве; a, b\\c",
    "é".repeat(120),
    "👩‍💻".repeat(40),
  ].join("\n");

  it("folds multi-byte text at 75 octets and ical.js unfolds it back", () => {
    const text = exportIcs(
      synthetic,
      [event("long", "2024-05-14", { title: long, summary: long })],
      {
        now,
      },
    );
    const physical = text.split("\r\n");
    expect(physical.some((line) => line.startsWith(" "))).toBe(true);
    for (const line of physical) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      // A split surrogate pair would leave a lone surrogate (an invalid character) on a line.
      expect(line).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      );
    }
    expect(text.replaceAll("\r\n ", "")).toContain(`\r\nSUMMARY:${escapeIcsText(long)}\r\n`);
    const [vevent] = vevents(text);
    expect(value(vevent, "summary")).toBe(long);
    expect(value(vevent, "description")).toBe(`14 May 2024\n\n${long}`);
  });
});
