import { YEAR_RANGE } from "../dates/yearRange.ts";
import type { TimeWindow } from "./types.ts";

/**
 * The instants a timeline can show: from the first instant of `YEAR_RANGE`'s first day to the
 * end of its last. Every window the zoom and pan make stays inside it, so every instant on screen
 * is one a `Date` can name.
 */
export const TIME_RANGE: TimeWindow = { start: YEAR_RANGE.startMs, end: YEAR_RANGE.endMs };
