import {
  type CountableTimeInterval,
  type TimeInterval,
  utcDay,
  utcMonday,
  utcMonth,
  utcYear,
} from "d3-time";
import { dayParts, daysFromEpoch } from "../dates/calendarDay.ts";
import { formatYear } from "../dates/formatEventDate.ts";
import { type DateFields, localDateText } from "../dates/localDateText.ts";
import { DATE_YEARS } from "../dates/yearRange.ts";
import { i18n } from "../i18n/i18n.ts";
import { TIME_RANGE } from "./timeRange.ts";
import type { TimeScale } from "./timeScale.ts";
import { DAY_MS, type MeasureText, type Px, type TimeMs, type TimeWindow } from "./types.ts";
import { yearTickLabel } from "./yearTickLabel.ts";
import { yearTicks } from "./yearTicks.ts";

/**
 * One labelled mark on the axis, `pos` pixels along the time axis (across the chart, or down it
 * on a phone); its label is drawn from `pos + LABEL_OFFSET`.
 */
export interface AxisTick {
  value: TimeMs;
  pos: Px;
  label: string;
}

/**
 * The spacing of the main ticks, finest first: calendar units up to a quarter, then whole years
 * stepped by 1, 2 or 5 times a power of ten ("year", "2 years" … "1000000000 years").
 */
export type AxisUnit = "day" | "2 days" | "week" | "month" | "quarter" | "year" | `${number} years`;

/** The axis ready to draw: ticks, and a row of months or years for context; no unit when empty. */
export interface AxisModel {
  unit: AxisUnit | null;
  ticks: AxisTick[];
  context: AxisTick[];
}

/** Distance from a tick line to the start of its label. */
export const LABEL_OFFSET: Px = 4;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

type Label = (date: Date) => string;

/** An instant to mark and its label, before it is placed. */
interface Mark {
  value: TimeMs;
  label: string;
}

interface Level {
  interval: TimeInterval;
  label: Label;
}

interface UnitSpec extends Level {
  unit: AxisUnit;
  context: Level | null;
  /** The tick's label where a period of its context begins, when ticks carry their own context. */
  merged: Label;
}

/** d3 gives null only for a step that is not a whole number from 1 up; every step here is one. */
const every = (interval: CountableTimeInterval, step: number) =>
  interval.every(step) as TimeInterval;

/**
 * A label by hand in English, else from `Intl` in the interface's language with the month cut
 * short ("14. Mai", "5月"): the fields the label names, of the date's UTC calendar day.
 */
const label =
  (english: Label, fields: (date: Date) => DateFields): Label =>
  (date) => {
    const locale = i18n.locale;
    return locale === "en" ? english(date) : localDateText(fields(date), locale, "short");
  };
const yearOfDate = (date: Date) => date.getUTCFullYear();
const monthOfDate = (date: Date) => date.getUTCMonth() + 1;

const dayOfMonth: Label = label(
  (date) => String(date.getUTCDate()),
  (date) => ({ day: date.getUTCDate() }),
);
const shortMonth: Label = label(
  (date) => MONTHS[date.getUTCMonth()] as string,
  (date) => ({ month: monthOfDate(date) }),
);
const year: Label = (date) => formatYear(yearOfDate(date));
const monthAndYear: Label = label(
  (date) => `${shortMonth(date)} ${year(date)}`,
  (date) => ({ year: yearOfDate(date), month: monthOfDate(date) }),
);

const dayAndMonth: Label = label(
  (date) => `${dayOfMonth(date)} ${shortMonth(date)}`,
  (date) => ({ month: monthOfDate(date), day: date.getUTCDate() }),
);

const MONTH_CONTEXT: Level = { interval: utcMonth, label: monthAndYear };
const YEAR_CONTEXT: Level = { interval: utcYear, label: year };

const UNITS: readonly UnitSpec[] = [
  { unit: "day", interval: utcDay, label: dayOfMonth, context: MONTH_CONTEXT, merged: dayAndMonth },
  {
    unit: "2 days",
    interval: every(utcDay, 2),
    label: dayOfMonth,
    context: MONTH_CONTEXT,
    merged: dayAndMonth,
  },
  {
    unit: "week",
    interval: utcMonday,
    label: dayOfMonth,
    context: MONTH_CONTEXT,
    merged: dayAndMonth,
  },
  {
    unit: "month",
    interval: utcMonth,
    label: shortMonth,
    context: YEAR_CONTEXT,
    merged: monthAndYear,
  },
  {
    unit: "quarter",
    interval: every(utcMonth, 3),
    label: shortMonth,
    context: YEAR_CONTEXT,
    merged: monthAndYear,
  },
];

// The whole years in which a Date holds every day: the calendar units above reckon with Date.
const { first: DATE_FIRST_YEAR, last: DATE_LAST_YEAR } = DATE_YEARS;
const DATE_START = daysFromEpoch({ year: DATE_FIRST_YEAR, month: 1, day: 1 }) * DAY_MS;
const DATE_END = (daysFromEpoch({ year: DATE_LAST_YEAR, month: 12, day: 31 }) + 1) * DAY_MS;

// The first century that starts inside those years: every tick interval's boundaries fall on it.
const FIRST_CENTURY = Date.UTC(Math.ceil(DATE_FIRST_YEAR / 100) * 100, 0, 1);

// Steps of whole years, 1, 2 and 5 times each power of ten, up to past `YEAR_RANGE`'s width.
const YEAR_STEPS: readonly number[] = Array.from(
  { length: 36 },
  (_, i) => (i % 3 === 0 ? 1 : i % 3 === 1 ? 2 : 5) * 10 ** Math.floor(i / 3),
);
const yearOf = (t: TimeMs) => dayParts(Math.floor(t / DAY_MS)).year;
const yearUnit = (step: number): AxisUnit => (step === 1 ? "year" : `${step} years`);

/**
 * The first boundary at or after `start`. d3 finds it from the one before, which near the first
 * day of `DATE_FIRST_YEAR` can be before the first day a Date holds (the century before): then the
 * first one after `start` is tried, and then the first from `FIRST_CENTURY` on.
 */
function firstBoundary(interval: TimeInterval, start: TimeMs): Date {
  for (const from of [start, start + 1, Math.max(start, FIRST_CENTURY + 1)]) {
    const date = interval.ceil(new Date(from));
    if (!Number.isNaN(+date)) return date;
  }
  return new Date(Number.NaN);
}

/** Interval boundaries inside `[start, end]`, generated lazily so a failing unit stops early. */
function* boundaries(interval: TimeInterval, start: TimeMs, end: TimeMs): Generator<Date> {
  // A boundary past the last day a Date holds is NaN, which ends the loop.
  for (let date = firstBoundary(interval, start); +date <= end; date = interval.offset(date, 1)) {
    // `new Date` drops fractions of a millisecond, so the first boundary can precede start.
    if (+date >= start) yield date;
  }
}

/** The boundaries of a calendar unit, labelled, lazily. */
function* calendarMarks(interval: TimeInterval, label: Label, window: TimeWindow): Generator<Mark> {
  for (const date of boundaries(interval, window.start, window.end)) {
    yield { value: +date, label: label(date) };
  }
}

/** The first day of every `step`th year in the window, labelled, lazily. */
function* yearMarks(step: number, window: TimeWindow): Generator<Mark> {
  for (const { year, value } of yearTicks(step, window))
    yield { value, label: yearTickLabel(year, step) };
}

interface Placement {
  x: (value: TimeMs) => Px;
  measure: MeasureText;
  width: Px;
  minGap: Px;
}

function placeMark({ value, label }: Mark, place: Placement): AxisTick & { end: Px } {
  const x = place.x(value);
  return { value, pos: x, label, end: x + LABEL_OFFSET + place.measure(label) };
}

/**
 * Labels every mark, or gives up (null) at the first overlap so that a unit too fine for the
 * width costs only a few ticks. Labels running past the right edge are dropped; as the labels do
 * not overlap, those are the last ones.
 */
function fitLabels(marks: Iterable<Mark>, place: Placement): AxisTick[] | null {
  const ticks: AxisTick[] = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const mark of marks) {
    const { end, ...tick } = placeMark(mark, place);
    if (previousEnd + place.minGap > tick.pos + LABEL_OFFSET) return null;
    if (end <= place.width) ticks.push(tick);
    previousEnd = end;
  }
  return ticks;
}

/** Labels marks left to right, skipping any that overlap the last kept or pass the edge. */
function thinLabels(marks: Iterable<Mark>, place: Placement): AxisTick[] {
  const ticks: AxisTick[] = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const mark of marks) {
    const { end, ...tick } = placeMark(mark, place);
    if (end > place.width || previousEnd + place.minGap > tick.pos + LABEL_OFFSET) continue;
    ticks.push(tick);
    previousEnd = end;
  }
  return ticks;
}

/** Context periods in the window, led by one pinned at x = 0 naming the left edge's period. */
function contextTicks(level: Level, window: TimeWindow, place: Placement): AxisTick[] {
  const ticks = thinLabels(calendarMarks(level.interval, level.label, window), place);
  return pinned(level.label(level.interval.floor(new Date(window.start))), ticks, window, place);
}

/** A label naming the left edge's period at x = 0 before `ticks`, when there is room for it. */
function pinned(text: string, ticks: AxisTick[], window: TimeWindow, place: Placement): AxisTick[] {
  const end = LABEL_OFFSET + place.measure(text);
  const next = ticks[0];
  // A period that begins at the left edge leaves no room before it, so none is pinned there.
  const fits =
    end <= place.width && (next === undefined || end + place.minGap <= next.pos + LABEL_OFFSET);
  return fits ? [{ value: window.start, pos: 0, label: text }, ...ticks] : ticks;
}

/**
 * Each tick's label with its context where a period of the context begins (and on the first
 * tick): "14 May", "15", "16" … or "Nov 2023", "Dec", "Jan 2024": one column, for a phone.
 */
function mergeContext(ticks: AxisTick[], spec: UnitSpec): AxisTick[] {
  if (spec.context === null) return ticks;
  const { interval } = spec.context;
  return ticks.map((tick, i) => {
    const date = new Date(tick.value);
    const begins = i === 0 || +interval.floor(date) > (ticks[i - 1] as AxisTick).value;
    return begins ? { ...tick, label: spec.merged(date) } : tick;
  });
}

/** How the axis is drawn: its least gap between labels, and whether ticks carry their context. */
export interface AxisOptions {
  minGap?: Px;
  /** Ticks name their month or year themselves (one column down a phone), with no context row. */
  merged?: boolean;
}

/**
 * Chooses the finest unit whose tick labels all fit along the scale without overlapping (at least
 * `minGap` apart), and the context row of months or years that names where the ticks are. Down a
 * phone, `measure` gives a label's height, and `merged` puts the context into the ticks.
 */
export function computeAxis(
  scale: TimeScale,
  measure: MeasureText,
  { minGap = 8, merged = false }: AxisOptions = {},
): AxisModel {
  const { length: width } = scale;
  const finite = [scale.window.start, scale.window.end, width, minGap].every(Number.isFinite);
  // Ticks only where the timeline can draw: beyond it a label would name no year.
  const start = Math.max(scale.window.start, TIME_RANGE.start);
  const end = Math.min(scale.window.end, TIME_RANGE.end);
  const window = { start, end };
  if (!finite || width <= 0 || end <= start) return { unit: null, ticks: [], context: [] };
  const place: Placement = { x: scale.px, measure, width, minGap };
  // Days, weeks and months only where a Date names every instant of the window.
  const calendar = start >= DATE_START && end <= DATE_END ? UNITS : [];
  for (const spec of calendar) {
    if (merged) {
      // Measured as they will be drawn: a tick that names its month is the widest.
      const ticks = fitLabels(calendarMarks(spec.interval, spec.merged, window), place);
      if (ticks === null) continue;
      const plain = ticks.map((tick) => ({ ...tick, label: spec.label(new Date(tick.value)) }));
      return { unit: spec.unit, ticks: mergeContext(plain, spec), context: [] };
    }
    const ticks = fitLabels(calendarMarks(spec.interval, spec.label, window), place);
    if (ticks === null) continue;
    const context = spec.context === null ? [] : contextTicks(spec.context, window, place);
    return { unit: spec.unit, ticks, context };
  }
  for (const step of YEAR_STEPS) {
    const ticks = fitLabels(yearMarks(step, window), place);
    if (ticks === null) continue;
    // A window inside one year far from any Date still says which year it is.
    const context =
      ticks.length === 0 && calendar.length === 0
        ? pinned(formatYear(yearOf(start)), [], window, place)
        : [];
    return merged
      ? { unit: yearUnit(step), ticks: [...context, ...ticks], context: [] }
      : { unit: yearUnit(step), ticks, context };
  }
  // Even the coarsest step is too fine for the width: overlapping labels are skipped.
  const step = YEAR_STEPS[YEAR_STEPS.length - 1] as number;
  return { unit: yearUnit(step), ticks: thinLabels(yearMarks(step, window), place), context: [] };
}
