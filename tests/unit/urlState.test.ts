import { describe, expect, it } from "vitest";
import { parseViewState } from "../../src/state/parseViewState.ts";
import { serializeViewState } from "../../src/state/serializeViewState.ts";
import { DEFAULT_VIEW_STATE, type ViewState } from "../../src/state/viewState.ts";
import { dayToMs } from "../../src/timeline/eventSpan.ts";

const at = (iso: string) => Date.parse(iso);

describe("parseViewState(search) reads the view from the address", () => {
  it.each<[string, Partial<ViewState>]>([
    ["", {}],
    ["?event=leike-resigns", { event: "leike-resigns" }],
    ["?event=leike-resigns&reader=1", { event: "leike-resigns", reader: 1 }],
    ["?reader=1", {}],
    ["?event=a&reader=-1", { event: "a" }],
    ["?event=a&reader=1.5", { event: "a" }],
    ["?q=Z%C3%BCrich+leike", { query: "Zürich leike" }],
    ["?types=report,departure", { types: ["departure", "report"] }],
    ["?types=report,bogus,report", { types: ["report"] }],
    ["?types=", { types: [] }],
    ["?person=jan-leike", { person: "jan-leike" }],
    ["?view=list", { view: "list" }],
    ["?view=grid", {}],
    [
      "?from=2024-05-01T06:30Z&to=2024-05-20T00:00Z",
      { window: { start: at("2024-05-01T06:30Z"), end: at("2024-05-20T00:00Z") } },
    ],
    [
      "?from=2024-05-01&to=2024-05-02",
      { window: { start: at("2024-05-01T00:00Z"), end: at("2024-05-02T00:00Z") } },
    ],
    [
      "?from=2024-05-01T06:30:15.250Z&to=2024-05-02T00:00:00Z",
      { window: { start: at("2024-05-01T06:30:15.250Z"), end: at("2024-05-02T00:00Z") } },
    ],
    ["?from=2024-05-02&to=2024-05-01", {}],
    ["?from=2024-05-01", {}],
    ["?from=2024-02-30&to=2024-03-02", {}],
    ["?from=yesterday&to=today", {}],
    ["?embed=1", { embed: true }],
    ["?dates=open,day", { certainty: ["day", "open"] }],
    ["?dates=month,someday", { certainty: ["month"] }],
    ["?dates=", { certainty: [] }],
    ["?corrections=1", { corrections: true }],
    ["?corrections=yes", {}],
    ["?embed=0&childId=sourceline", {}],
  ])("%j", (search, expected) => {
    expect(parseViewState(search)).toEqual({ ...DEFAULT_VIEW_STATE, ...expected });
  });
});

describe("serializeViewState(state) writes only what differs from the default, in a fixed order", () => {
  it.each<[Partial<ViewState>, string]>([
    [{}, ""],
    [{ event: "leike-resigns" }, "?event=leike-resigns"],
    [{ reader: 2 }, ""],
    [
      { view: "list", event: "e", reader: 0, query: "a b", types: ["board"], person: "p" },
      "?view=list&event=e&reader=0&q=a+b&types=board&person=p",
    ],
    [{ types: [] }, "?types="],
    [{ embed: true, event: "e" }, "?embed=1&event=e"],
    [
      { corrections: true, certainty: ["open", "day"], person: "p" },
      "?person=p&dates=day%2Copen&corrections=1",
    ],
    [
      { window: { start: at("2024-05-01T06:30:40Z"), end: at("2024-05-02T00:00:01Z") } },
      "?from=2024-05-01T06%3A30Z&to=2024-05-02T00%3A01Z",
    ],
  ])("%j → %s", (patch, search) => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, ...patch })).toBe(search);
  });

  it.each<Partial<ViewState>>([
    { event: "kokotajlo-speaks-out", reader: 1 },
    { view: "timeline", query: "trust", types: ["statement", "report"], person: "jan-leike" },
    { window: { start: at("2023-11-01T00:00Z"), end: at("2024-06-01T12:34Z") } },
    { types: [] },
    { embed: true, view: "list" },
    { certainty: ["range", "unknown"], corrections: true },
    { certainty: [] },
  ])("round-trips %j", (patch) => {
    const state = { ...DEFAULT_VIEW_STATE, ...patch };
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });
});

describe("the window in the address never depends on the local time zone", () => {
  it.each(["UTC", "Pacific/Kiritimati", "America/Los_Angeles"])("in %s", (zone) => {
    const previous = process.env.TZ;
    process.env.TZ = zone;
    expect(parseViewState("?from=2024-05-01&to=2024-05-01T23:59Z").window).toEqual({
      start: Date.UTC(2024, 4, 1),
      end: Date.UTC(2024, 4, 1, 23, 59),
    });
    expect(
      serializeViewState({
        ...DEFAULT_VIEW_STATE,
        window: { start: Date.UTC(2024, 4, 1), end: Date.UTC(2024, 4, 2) },
      }),
    ).toBe("?from=2024-05-01T00%3A00Z&to=2024-05-02T00%3A00Z");
    process.env.TZ = previous;
  });
});

describe("a window in the address may be written in any UTC offset, to the minute or finer", () => {
  it.each<[string, string, string]>([
    ["2024-05-01T08:30+02:00", "2024-05-01T06:30Z", "east of UTC: two hours earlier in UTC"],
    ["2024-05-01T08:30-01:30", "2024-05-01T10:00Z", "west of UTC, with minutes: later in UTC"],
    ["2024-05-01T01:00+05:45", "2024-04-30T19:15Z", "an offset that moves it to the day before"],
    ["2024-05-01T08:30+00:00", "2024-05-01T08:30Z", "+00:00 is UTC"],
    ["2024-05-01T06:30:15.5Z", "2024-05-01T06:30:15.500Z", "a tenth of a second"],
    ["2024-05-01T06:30:15.123456789Z", "2024-05-01T06:30:15.123Z", "digits past the millisecond"],
    ["2024-05-01T23:59:59Z", "2024-05-01T23:59:59Z", "the last second of a day"],
    ["2024-05-01T23:59+23:59", "2024-05-01T00:00Z", "the largest offset there can be"],
    ["2024-05-01T00:00-23:00", "2024-05-01T23:00Z", "the largest offset west"],
  ])("from=%s starts at %s (%s)", (from, utc, _why) => {
    const window = parseViewState(`?from=${encodeURIComponent(from)}&to=2024-06-01`).window;
    expect(window).toEqual({ start: at(utc), end: at("2024-06-01T00:00Z") });
  });

  it.each([
    ["2024-05-01T08:30+24:00", "an offset of 24 hours"],
    ["2024-05-01T08:30+02:60", "an offset of 60 minutes"],
    ["2024-05-01T08:30+0200", "an offset without its colon"],
    ["2024-05-01T24:00Z", "hour 24"],
    ["2024-05-01T08:60Z", "minute 60"],
    ["2024-05-01T08:30:60Z", "second 60"],
    ["2024-05-01T08Z", "an hour without minutes"],
    ["2024-13-01", "month 13"],
    ["2024-00-10", "month 0"],
    ["2024-05-00", "day 0"],
    ["2024-04-31", "31 April"],
    ["2023-02-29", "29 February in a common year"],
    ["2024-5-1", "a month and day of one digit"],
    [" 2024-05-01", "a leading space"],
    ["2024-05-01T08:30Zjunk", "text after the instant"],
  ])("ignores the window when from=%s (%s)", (from, _why) => {
    expect(parseViewState(`?from=${encodeURIComponent(from)}&to=2024-06-01`).window).toBeNull();
  });

  it.each([
    ["2024-05-31", "the 31st of a month that has one"],
    ["2024-02-29", "29 February in a leap year"],
    ["2024-12-31", "the year's last day"],
  ])("keeps a window that ends on %s (%s)", (to) => {
    expect(parseViewState(`?from=2024-01-01&to=${to}`).window).toEqual({
      start: at("2024-01-01T00:00Z"),
      end: at(`${to}T00:00Z`),
    });
  });

  it("reads a year before 100 as that year, not as 19xx", () => {
    const start = new Date(Date.UTC(2000, 0, 1));
    start.setUTCFullYear(50);
    expect(parseViewState("?from=0050-01-01&to=0050-01-02").window).toEqual({
      start: start.getTime(),
      end: start.getTime() + 86_400_000,
    });
  });

  it("ignores a window that starts where it ends", () => {
    expect(parseViewState("?from=2024-05-01T06:30Z&to=2024-05-01T08:30%2B02:00").window).toBeNull();
  });
});

describe("serializeViewState writes the window in UTC, rounded outwards to the minute", () => {
  it.each<[string, string, string]>([
    ["2024-05-31T12:00Z", "2024-06-30T23:59Z", "?from=2024-05-31T12%3A00Z&to=2024-06-30T23%3A59Z"],
    [
      "2024-01-05T07:05Z",
      "2024-12-31T09:09:00.001Z",
      "?from=2024-01-05T07%3A05Z&to=2024-12-31T09%3A10Z",
    ],
    [
      "2024-05-01T06:30:59.999Z",
      "2024-05-01T06:31Z",
      "?from=2024-05-01T06%3A30Z&to=2024-05-01T06%3A31Z",
    ],
  ])("%s to %s → %s", (start, end, search) => {
    const window = { start: at(start), end: at(end) };
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, window })).toBe(search);
  });

  it.each<[string, { start: number; end: number }]>([
    ["a window that starts where it ends", { start: at("2024-05-01"), end: at("2024-05-01") }],
    ["a backwards window", { start: at("2024-05-02"), end: at("2024-05-01") }],
    ["an endless window", { start: at("2024-05-01"), end: Number.POSITIVE_INFINITY }],
    ["a window with no start", { start: Number.NaN, end: at("2024-05-01") }],
    ["a window past the years a timeline can draw", { start: at("2024-05-01"), end: 1e22 }],
    ["a window before the years a timeline can draw", { start: -1e22, end: at("2024-05-01") }],
  ])("leaves out %s", (_name, window) => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, window })).toBe("");
  });

  // Windows past the year 9999 and before the year 0 were left out while links wrote only
  // four-digit years; issue 21 asks for windows of any year the timeline draws to round-trip.
  it.each<[string, { start: number; end: number }, string]>([
    [
      "past the year 9999",
      { start: at("2024-05-01"), end: Date.UTC(10_000, 0, 1) },
      "?from=2024-05-01T00%3A00Z&to=10000-01-01T00%3A00Z",
    ],
    [
      "before the year 0",
      { start: Date.UTC(-1, 0, 1), end: at("2024-05-01") },
      "?from=-0001-01-01T00%3A00Z&to=2024-05-01T00%3A00Z",
    ],
    [
      "from the Big Bang to the Solar System",
      { start: dayToMs("-13800000000-01-01"), end: dayToMs("-4600000000-01-01") },
      "?from=-13800000000-01-01&to=-4600000000-01-01",
    ],
  ])("keeps a window %s", (_name, window, search) => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, window })).toBe(search);
    expect(parseViewState(search).window).toEqual(window);
  });

  it.each<[string, string]>([
    ["-13800000000-01-01", "-13799630000-01-01"],
    ["-200000-03-01T06:30Z", "-3500-01-01T00:00Z"],
    ["-99999999998-01-01", "99999999998-12-31"],
  ])("a window from %s to %s is written back as it was read", (from, to) => {
    const search = `?from=${from}&to=${to}`;
    const window = parseViewState(search).window;
    const link = serializeViewState({ ...DEFAULT_VIEW_STATE, window });
    expect(parseViewState(link).window).toEqual(window);
    expect(serializeViewState(parseViewState(link))).toBe(link);
  });

  it.each<[string, number, number]>([
    ["13.8 billion years ago, zoomed", -4.354859997e20, -4.354859e20],
    ["a million years ago, a day long", -3.1557e16, -3.1557e16 + 86_400_000],
    ["the age of the universe", -4.36e20, 1e12],
  ])(
    "a window the zoom makes (%s) comes back from its link holding all it showed",
    (_, start, end) => {
      const link = serializeViewState({ ...DEFAULT_VIEW_STATE, window: { start, end } });
      const back = parseViewState(link).window;
      expect(back).not.toBeNull();
      const { start: s, end: e } = back as { start: number; end: number };
      expect(s).toBeLessThanOrEqual(start);
      expect(e).toBeGreaterThanOrEqual(end);
      // Rounded outwards to the minute, or to the day past what a double holds to the minute.
      const slack = Math.abs(start) < 2 ** 53 ? 60_000 : 86_400_000;
      expect(start - s).toBeLessThanOrEqual(slack);
      expect(e - end).toBeLessThanOrEqual(slack);
      expect(serializeViewState({ ...DEFAULT_VIEW_STATE, window: back })).toBe(link);
    },
  );

  it("keeps a window from the year 0 to the year 9999", () => {
    const from = new Date(Date.UTC(2000, 0, 1));
    from.setUTCFullYear(0);
    const window = { start: from.getTime(), end: Date.UTC(9999, 11, 31, 23, 59) };
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, window })).toBe(
      "?from=0000-01-01T00%3A00Z&to=9999-12-31T23%3A59Z",
    );
  });
});

describe("?data= names the dataset to load instead of the bundled one", () => {
  it.each<[string, string | null]>([
    ["?data=https%3A%2F%2Fexample.org%2Fstory.json", "https://example.org/story.json"],
    ["?data=story.json&event=a", "story.json"],
    ["?data=", null],
    ["?event=a", null],
  ])("%s → %j", (search, data) => {
    expect(parseViewState(search).data).toBe(data);
  });

  it("is written first after ?embed=1, so a shared link opens the same file", () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      embed: true,
      view: "list" as const,
      data: "https://x.org/d.json",
    };
    expect(serializeViewState(state)).toBe("?embed=1&data=https%3A%2F%2Fx.org%2Fd.json&view=list");
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });
});

describe("ids and excerpt numbers in the address must be well formed", () => {
  it.each<[string, Partial<ViewState>]>([
    ["?event=Not%20an%20id&reader=1", {}],
    ["?event=a--b", {}],
    ["?person=Jan%20Leike", {}],
    ["?event=a&reader=99999999999999999999", { event: "a" }],
    ["?event=a&reader=", { event: "a" }],
    ["?event=a&reader=007", { event: "a", reader: 7 }],
    ["?event=a&reader=1e3", { event: "a" }],
    ["?event=a&reader=2x", { event: "a" }],
    ["?from=yesterday&to=2024-05-01", {}],
    ["?from=2024-05-01&to=tomorrow", {}],
    ["?from=1960-01-01&to=tomorrow", {}],
  ])("%s", (search, expected) => {
    expect(parseViewState(search)).toEqual({ ...DEFAULT_VIEW_STATE, ...expected });
  });
});
