import fc from "fast-check";
import { hostileHtml, hostileUrl, hostileValue } from "./hostileValue.ts";

/** A date part as spreadsheets and hand-written files give it: a number, a numeric string, junk. */
const datePart = (min: number, max: number) =>
  fc.oneof(
    { arbitrary: fc.integer({ min, max }), weight: 8 },
    { arbitrary: fc.integer({ min, max }).map((n) => ` ${n} `), weight: 2 },
    { arbitrary: fc.integer({ min: -300_000, max: 300_000 }), weight: 1 },
    {
      arbitrary: fc.constantFrom("", "1e3", "NaN", "+12", "-0", "0x10", "twenty", 2.5, null),
      weight: 1,
    },
    { arbitrary: hostileValue, weight: 1 },
  );

/** A TimelineJS date object, mostly sensible, sometimes not an object at all. */
const timelineJsDate = fc.oneof(
  {
    arbitrary: fc.record(
      {
        year: datePart(1900, 2100),
        month: datePart(1, 12),
        day: datePart(1, 31),
        hour: datePart(0, 23),
        minute: datePart(0, 59),
        display_date: hostileHtml,
      },
      { requiredKeys: ["year"] },
    ),
    weight: 9,
  },
  { arbitrary: hostileValue, weight: 1 },
);

const slideText = fc.record(
  {
    headline: fc.oneof(
      { arbitrary: hostileHtml, weight: 5 },
      { arbitrary: hostileValue, weight: 1 },
    ),
    text: fc.oneof({ arbitrary: hostileHtml, weight: 5 }, { arbitrary: hostileValue, weight: 1 }),
  },
  { requiredKeys: [] },
);

const group = fc.oneof(
  fc.constantFrom("Policy", "policy", "Board", "Departures", "", "  ", "<b>Report</b>"),
  hostileHtml,
  hostileValue,
);

/** Ids chosen from a few, so that they collide, plus free text and other types. */
const uniqueId = fc.oneof(
  {
    arbitrary: fc.constantFrom("a", "a", "a-2", "A", "", "  ", "Café", "event-1", "event-2"),
    weight: 6,
  },
  { arbitrary: fc.string({ maxLength: 10 }), weight: 2 },
  { arbitrary: hostileValue, weight: 1 },
);

/** Media as TimelineJS3 takes it: relative and protocol-relative URLs, quotes and iframes. */
const mediaHtml = fc.constantFrom(
  "./media/a.png",
  "//cdn.example/a.jpg",
  "<blockquote>Said <a href='javascript:alert(1)'>this</a></blockquote>",
  "<blockquote class='twitter-tweet'><p>Hi</p><a href='https://x.com/a/status/1'>1</a></blockquote><script>alert(1)</script>",
  "<iframe src='javascript:alert(1)'></iframe>",
  "<iframe src=//evil.example/x></iframe>",
  "<blockquote></blockquote>",
  "<img src=x onerror=alert(1)>",
);

const media = fc.oneof(
  fc.record(
    {
      url: fc.oneof(hostileUrl, hostileValue, mediaHtml),
      caption: hostileHtml,
      credit: hostileHtml,
    },
    { requiredKeys: [] },
  ),
  hostileValue,
);

const slide = fc.oneof(
  {
    arbitrary: fc.record(
      {
        start_date: timelineJsDate,
        end_date: fc.oneof(timelineJsDate, fc.constantFrom(null, "", {})),
        text: fc.oneof({ arbitrary: slideText, weight: 9 }, { arbitrary: hostileValue, weight: 1 }),
        group,
        unique_id: uniqueId,
        media,
        display_date: hostileHtml,
      },
      { requiredKeys: ["start_date"] },
    ),
    weight: 12,
  },
  { arbitrary: fc.record({ text: slideText }), weight: 1 },
  { arbitrary: hostileValue, weight: 1 },
);

const era = fc.oneof(
  {
    arbitrary: fc.record(
      { start_date: timelineJsDate, end_date: timelineJsDate, text: slideText },
      { requiredKeys: ["start_date"] },
    ),
    weight: 8,
  },
  { arbitrary: hostileValue, weight: 1 },
);

/**
 * A TimelineJS3 file (https://timeline.knightlab.com/docs/json-format.html) of random slides:
 * dates as numbers or strings, in range or not; HTML with scripts and unsafe links; groups;
 * colliding `unique_id`s; eras; a scale. It never has a `version` field.
 */
export const timelineJsInput: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    title: fc.oneof(fc.record({ text: slideText }), hostileValue),
    events: fc.oneof(
      { arbitrary: fc.array(slide, { maxLength: 12 }), weight: 30 },
      { arbitrary: hostileValue, weight: 1 },
    ),
    eras: fc.oneof(
      { arbitrary: fc.array(era, { maxLength: 4 }), weight: 5 },
      { arbitrary: hostileValue, weight: 1 },
    ),
    scale: fc.oneof(fc.constantFrom("human", "cosmological", "geological", 3), hostileValue),
  },
  { requiredKeys: ["events"] },
);
