import { describe, expect, it } from "vitest";
import { axisLabelLines } from "../../src/timeline/axisLabelLines.ts";

describe("axisLabelLines(label) fits a tick label to a phone's axis column", () => {
  it.each([
    ["14 May", ["14 May"]],
    ["Nov 2023", ["Nov 2023"]],
    ["3500 BCE", ["3500 BCE"]],
    ["315,000 BCE", ["315,000", "BCE"]],
    ["14 billion years ago", ["14 billion", "years ago"]],
    ["13.8 billion years ago", ["13.8 billion", "years ago"]],
    ["in 2 million years", ["in 2 million", "years"]],
    ["13,800,000,000 BCE", ["13,800,", "000,000", "BCE"]],
    ["13,799,630,002 BCE", ["13,799,", "630,002", "BCE"]],
    ["13.7996 billion years ago", ["13.7996", "billion", "years ago"]],
    ["1,500,010", ["1,500,010"]],
    ["1234567890123", ["1234567890123"]],
  ])("%s → %j", (label, lines) => {
    expect(axisLabelLines(label)).toEqual(lines);
  });
});
