import { describe, expect, it } from "vitest";
import { parseSheetTime } from "../../src/formats/spreadsheet/parseSheetTime.ts";

describe("parseSheetTime(cell) reads a Time cell as TimelineJS3 does", () => {
  it.each([
    ["14:30", { hour: 14, minute: 30 }],
    ["1430", { hour: 14, minute: 30 }],
    ["930", { hour: 9, minute: 30 }],
    ["14.30", { hour: 14, minute: 30 }],
    ["14:30:15", { hour: 14, minute: 30, second: 15 }],
    ["14:30:15.5", { hour: 14, minute: 30, second: 15, millisecond: 500 }],
    ["2:30 PM", { hour: 14, minute: 30 }],
    ["2:30 p.m.", { hour: 14, minute: 30 }],
    ["12:05 AM", { hour: 0, minute: 5 }],
    ["12:05 PM", { hour: 12, minute: 5 }],
    ["7 am", { hour: 7 }],
    ["0:00", { hour: 0, minute: 0 }],
  ])("reads %s", (cell, time) => {
    expect(parseSheetTime(cell)).toEqual({ ok: true, data: time });
  });

  it.each(["25:00", "12:60", "noon", "13:00 PM", "1:2:3:4", "12:30:61", ""])(
    "refuses %j, quoting it",
    (cell) => {
      expect(parseSheetTime(cell)).toEqual({
        ok: false,
        reason: `“${cell}” is not a time of day (such as 14:30, 2:30 PM or 14:30:15.5)`,
      });
    },
  );
});
