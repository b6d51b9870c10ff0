import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../src/data/datasetSchema.ts";
import { dayToMs, eventSpan, laneKey, spansExtent } from "../../src/timeline/eventSpan.ts";
import { DAY_MS } from "../../src/timeline/types.ts";

/** The instant by Date's own calendar (setUTCFullYear takes any year as it is). */
function utc(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

function event(
  start: string | null,
  end: string | null,
  precision: TimelineEvent["date"]["precision"],
): TimelineEvent {
  return {
    id: "e",
    type: "report",
    title: "E",
    summary: "S",
    people: [],
    excerpts: [],
    date: { edtf: null, start, end, precision, basis: "b", references: [] },
  };
}

describe("eventSpan(event) places an event in UTC time", () => {
  const may14 = Date.UTC(2024, 4, 14);
  it.each([
    [
      "a day is a point at noon",
      event("2024-05-14", "2024-05-14", "day"),
      "point",
      may14,
      may14 + DAY_MS,
      may14 + DAY_MS / 2,
    ],
    [
      "a month is a bar over its days",
      event("2024-04-01", "2024-04-30", "month"),
      "bar",
      Date.UTC(2024, 3, 1),
      Date.UTC(2024, 4, 1),
      Date.UTC(2024, 3, 1),
    ],
    [
      "an open start is a bar ending on its day",
      event(null, "2024-05-18", "range"),
      "bar",
      null,
      Date.UTC(2024, 4, 19),
      Date.UTC(2024, 4, 19),
    ],
    [
      "an open end is a bar from its day",
      event("2023-11-01", null, "range"),
      "bar",
      Date.UTC(2023, 10, 1),
      null,
      Date.UTC(2023, 10, 1),
    ],
    ["an unknown date is undated", event(null, null, "unknown"), "undated", null, null, null],
    [
      "a day with no start is a bar ending on it",
      event(null, "2024-05-14", "day"),
      "bar",
      null,
      may14 + DAY_MS,
      may14 + DAY_MS,
    ],
  ])("%s", (_, e, kind, start, end, at) => {
    expect(eventSpan(e)).toMatchObject({ kind, start, end, at });
  });

  it.each(["UTC", "Pacific/Kiritimati", "America/Los_Angeles"])(
    "dayToMs is the same in %s",
    (zone) => {
      const previous = process.env.TZ;
      process.env.TZ = zone;
      expect(dayToMs("2024-05-14")).toBe(Date.UTC(2024, 4, 14));
      process.env.TZ = previous;
    },
  );
});

describe("eventSpan(event) badges an event with its note's kind", () => {
  const noted = (note: TimelineEvent["note"]) => ({
    ...event("2024-05-14", "2024-05-14", "day"),
    note,
  });
  it.each([
    ["a note of a kind", noted({ kind: "disputed", text: "Denied." }), "disputed"],
    ["a plain-text note is unverified", noted("Not confirmed."), "unverified"],
  ])("%s", (_, e, badge) => {
    expect(eventSpan(e).badge).toBe(badge);
  });

  it("an event without a note has no badge at all", () => {
    expect(eventSpan(event("2024-05-14", "2024-05-14", "day"))).toStrictEqual({
      id: "e",
      type: "report",
      lane: "report",
      title: "E",
      kind: "point",
      start: Date.UTC(2024, 4, 14),
      end: Date.UTC(2024, 4, 15),
      at: Date.UTC(2024, 4, 14) + DAY_MS / 2,
    });
  });
});

describe("spansExtent(spans)", () => {
  it.each([
    ["no spans", [], null],
    ["only undated", [eventSpan(event(null, null, "unknown"))], null],
    [
      "earliest start to latest end",
      [
        eventSpan(event("2024-05-14", "2024-05-14", "day")),
        eventSpan(event(null, "2024-05-18", "range")),
      ],
      { start: Date.UTC(2024, 4, 14), end: Date.UTC(2024, 4, 19) },
    ],
    [
      "an open end reaches as far as its start",
      [
        eventSpan(event("2024-05-14", "2024-05-14", "day")),
        eventSpan(event("2024-06-01", null, "range")),
      ],
      { start: Date.UTC(2024, 4, 14), end: Date.UTC(2024, 5, 1) },
    ],
    [
      "an open start reaches back as far as its end",
      [
        eventSpan(event(null, "2024-05-10", "range")),
        eventSpan(event("2024-05-14", "2024-05-14", "day")),
      ],
      { start: Date.UTC(2024, 4, 11), end: Date.UTC(2024, 4, 15) },
    ],
    [
      "spans in any order",
      [
        eventSpan(event("2024-05-14", "2024-05-14", "day")),
        eventSpan(event("2024-04-01", "2024-04-30", "month")),
      ],
      { start: Date.UTC(2024, 3, 1), end: Date.UTC(2024, 4, 15) },
    ],
    [
      "an open end inside a longer span does not shorten it",
      [
        eventSpan(event("2024-04-01", "2024-04-30", "month")),
        eventSpan(event("2024-04-10", null, "range")),
      ],
      { start: Date.UTC(2024, 3, 1), end: Date.UTC(2024, 4, 1) },
    ],
  ])("%s", (_, spans, extent) => {
    expect(spansExtent(spans)).toEqual(extent);
  });
});

describe("laneKey(event) names the lane an event is drawn in", () => {
  it.each([
    ["no group: its type", { type: "report" as const }, "report"],
    ["a group of its own", { type: "other" as const, group: "Courts" }, "group:Courts"],
    [
      "a group that names its type (label)",
      { type: "departure" as const, group: "Departure" },
      "departure",
    ],
    [
      "a group that names its type (id, any case)",
      { type: "board" as const, group: " BOARD " },
      "board",
    ],
    [
      "a group naming another type stays a group",
      { type: "report" as const, group: "Policy" },
      "group:Policy",
    ],
    ["a blank group: its type", { type: "policy" as const, group: "  " }, "policy"],
  ])("%s", (_, event, key) => {
    expect(laneKey(event)).toBe(key);
  });
});

describe("dayToMs(day) reads calendar days without Date's two-digit-year rule", () => {
  it.each([
    ["1970-01-01", 0],
    ["2024-05-14", Date.UTC(2024, 4, 14)],
    ["0050-03-01", utc(50, 3, 1)],
    ["0000-02-29", utc(0, 2, 29)],
    ["-0500-01-01", utc(-500, 1, 1)],
    ["-0001-12-31", utc(-1, 12, 31)],
  ])("%s", (day, ms) => {
    expect(dayToMs(day)).toBe(ms);
  });
});
