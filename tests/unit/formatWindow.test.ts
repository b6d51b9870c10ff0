import { describe, expect, it } from "vitest";
import { dayToMs } from "../../src/timeline/eventSpan.ts";
import { formatWindow } from "../../src/timeline/formatWindow.ts";
import { DAY_MS } from "../../src/timeline/types.ts";

const window = (from: string, to: string) => ({ start: dayToMs(from), end: dayToMs(to) + DAY_MS });

describe("formatWindow(window) says which part of time is shown, as its axis would", () => {
  it.each([
    ["days", window("2024-05-14", "2024-06-02"), false, "14 May 2024 – 2 June 2024"],
    ["days, short", window("2023-10-23", "2024-05-14"), true, "23 Oct 2023 – 14 May 2024"],
    [
      "5,000 years",
      window("-3500-01-01", "1500-12-31"),
      false,
      "1 January 3500 BCE – 31 December 1500",
    ],
    [
      "Homo sapiens to the wheel, still in days",
      window("-315000-01-01", "-3500-12-31"),
      false,
      "1 January 315,000 BCE – 31 December 3500 BCE",
    ],
    [
      "the age of the universe, in years",
      window("-13800000000-01-01", "-3500-12-31"),
      false,
      "13.8 billion years ago – 3500 BCE",
    ],
    [
      "a million years, in years",
      window("-2000000-01-01", "-1000001-12-31"),
      true,
      "2 million years ago – 1 million years ago",
    ],
    [
      "fourteen years at the Big Bang, in years (no date there has a day)",
      window("-13799630007-07-14", "-13799629993-06-20"),
      false,
      "13,799,630,007 BCE – 13,799,629,993 BCE",
    ],
    [
      "233 thousand years seven billion years ago, to the digits its width needs",
      window("-7016800000-06-17", "-7016567000-07-18"),
      false,
      "7.0168 billion years ago – 7.01657 billion years ago",
    ],
  ])("%s → %s", (_, shown, short, text) => {
    expect(formatWindow(shown, short)).toBe(text);
  });
});
