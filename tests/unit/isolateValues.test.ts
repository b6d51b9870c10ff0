import { describe, expect, it } from "vitest";
import { isolateValues } from "../../src/i18n/isolateValues.ts";

const day = new Date(Date.UTC(2024, 4, 15));

describe("isolateValues(values, direction)", () => {
  it.each([
    [
      "a name in right-to-left text",
      { name: "Sam Altman" },
      "rtl",
      { name: "\u2068Sam Altman\u2069" },
    ],
    ["a name in left-to-right text", { name: "Sam Altman" }, "ltr", { name: "Sam Altman" }],
    ["a count, which a plural needs as a number", { count: 3 }, "rtl", { count: 3 }],
    ["a date, which the message formats", { day }, "rtl", { day }],
    ["an empty text, which says nothing", { name: "" }, "rtl", { name: "" }],
    ["no values", undefined, "rtl", undefined],
  ] as const)("%s", (_, values, direction, expected) => {
    expect(isolateValues(values, direction)).toEqual(expected);
  });
});
