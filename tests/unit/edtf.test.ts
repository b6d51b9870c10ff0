import { describe, expect, it } from "vitest";
import { parseEdtf, parseEdtfPoint, resolveEdtf } from "../../src/dates/edtf.ts";
import { formatEdtfPoint } from "../../src/formats/timelineJs/formatEdtfPoint.ts";

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

describe("EDTF's letter-prefixed years (level 1): Y and a year of more than four digits", () => {
  it.each([
    ["Y170000002", "170000002-01-01", "170000002-12-31", "year"],
    ["Y-170000002", "-170000002-01-01", "-170000002-12-31", "year"],
    ["Y-13800000000", "-13800000000-01-01", "-13800000000-12-31", "year"],
    ["Y10000", "10000-01-01", "10000-12-31", "year"],
    ["Y-13800000000/Y-4600000000", "-13800000000-01-01", "-4600000000-12-31", "range"],
    ["Y-315000/-3500", "-315000-01-01", "-3500-12-31", "range"],
    ["../Y-4600000000", null, "-4600000000-12-31", "range"],
    // The long year without its letter, as Sourceline read five- and six-digit years before.
    ["-315000", "-315000-01-01", "-315000-12-31", "year"],
    ["-13800000000-03", "-13800000000-03-01", "-13800000000-03-31", "month"],
  ])("%s → %s … %s (%s)", (edtf, start, end, precision) => {
    expect(resolveEdtf(edtf)).toEqual({ ok: true, data: { start, end, precision } });
  });

  it.each([
    ["Y2024", "a Y year of four digits, which EDTF writes without the letter"],
    ["Y-0500", "a Y year of four digits"],
    ["Y-13800000000-01", "a Y year with a month, which EDTF does not allow"],
    ["Y013800", "a Y year with a leading zero"],
    ["y-13800000000", "a lower-case y"],
    ["Y-1.38E10", "an exponent (EDTF level 2)"],
    ["Y", "the letter alone"],
  ])("refuses %s (%s)", (edtf) => {
    expect(parseEdtfPoint(edtf).ok).toBe(false);
  });

  it("refuses a Y year beyond the years a timeline can draw, naming it", () => {
    expect(parseEdtfPoint("Y-100000000000")).toEqual({
      ok: false,
      reason:
        '"Y-100000000000": year -100000000000 is outside the years a timeline can draw (-99999999999 to 99999999999)',
    });
  });

  it.each([
    [{ year: -13_800_000_000 }, "Y-13800000000"],
    [{ year: 170_000_002 }, "Y170000002"],
    [{ year: -315_000 }, "Y-315000"],
    [{ year: 10_000 }, "Y10000"],
    [{ year: 9999 }, "9999"],
    [{ year: -3500 }, "-3500"],
    [{ year: -500 }, "-0500"],
    [{ year: -13_800_000_000, month: 3 }, "-13800000000-03"],
    [{ year: 275_760, month: 1, day: 2 }, "275760-01-02"],
  ])("formatEdtfPoint(%j) → %s, which reads back as the same point", (point, text) => {
    expect(formatEdtfPoint(point)).toBe(text);
    expect(parseEdtfPoint(text)).toEqual({ ok: true, data: point });
  });
});
