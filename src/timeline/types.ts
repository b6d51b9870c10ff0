/** Milliseconds since 1970-01-01T00:00:00Z. All timeline arithmetic is in UTC. */
export type TimeMs = number;

/** A length or position in CSS pixels. */
export type Px = number;

/** A span of time shown on screen, `[start, end)`. */
export interface TimeWindow {
  start: TimeMs;
  end: TimeMs;
}

/** Measures the width of a label as it will be drawn. Injected so layout stays pure. */
export type MeasureText = (text: string) => Px;

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;
