import { describe, expect, it } from "vitest";
import { parseEdtf, parseEdtfPoint, resolveEdtf } from "../../src/dates/edtf.ts";

describe("resolveEdtf(expression) gives the earliest and latest day and the precision", () => {
  it.each([
    ["2024-05-14", "2024-05-14", "2024-05-14", "day"],
    ["2024-04", "2024-04-01", "2024-04-30", "month"],
    ["2024-02", "2024-02-01", "2024-02-29", "month"],
    ["2023-02", "2023-02-01", "2023-02-28", "month"],
    ["2024", "2024-01-01", "2024-12-31", "year"],
    ["2023-11/2024-05", "2023-11-01", "2024-05-31", "range"],
    ["2024-05-14/2024-05-14", "2024-05-14", "2024-05-14", "range"],
    ["../2024-05-18", null, "2024-05-18", "range"],
    ["/2024-05", null, "2024-05-31", "range"],
    ["2023-11/..", "2023-11-01", null, "range"],
    ["2023/", "2023-01-01", null, "range"],
    ["-0500", "-0500-01-01", "-0500-12-31", "year"],
    ["-9700/-9600", "-9700-01-01", "-9600-12-31", "range"],
    ["-0001-12/0001-01", "-0001-12-01", "0001-01-31", "range"],
    ["0050-06", "0050-06-01", "0050-06-30", "month"],
    [null, null, null, "unknown"],
  ])("%s → %s … %s (%s)", (edtf, start, end, precision) => {
    expect(resolveEdtf(edtf)).toEqual({ ok: true, data: { start, end, precision } });
  });

  it.each([
    ["2024-13", '"2024-13" has no month 13'],
    ["2024-00", '"2024-00" has no month 00'],
    ["2024-05-00", '"2024-05-00" has no day 00 (that month has 31)'],
    ["2024-05-32", '"2024-05-32" has no day 32 (that month has 31)'],
    ["2024-13/2024-05", '"2024-13" has no month 13'],
    ["2024/2024-13", '"2024-13" has no month 13'],
    ["2023-02-29", '"2023-02-29" has no day 29 (that month has 28)'],
    ["2024-04-31", '"2024-04-31" has no day 31 (that month has 30)'],
    ["May 2024", '"May 2024" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
    ["2024-5-1", '"2024-5-1" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
    ["", '"" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
    ["../..", '"../.." is an interval with neither end known'],
    ["2024/2025/2026", '"2024/2025/2026" has more than one "/"'],
    ["2024-05/2024-04", '"2024-05/2024-04" ends (2024-04-30) before it starts (2024-05-01)'],
    ["-0100/-0500", '"-0100/-0500" ends (-0500-12-31) before it starts (-0100-01-01)'],
    [
      "2024-05-02/2024-05-01",
      '"2024-05-02/2024-05-01" ends (2024-05-01) before it starts (2024-05-02)',
    ],
  ])("rejects %j: %s", (edtf, reason) => {
    expect(resolveEdtf(edtf)).toEqual({ ok: false, reason });
  });
});

describe("parseEdtfPoint(text) keeps only the parts present", () => {
  it.each([
    ["2024", { year: 2024 }],
    ["2024-05", { year: 2024, month: 5 }],
    ["2024-05-14", { year: 2024, month: 5, day: 14 }],
    ["2000-02-29", { year: 2000, month: 2, day: 29 }],
  ])("%s", (text, point) => {
    expect(parseEdtfPoint(text)).toEqual({ ok: true, data: point });
  });

  it("rejects 29 February in a century year that is not a leap year", () => {
    expect(parseEdtfPoint("1900-02-29").ok).toBe(false);
  });
});

describe("parseEdtf(expression) tells an open end (..) from an unknown one (empty)", () => {
  it.each([
    ["2024/..", { kind: "interval", from: { year: 2024 }, to: "open" }],
    ["2024/", { kind: "interval", from: { year: 2024 }, to: "unknown" }],
    ["../2024", { kind: "interval", from: "open", to: { year: 2024 } }],
    ["/2024", { kind: "interval", from: "unknown", to: { year: 2024 } }],
  ])("%s", (expression, edtf) => {
    expect(parseEdtf(expression)).toEqual({ ok: true, data: edtf });
  });
});
