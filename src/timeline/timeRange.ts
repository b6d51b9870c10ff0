import { YEAR_RANGE } from "../dates/yearRange.ts";
import type { TimeWindow } from "./types.ts";

/**
 * The instants a timeline can show: from the first instant of `YEAR_RANGE`'s first day to the
 * end of its last. Every window the zoom and pan make stays inside it, so every instant on screen
 * names a day of a year the timeline can write (by arithmetic: most are beyond what a `Date` holds).
 */
export const TIME_RANGE: TimeWindow = { start: YEAR_RANGE.startMs, end: YEAR_RANGE.endMs };
