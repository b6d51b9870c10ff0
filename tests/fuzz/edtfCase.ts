import fc from "fast-check";

/** An EDTF expression (or null, unknown) and whether the pipeline must accept it. */
export interface EdtfCase {
  edtf: string | null;
  valid: boolean;
  /** When valid and not null: its first and last possible days (null where open or unknown). */
  first?: number | null;
  last?: number | null;
}

/** Days from the epoch of a proleptic Gregorian day, by Date (setUTCFullYear keeps years 0–99). */
export function dayValue(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime() / 86_400_000;
}

function monthLength(year: number, month: number): number {
  return dayValue(year, month + 1, 1) - dayValue(year, month, 1);
}

interface Point {
  text: string;
  valid: boolean;
  /** First and last day it stands for, when valid. */
  first: number;
  last: number;
}

const point: fc.Arbitrary<Point> = fc
  .tuple(
    // The oracle uses Date, which reaches back only to year -271821.
    fc.oneof(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: -270_000, max: 270_000 })),
    fc.option(
      fc.oneof(
        { weight: 19, arbitrary: fc.integer({ min: 1, max: 12 }) },
        { weight: 1, arbitrary: fc.constantFrom(0, 13, 99) },
      ),
      { nil: undefined },
    ),
    fc.option(
      fc.oneof(
        { weight: 15, arbitrary: fc.integer({ min: 1, max: 28 }) },
        { weight: 4, arbitrary: fc.integer({ min: 29, max: 31 }) },
        { weight: 1, arbitrary: fc.constantFrom(0, 32, 99) },
      ),
      { nil: undefined },
    ),
  )
  .map(([year, month, day]) => {
    const pad = (n: number, width: number) => String(n).padStart(width, "0");
    let text = `${year < 0 ? "-" : ""}${pad(Math.abs(year), 4)}`;
    if (month === undefined) {
      return { text, valid: true, first: dayValue(year, 1, 1), last: dayValue(year, 12, 31) };
    }
    text += `-${pad(month, 2)}`;
    const monthOk = month >= 1 && month <= 12;
    if (day === undefined) {
      const last = monthOk ? dayValue(year, month, monthLength(year, month)) : 0;
      return { text, valid: monthOk, first: dayValue(year, month, 1), last };
    }
    text += `-${pad(day, 2)}`;
    const valid = monthOk && day >= 1 && day <= monthLength(year, month);
    const at = dayValue(year, month, day);
    return { text, valid, first: at, last: at };
  });

type Bound = Point | "open" | "unknown";

const bound: fc.Arbitrary<Bound> = fc.oneof(
  { weight: 3, arbitrary: point },
  fc.constant<Bound>("open"),
  fc.constant<Bound>("unknown"),
);

const boundText = (b: Bound) => (b === "open" ? ".." : b === "unknown" ? "" : b.text);

/** EDTF cases of the subset Sourceline reads: days, months, years, intervals, null; and non-EDTF. */
export const edtfCase: fc.Arbitrary<EdtfCase> = fc.oneof(
  {
    weight: 4,
    arbitrary: point.map((p) => ({ edtf: p.text, valid: p.valid, first: p.first, last: p.last })),
  },
  {
    weight: 3,
    arbitrary: fc.tuple(bound, bound, fc.nat({ max: 3 })).map(([a, b, order]): EdtfCase => {
      // In time order three times in four, so that most intervals are valid.
      const swap = order > 0 && typeof a !== "string" && typeof b !== "string" && b.last < a.first;
      const [from, to] = swap ? [b, a] : [a, b];
      const edtf = `${boundText(from)}/${boundText(to)}`;
      if (typeof from === "string" && typeof to === "string") return { edtf, valid: false };
      if (typeof from !== "string" && !from.valid) return { edtf, valid: false };
      if (typeof to !== "string" && !to.valid) return { edtf, valid: false };
      const ordered = typeof from === "string" || typeof to === "string" || to.last >= from.first;
      const first = typeof from === "string" ? null : from.first;
      return { edtf, valid: ordered, first, last: typeof to === "string" ? null : to.last };
    }),
  },
  { weight: 2, arbitrary: fc.constant<EdtfCase>({ edtf: null, valid: true }) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.constantFrom(
          "",
          "November",
          "2024/2025/2026",
          "24-05-15",
          "2024-5-1",
          "2024-05-15T00:00",
          " 2024",
        ),
        fc.string({ unit: "grapheme-ascii", maxLength: 10 }).map((s) => `x${s}`),
      )
      .map((edtf) => ({ edtf, valid: false })),
  },
);
