import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkInvariants } from "../../src/data/checkInvariants.ts";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { readDatasetJson } from "../../src/data/readDatasetJson.ts";
import { calendarDayNumber } from "../../src/dates/calendarDay.ts";
import { eventSpan, eventSpanOfDays } from "../../src/timeline/eventSpan.ts";

const published = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;

/** A deep copy of the published dataset with one change. */
// biome-ignore lint/suspicious/noExplicitAny: the changes write values the types forbid, on purpose.
function changed(edit: (d: any) => void): Dataset {
  const copy = structuredClone(published);
  edit(copy);
  return copy;
}

/** The first event with an open start, the fourth with an open end (their EDTF saying so too). */
const openEnds = changed((d) => {
  d.events[0].date.start = null;
  d.events[0].date.edtf = "../2024-05";
  d.events[3].date.end = null;
  Object.assign(d.events[3].date, { edtf: "2024-04/..", precision: "range" });
});

/** Each kept event's days as a reader of `days` finds them, beside its dates as text. */
function daysOf({ dataset, days }: { dataset: Dataset; days?: Float64Array }) {
  return dataset.events.map((e, i) => [e.date.start, e.date.end, days?.[2 * i], days?.[2 * i + 1]]);
}

/** The same, from the dates themselves: NaN where open. */
const parsed = (dataset: Dataset) =>
  dataset.events.map((e) => [
    e.date.start,
    e.date.end,
    e.date.start === null ? Number.NaN : calendarDayNumber(e.date.start),
    e.date.end === null ? Number.NaN : calendarDayNumber(e.date.end),
  ]);

describe("checkInvariants hands on each kept event's days, parsed once", () => {
  it.each([
    ["every event kept", published],
    ["an open start and an open end", openEnds],
    [
      "an event left out (the ones after it move up)",
      changed((d) => (d.events[2].date.end = "2023-11-20")),
    ],
    ["a repeated event left out", changed((d) => (d.events[6].id = d.events[1].id))],
  ])("%s", (_, dataset) => {
    const checked = checkInvariants(dataset);
    expect(checked.days).toHaveLength(2 * checked.dataset.events.length);
    expect(daysOf(checked)).toEqual(parsed(checked.dataset));
  });

  it("gives the day 2024-05-14 as 19,857 days after 1970-01-01, and NaN for an open end", () => {
    const checked = checkInvariants(
      changed((d) =>
        Object.assign(d.events[4].date, { end: null, edtf: "2024-05-14/..", precision: "range" }),
      ),
    );
    expect(checked.dataset.events).toHaveLength(14);
    expect([checked.days[8], checked.days[9]]).toEqual([19_857, Number.NaN]);
  });

  it("places each event where parsing its dates again would", () => {
    const { dataset, days } = checkInvariants(openEnds);
    dataset.events.forEach((event, i) => {
      expect(eventSpanOfDays(event, days[2 * i] as number, days[2 * i + 1] as number)).toEqual(
        eventSpan(event),
      );
    });
  });

  it("comes with a dataset as loaded, also when the schema left an event out", async () => {
    const json = structuredClone(published) as unknown as { events: { type: string }[] };
    (json.events[1] as { type: string }).type = "rumour";
    const loaded = await readDatasetJson(json, "f.json");
    expect(loaded.dataset.events).toHaveLength(13);
    expect(daysOf(loaded)).toEqual(parsed(loaded.dataset));
  });
});

describe("checkInvariants keeps an era whose days are real and in order", () => {
  it.each([
    ["a one-day era (it starts and ends on the same day)", "2023-11-17", "2023-11-17", null],
    ["an era of two days", "2023-11-17", "2023-11-18", null],
    ["an era ending on 29 February of a leap year", "2024-01-01", "2024-02-29", null],
    [
      "an era that ends the day before it starts",
      "2023-11-17",
      "2023-11-16",
      "ends (2023-11-16) before it starts (2023-11-17); era left out",
    ],
    [
      "an era starting on 30 February",
      "2024-02-30",
      "2024-03-02",
      "2024-02-30 is not a day of the calendar; era left out",
    ],
    [
      "an era ending on 29 February of a common year",
      "2023-01-01",
      "2023-02-29",
      "2023-02-29 is not a day of the calendar; era left out",
    ],
  ])("%s", (_, start, end, reason) => {
    const checked = checkInvariants(
      changed((d) => {
        // Its days alone: the published era's EDTF says other days (its own rule, tested apart).
        delete d.eras[0].edtf;
        d.eras[0].start = start;
        d.eras[0].end = end;
      }),
    );
    expect(checked.dataset.eras?.map((e) => [e.start, e.end])).toEqual(
      reason === null ? [[start, end]] : [],
    );
    expect(checked.problems.map((p) => [p.path, p.reason])).toEqual(
      reason === null ? [] : [["eras[0]", reason]],
    );
  });
});

describe("checkInvariants leaves out an event whose start or end is not a day of the calendar", () => {
  it.each([
    ["30 February", "2024-02-30", "2024-03-01", "date.start", "2024-02-30"],
    ["29 February of a common year", "2023-02-29", "2023-03-01", "date.start", "2023-02-29"],
    ["31 April", "2024-04-31", "2024-05-01", "date.start", "2024-04-31"],
    ["a thirteenth month", "2024-13-01", null, "date.start", "2024-13-01"],
    ["an impossible end", "2024-02-01", "2024-02-30", "date.end", "2024-02-30"],
    [
      "both impossible (the start is named)",
      "2024-02-30",
      "2024-02-31",
      "date.start",
      "2024-02-30",
    ],
    ["29 February of a leap year", "2024-02-29", "2024-02-29", null, null],
    [
      "a one-day event (it starts and ends on the same day)",
      "2024-05-14",
      "2024-05-14",
      null,
      null,
    ],
  ])("%s", (_, start, end, field, day) => {
    const dataset = changed((d) => {
      d.events[4].date.start = start;
      d.events[4].date.end = end;
      // A day's EDTF is the day itself: the kept ones agree.
      if (start === end) d.events[4].date.edtf = start;
    });
    const checked = checkInvariants(dataset);
    const id = dataset.events[4]?.id;
    expect(checked.dataset.events.some((e) => e.id === id)).toBe(field === null);
    expect(checked.problems).toEqual(
      field === null
        ? []
        : [
            {
              path: `events[4].${field}`,
              reason: `${day} is not a day of the calendar; event left out`,
              leftOut: true,
              item: { title: dataset.events[4]?.title, id },
            },
          ],
    );
  });
});
