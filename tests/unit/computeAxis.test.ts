import { scaleUtc } from "d3-scale";
import { afterEach, describe, expect, it } from "vitest";
import {
  type AxisOptions,
  type AxisTick,
  computeAxis as axisOf,
  LABEL_OFFSET,
} from "../../src/timeline/computeAxis.ts";
import { dayToMs } from "../../src/timeline/eventSpan.ts";
import { timeScale } from "../../src/timeline/timeScale.ts";
import { DAY_MS, type TimeWindow } from "../../src/timeline/types.ts";

// 7px a character: "14" is 14px wide, "Jan" 21px, "2024" 28px, "May 2024" 56px; with the 8px gap,
// day ticks need 22px between them, months 29px and years 36px.
const measure = (text: string) => text.length * 7;
const utc = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00Z` : iso);
const span = (from: string, to: string): TimeWindow => ({ start: utc(from), end: utc(to) });
/** The axis of a window laid over a width. */
const computeAxis = (
  window: TimeWindow,
  width: number,
  measureText: (text: string) => number,
  options?: AxisOptions,
) => axisOf(timeScale(window, width), measureText, options);
const labels = (ticks: AxisTick[]) => ticks.map((tick) => tick.label);

describe("computeAxis(scale, measure) picks the finest unit whose labels fit", () => {
  it.each([
    ["2 days at 1000px", "2024-05-14", "2024-05-16", 1000, "day"],
    ["3 weeks at 1000px: days 48px apart", "2024-05-01", "2024-05-22", 1000, "day"],
    [
      "4 weeks at 448px: days 16px apart, every other day 32px",
      "2024-05-02",
      "2024-05-30",
      448,
      "2 days",
    ],
    [
      "4 weeks at 448px across the 31st: 31 and 1 are a day apart",
      "2024-05-20",
      "2024-06-17",
      448,
      "week",
    ],
    ["7 months at 1000px: weeks 33px apart", "2023-11-01", "2024-06-01", 1000, "week"],
    ["2 years at 1000px: weeks 10px, months 38px apart", "2022-01-01", "2024-01-01", 1000, "month"],
    [
      "5 years at 1000px: months 16px, quarters 49px apart",
      "2019-01-01",
      "2024-01-01",
      1000,
      "quarter",
    ],
    [
      "10 years at 1000px: quarters 25px, years 100px apart",
      "2014-01-01",
      "2024-01-01",
      1000,
      "year",
    ],
    [
      "10 years at 200px: years 20px, 2 years 40px apart",
      "2014-01-01",
      "2024-01-01",
      200,
      "2 years",
    ],
    [
      "300 years at 300px: 20 years 20px, 50 years 50px apart",
      "1700-01-01",
      "2000-01-01",
      300,
      "50 years",
    ],
    [
      "1000 years at 500px: 50 years 25px, 100 years 50px apart",
      "1000-01-01",
      "2000-01-01",
      500,
      "100 years",
    ],
  ])("%s → %s … %s at %ipx: %s", (_, from, to, width, unit) => {
    expect(computeAxis(span(from, to), width, measure).unit).toBe(unit);
  });

  it.each([
    ["28 days: 22px a day fits days", "2024-05-02", "2024-05-30", 620, "day"],
    ["28 days: 21.8px a day needs every other day", "2024-05-02", "2024-05-30", 610, "2 days"],
    ["10 years: 37px a year fits years", "2014-01-01", "2024-01-01", 370, "year"],
    ["10 years: 35px a year needs 2 years", "2014-01-01", "2024-01-01", 350, "2 years"],
  ])("a few pixels decide between a unit and the next: %s", (_, from, to, width, unit) => {
    expect(computeAxis(span(from, to), width, measure).unit).toBe(unit);
  });

  it.each([
    ["days exactly the least gap apart fit", "2024-05-10", "2024-05-20", 220, "day"],
    // "11" at the right edge is never drawn, yet "10" before it needs 22px, not 15.
    [
      "a boundary at the right edge must not crowd the label before it",
      "2024-05-01",
      "2024-05-11",
      180,
      "2 days",
    ],
  ])("%s", (_, from, to, width, unit) => {
    expect(computeAxis(span(from, to), width, measure).unit).toBe(unit);
  });

  it("honours a custom minGap", () => {
    const window = span("2024-05-01", "2024-05-22");
    expect(computeAxis(window, 1000, measure, { minGap: 40 }).unit).toBe("2 days");
  });

  it("steps on past 100 years (to 200, 500, 1000 …) until the labels fit", () => {
    // Centuries 10px apart overlap, and so do 200 years (20px); 500 years are 50px apart: "1000"
    // ends at 32 and "1500" starts at 54, while "2000" would run past the 100px edge.
    const model = computeAxis(span("1000-01-01", "2000-01-01"), 100, measure);
    expect([model.unit, labels(model.ticks), model.context]).toEqual([
      "500 years",
      ["1000", "1500"],
      [],
    ]);
  });
});

const PROPERTY_SPANS_DAYS = [0.25, 1, 2, 7, 21, 45, 90, 213, 400, 1826, 3653, 36525, 365250];
const PROPERTY_WIDTHS = [40, 120, 320, 800, 1600];
const PROPERTY_START = utc("2024-05-14T06:30Z");

/** Each label ends inside the width and at least the 8px gap before the next starts. */
function expectReadableRow(ticks: AxisTick[], width: number) {
  ticks.forEach((tick, i) => {
    const end = tick.pos + LABEL_OFFSET + measure(tick.label);
    expect(end).toBeLessThanOrEqual(width);
    const next = ticks[i + 1];
    if (next === undefined) return;
    expect(next.value).toBeGreaterThan(tick.value);
    expect(end + 8).toBeLessThanOrEqual(next.pos + LABEL_OFFSET);
  });
}

describe("computeAxis labels never overlap or run past the width", () => {
  it.each(
    PROPERTY_SPANS_DAYS.flatMap((days) => PROPERTY_WIDTHS.map((width) => [days, width] as const)),
  )("%d days at %ipx", (days, width) => {
    const window = { start: PROPERTY_START, end: PROPERTY_START + days * DAY_MS };
    const model = computeAxis(window, width, measure);
    const scale = scaleUtc().domain([window.start, window.end]).range([0, width]);
    expect(model.unit).not.toBeNull();
    for (const tick of model.ticks) {
      expect(tick.value).toBeGreaterThanOrEqual(window.start);
      expect(tick.value).toBeLessThanOrEqual(window.end);
      expect(tick.pos).toBe(scale(tick.value));
    }
    expectReadableRow(model.ticks, width);
    expectReadableRow(model.context, width);
  });
});

describe("computeAxis labels ticks and names their month or year in the context row", () => {
  it("labels days by day of month, pinning the month at the left edge of a mid-month window", () => {
    const window = span("2024-05-14T06:00Z", "2024-05-16T06:00Z");
    const scale = scaleUtc().domain([window.start, window.end]).range([0, 1000]);
    expect(computeAxis(window, 1000, measure)).toEqual({
      unit: "day",
      ticks: [
        { value: utc("2024-05-15"), pos: scale(utc("2024-05-15")), label: "15" },
        { value: utc("2024-05-16"), pos: scale(utc("2024-05-16")), label: "16" },
      ],
      context: [{ value: window.start, pos: 0, label: "May 2024" }],
    });
  });

  it.each([
    ["day", "2024-05-25", "2024-06-08", 1000, ["May 2024", "Jun 2024"]],
    ["week", "2023-11-01", "2024-01-15", 1000, ["Nov 2023", "Dec 2023", "Jan 2024"]],
    ["month", "2023-03-15", "2025-03-15", 1000, ["2023", "2024", "2025"]],
    ["quarter", "2019-06-01", "2024-01-01", 1000, ["2019", "2020", "2021", "2022", "2023"]],
    ["year", "2014-01-01", "2024-01-01", 1000, []],
  ])("%s ticks from %s to %s at %ipx have context %j", (unit, from, to, width, context) => {
    const model = computeAxis(span(from, to), width, measure);
    expect([model.unit, labels(model.context)]).toEqual([unit, context]);
    expect(model.context[0]?.pos ?? 0).toBe(0);
  });

  it.each([
    [
      "month",
      "2024-01-01",
      "2025-01-01",
      1000,
      ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    ],
    [
      "quarter",
      "2021-01-01",
      "2024-01-01",
      600,
      ["Jan", "Apr", "Jul", "Oct", "Jan", "Apr", "Jul", "Oct", "Jan", "Apr", "Jul", "Oct"],
    ],
    [
      "year",
      "2014-01-01",
      "2024-01-01",
      1000,
      ["2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023"],
    ],
  ])(
    "labels a %s by its short month or year, dropping the last tick whose label passes the edge",
    (unit, from, to, width, expected) => {
      const model = computeAxis(span(from, to), width, measure);
      expect([model.unit, labels(model.ticks)]).toEqual([unit, expected]);
    },
  );

  it("does not pin a second label when a period starts exactly at the left edge", () => {
    const model = computeAxis(span("2024-01-01", "2025-01-01"), 1000, measure);
    expect(model.context).toEqual([{ value: utc("2024-01-01"), pos: 0, label: "2024" }]);
  });

  it("drops the pinned label when it would overlap the next month's", () => {
    // 1 June is 26px in; "May 2024" would end at 60.
    const model = computeAxis(span("2024-05-31T12:00Z", "2024-06-20"), 1000, measure);
    expect(labels(model.context)).toEqual(["Jun 2024"]);
  });

  it.each<[string, string, string, number, (text: string) => number, string[]]>([
    [
      "the pinned label ending at the right edge",
      "2024-05-14",
      "2024-05-14T12:00Z",
      60,
      measure,
      ["May 2024"],
    ],
    // 1 June is 64px in: "May 2024" ends at 60, the least gap before "Jun 2024" starts at 68.
    [
      "the pinned label exactly the least gap before the next",
      "2024-05-31",
      "2024-06-02",
      128,
      measure,
      ["May 2024", "Jun 2024"],
    ],
    // 1 June is 60px in, its label ending at the right edge.
    [
      "a month's label ending at the right edge",
      "2024-05-31",
      "2024-06-02",
      120,
      measure,
      ["Jun 2024"],
    ],
    // 1 June is 682px in; a 674px "May 2024" ends at 678, the least gap before June's starts.
    [
      "a month's label exactly the least gap after the one before",
      "2024-05-01",
      "2024-07-01",
      1342,
      (text: string) => (text === "May 2024" ? 674 : measure(text)),
      ["May 2024", "Jun 2024"],
    ],
  ])("keeps %s", (_, from, to, width, measureText, context) => {
    expect(labels(computeAxis(span(from, to), width, measureText).context)).toEqual(context);
  });

  it("drops a context label that would run past the right edge", () => {
    // 1 June is 3px from the right edge.
    const model = computeAxis(span("2024-05-14", "2024-06-01T06:00Z"), 1000, measure);
    expect(model.context).toEqual([{ value: utc("2024-05-14"), pos: 0, label: "May 2024" }]);
  });
});

describe("computeAxis draws nothing for a degenerate window or width", () => {
  const day = span("2024-05-14", "2024-05-15");
  it.each([
    ["zero width", day, 0],
    ["negative width", day, -10],
    ["not-a-number width", day, Number.NaN],
    ["zero-length window", span("2024-05-14", "2024-05-14"), 500],
    ["reversed window", span("2024-05-15", "2024-05-14"), 500],
    ["not-a-number start", { start: Number.NaN, end: day.end }, 500],
    ["infinite end", { start: day.start, end: Number.POSITIVE_INFINITY }, 500],
  ])("%s", (_, window, width) => {
    expect(computeAxis(window, width, measure)).toEqual({ unit: null, ticks: [], context: [] });
  });

  it("draws one day as its first tick, the tick at the right edge being dropped", () => {
    expect(computeAxis(span("2024-05-14", "2024-05-15"), 500, measure)).toEqual({
      unit: "day",
      ticks: [{ value: utc("2024-05-14"), pos: 0, label: "14" }],
      context: [{ value: utc("2024-05-14"), pos: 0, label: "May 2024" }],
    });
  });

  it("keeps a tick whose label ends exactly at the right edge", () => {
    const model = computeAxis(span("2024-05-14", "2024-05-14T12:00Z"), 18, measure);
    expect(labels(model.ticks)).toEqual(["14"]);
  });

  it("leaves out the midnight a window starts a fraction of a millisecond after", () => {
    const window = { start: utc("2024-05-14") + 0.5, end: utc("2024-05-16") };
    expect(labels(computeAxis(window, 1000, measure).ticks)).toEqual(["15"]);
  });

  it("draws a few hours with no day boundary as just the pinned month", () => {
    const window = span("2024-05-14T06:00Z", "2024-05-14T18:00Z");
    expect(computeAxis(window, 500, measure)).toEqual({
      unit: "day",
      ticks: [],
      context: [{ value: window.start, pos: 0, label: "May 2024" }],
    });
  });
});

describe("computeAxis gives the same model in every time zone", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  const windows: [TimeWindow, number][] = [
    [span("2024-05-14T06:00Z", "2024-05-16T06:00Z"), 1000],
    [span("2023-12-31T20:00Z", "2024-01-02T04:00Z"), 800],
    [span("2023-11-01", "2024-06-01"), 1000],
    [span("2023-03-15", "2025-03-15"), 1000],
    [span("2014-01-01", "2024-01-01"), 200],
  ];
  const modelsIn = (tz: string) => {
    process.env.TZ = tz;
    return windows.map(([window, width]) => computeAxis(window, width, measure));
  };

  it.each([
    ["Pacific/Kiritimati", -840],
    ["America/Los_Angeles", 480],
  ])("%s (UTC offset %i minutes, checked) gives the UTC model", (tz, offset) => {
    const inUtc = modelsIn("UTC");
    const inZone = modelsIn(tz);
    // Proves the zone took effect, so the equality below is not vacuous.
    expect(new Date(utc("2024-01-15")).getTimezoneOffset()).toBe(offset);
    expect(inZone).toEqual(inUtc);
  });
});

describe("computeAxis(scale, height, { merged }) down a phone: one column of ticks", () => {
  const height = () => 14;
  it.each<[string, string, string, number, string[]]>([
    [
      "months name their year where one begins",
      "2023-10-20",
      "2024-06-10",
      700,
      ["Nov 2023", "Dec", "Jan 2024", "Feb", "Mar", "Apr", "May", "Jun"],
    ],
    [
      "weeks name their month where one begins",
      "2024-04-20",
      "2024-05-31",
      500,
      ["22 Apr", "29", "6 May", "13", "20", "27"],
    ],
    [
      "years are years",
      "2015-06-01",
      "2024-06-01",
      400,
      ["2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024"],
    ],
  ])("%s", (_, from, to, length, labelsDown) => {
    const model = computeAxis(span(from, to), length, height, { minGap: 26, merged: true });
    expect(labels(model.ticks)).toEqual(labelsDown);
    expect(model.context).toEqual([]);
    for (let i = 1; i < model.ticks.length; i++) {
      const gap = (model.ticks[i]?.pos ?? 0) - (model.ticks[i - 1]?.pos ?? 0);
      expect(gap).toBeGreaterThanOrEqual(14 + 26);
    }
  });
});

describe("computeAxis labels years of any size as people read them (issue 21)", () => {
  const years = (from: string, to: string): TimeWindow => ({
    start: dayToMs(from),
    end: dayToMs(to),
  });
  it.each<[string, TimeWindow, number, string, string[]]>([
    [
      "10 years",
      years("2015-01-01", "2025-01-01"),
      1000,
      "year",
      ["2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024"],
    ],
    [
      "10 years either side of year 0",
      years("-0005-01-01", "0005-01-01"),
      1000,
      "year",
      ["5 BCE", "4 BCE", "3 BCE", "2 BCE", "1 BCE", "0", "1", "2", "3", "4"],
    ],
    [
      "5,000 years",
      years("-3500-01-01", "1500-01-01"),
      1000,
      "500 years",
      [
        "3500 BCE",
        "3000 BCE",
        "2500 BCE",
        "2000 BCE",
        "1500 BCE",
        "1000 BCE",
        "500 BCE",
        "0",
        "500",
        "1000",
      ],
    ],
    [
      "10,000 years around Homo sapiens",
      years("-320000-01-01", "-310000-01-01"),
      1000,
      "1000 years",
      [
        "320,000 BCE",
        "319,000 BCE",
        "318,000 BCE",
        "317,000 BCE",
        "316,000 BCE",
        "315,000 BCE",
        "314,000 BCE",
        "313,000 BCE",
        "312,000 BCE",
        "311,000 BCE",
      ],
    ],
    [
      "1 million years",
      years("-1000000-01-01", "0001-01-01"),
      1000,
      "200000 years",
      ["1 million years ago", "800,000 BCE", "600,000 BCE", "400,000 BCE", "200,000 BCE"],
    ],
    [
      "14 billion years",
      years("-14000000000-01-01", "0001-01-01"),
      1600,
      "2000000000 years",
      [
        "14 billion years ago",
        "12 billion years ago",
        "10 billion years ago",
        "8 billion years ago",
        "6 billion years ago",
        "4 billion years ago",
        "2 billion years ago",
      ],
    ],
    [
      "14 billion years on a phone's width",
      years("-14000000000-01-01", "0001-01-01"),
      320,
      "10000000000 years",
      ["10 billion years ago"],
    ],
    [
      "2 million years ahead",
      years("1000000-01-01", "3000000-01-01"),
      1000,
      "500000 years",
      ["in 1 million years", "in 1.5 million years", "in 2 million years", "in 2.5 million years"],
    ],
  ])("%s at %ipx", (_, window, width, unit, expected) => {
    const model = computeAxis(window, width, measure);
    expect([model.unit, labels(model.ticks)]).toEqual([unit, expected]);
    expectReadableRow(model.ticks, width);
    // Each tick sits on the first day of the year it names.
    for (const tick of model.ticks)
      expect(tick.pos).toBeCloseTo(timeScale(window, width).px(tick.value));
  });

  it("names the year of a window inside one year that no Date can hold", () => {
    const model = computeAxis(years("-13800000000-03-01", "-13800000000-05-01"), 1000, measure);
    expect([model.unit, labels(model.ticks), labels(model.context)]).toEqual([
      "year",
      [],
      ["13,800,000,000 BCE"],
    ]);
  });

  it.each([
    ["the age of the universe", years("-13800000000-01-01", "-3500-12-31")],
    ["the first million years", years("-13800000000-01-01", "-13799000000-01-01")],
    ["a day 13.8 billion years ago", years("-13800000000-06-01", "-13800000000-06-02")],
    ["Homo sapiens to today", years("-315000-01-01", "2024-12-31")],
  ])("writes no NaN, no minus sign and no empty axis for %s", (_, window) => {
    for (const width of [320, 1000]) {
      for (const merged of [false, true]) {
        const model = computeAxis(window, width, measure, { merged });
        const text = labels([...model.ticks, ...model.context]);
        expect(text.length).toBeGreaterThan(0);
        expect(text.join(" ")).not.toMatch(/NaN|undefined|-\d/);
      }
    }
  });
});
