import {
  type CountableTimeInterval,
  type TimeInterval,
  utcDay,
  utcMonday,
  utcMonth,
  utcYear,
} from "d3-time";
import { YEAR_RANGE } from "../dates/yearRange.ts";
import { TIME_RANGE } from "./timeRange.ts";
import type { TimeScale } from "./timeScale.ts";
import type { MeasureText, Px, TimeMs, TimeWindow } from "./types.ts";

/**
 * One labelled mark on the axis, `pos` pixels along the time axis (across the chart, or down it
 * on a phone); its label is drawn from `pos + LABEL_OFFSET`.
 */
export interface AxisTick {
  value: TimeMs;
  pos: Px;
  label: string;
}

/** The spacing of the main ticks, finest first. */
export type AxisUnit =
  | "day"
  | "2 days"
  | "week"
  | "month"
  | "quarter"
  | "year"
  | "2 years"
  | "5 years"
  | "10 years"
  | "20 years"
  | "50 years"
  | "100 years";

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

const dayOfMonth: Label = (date) => String(date.getUTCDate());
const shortMonth: Label = (date) => MONTHS[date.getUTCMonth()] as string;
const year: Label = (date) => String(date.getUTCFullYear());
const monthAndYear: Label = (date) => `${shortMonth(date)} ${year(date)}`;

const dayAndMonth: Label = (date) => `${dayOfMonth(date)} ${shortMonth(date)}`;

const MONTH_CONTEXT: Level = { interval: utcMonth, label: monthAndYear };
const YEAR_CONTEXT: Level = { interval: utcYear, label: year };

const yearsUnit = (unit: AxisUnit, step: number): UnitSpec => ({
  unit,
  interval: every(utcYear, step),
  label: year,
  context: null,
  merged: year,
});

// The coarsest unit, used (with overlapping labels skipped) when even it is too fine for the width.
const HUNDRED_YEARS = yearsUnit("100 years", 100);

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
  yearsUnit("year", 1),
  yearsUnit("2 years", 2),
  yearsUnit("5 years", 5),
  yearsUnit("10 years", 10),
  yearsUnit("20 years", 20),
  yearsUnit("50 years", 50),
  HUNDRED_YEARS,
];

// The first century that starts inside the range: every tick interval's boundaries fall on it.
const FIRST_CENTURY = Date.UTC(Math.ceil(YEAR_RANGE.first / 100) * 100, 0, 1);

/**
 * The first boundary at or after `start`. d3 finds it from the one before, which near the range's
 * first day can be before the first day a Date holds (the century before): then the first one
 * after `start` is tried, and then the first from the range's first century on.
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

interface Placement {
  x: (value: TimeMs) => Px;
  measure: MeasureText;
  width: Px;
  minGap: Px;
}

function labelAt(date: Date, label: Label, place: Placement): AxisTick & { end: Px } {
  const value = +date;
  const x = place.x(value);
  const text = label(date);
  return { value, pos: x, label: text, end: x + LABEL_OFFSET + place.measure(text) };
}

/**
 * Labels every boundary, or gives up (null) at the first overlap so that a unit too fine for the
 * width costs only a few ticks. Labels running past the right edge are dropped; as the labels do
 * not overlap, those are the last ones.
 */
function fitLabels(dates: Iterable<Date>, label: Label, place: Placement): AxisTick[] | null {
  const ticks: AxisTick[] = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const date of dates) {
    const { end, ...tick } = labelAt(date, label, place);
    if (previousEnd + place.minGap > tick.pos + LABEL_OFFSET) return null;
    if (end <= place.width) ticks.push(tick);
    previousEnd = end;
  }
  return ticks;
}

/** Labels boundaries left to right, skipping any that overlap the last kept or pass the edge. */
function thinLabels(dates: Iterable<Date>, label: Label, place: Placement): AxisTick[] {
  const ticks: AxisTick[] = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const date of dates) {
    const { end, ...tick } = labelAt(date, label, place);
    if (end > place.width || previousEnd + place.minGap > tick.pos + LABEL_OFFSET) continue;
    ticks.push(tick);
    previousEnd = end;
  }
  return ticks;
}

/** Context periods in the window, led by one pinned at x = 0 naming the left edge's period. */
function contextTicks(level: Level, window: TimeWindow, place: Placement): AxisTick[] {
  const ticks = thinLabels(
    boundaries(level.interval, window.start, window.end),
    level.label,
    place,
  );
  const text = level.label(level.interval.floor(new Date(window.start)));
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
  // Ticks only where a Date names the instant: outside the range a label would read "NaN".
  const start = Math.max(scale.window.start, TIME_RANGE.start);
  const end = Math.min(scale.window.end, TIME_RANGE.end);
  const window = { start, end };
  if (!finite || width <= 0 || end <= start) return { unit: null, ticks: [], context: [] };
  const place: Placement = { x: scale.px, measure, width, minGap };
  for (const spec of UNITS) {
    if (merged) {
      // Measured as they will be drawn: a tick that names its month is the widest.
      const ticks = fitLabels(boundaries(spec.interval, start, end), spec.merged, place);
      if (ticks === null) continue;
      const plain = ticks.map((tick) => ({ ...tick, label: spec.label(new Date(tick.value)) }));
      return { unit: spec.unit, ticks: mergeContext(plain, spec), context: [] };
    }
    const ticks = fitLabels(boundaries(spec.interval, start, end), spec.label, place);
    if (ticks === null) continue;
    const context = spec.context === null ? [] : contextTicks(spec.context, window, place);
    return { unit: spec.unit, ticks, context };
  }
  const { interval, label, unit } = HUNDRED_YEARS;
  return { unit, ticks: thinLabels(boundaries(interval, start, end), label, place), context: [] };
}
