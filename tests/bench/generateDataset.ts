import { ARTICLE_HEADER_LENGTH } from "../../src/data/datasetRules.ts";
import {
  type Dataset,
  EVENT_TYPES,
  type EventType,
  type Source,
  type TimelineEvent,
} from "../../src/data/datasetSchema.ts";
import { formatCalendarDay } from "../../src/dates/calendarDay.ts";
import { seededRandom } from "../fixtures/seededRandom.ts";

const DAY = 86_400_000;
const START = Date.UTC(2015, 0, 1);
const SPAN_DAYS = 3652;
const WORDS =
  "board chief resigns safety team report policy statement appointed director trust leadership vote agreement equity quoted sources announced departure investors research alignment review court filing memo staff".split(
    " ",
  );

const day = (ms: number) => {
  const d = new Date(ms);
  return formatCalendarDay({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  });
};

/**
 * A seeded synthetic dataset of `count` events: six types, about 500 people, one to three excerpts
 * each (most one), every precision, spread over ten years with dense bursts. Valid against the
 * schema; about 510 bytes an event, so 100,000 events (48.6 MB) stay under the 50 MB load limit.
 */
export function generateDataset(count: number, seed = 1): Dataset {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const people = Array.from({ length: 500 }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i} ${pick(WORDS)}`,
    description: `A synthetic person, number ${i}.`,
  }));
  const sources: Source[] = Array.from({ length: 40 }, (_, i) => ({
    id: `article-${i}`,
    kind: "article",
    publisher: `Publisher ${i % 7}`,
    title: `Synthetic article ${i}`,
    url: `https://example.com/articles/${i}`,
    published: "2025-01-01",
    text: { path: `articles/synthetic-${i}.txt`, sha256: "0".repeat(64), length: 100_000 },
  }));
  const bursts = Array.from({ length: 6 }, () => Math.floor(rand() * SPAN_DAYS));
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    // A third of the events fall in a few dense bursts of about three weeks.
    const dayIndex =
      rand() < 0.35
        ? (pick(bursts) + Math.floor(rand() * 21)) % SPAN_DAYS
        : Math.floor(rand() * SPAN_DAYS);
    const t = START + dayIndex * DAY;
    const roll = rand();
    let date: TimelineEvent["date"];
    if (roll < 0.62) {
      date = {
        edtf: day(t),
        start: day(t),
        end: day(t),
        precision: "day",
        basis: "b",
        references: [],
      };
    } else if (roll < 0.8) {
      const d = new Date(t);
      const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
      const last = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
      date = {
        edtf: day(first).slice(0, 7),
        start: day(first),
        end: day(last),
        precision: "month",
        basis: "b",
        references: [],
      };
    } else if (roll < 0.85) {
      const y = new Date(t).getUTCFullYear();
      date = {
        edtf: String(y),
        start: `${y}-01-01`,
        end: `${y}-12-31`,
        precision: "year",
        basis: "b",
        references: [],
      };
    } else if (roll < 0.93) {
      const end = t + Math.floor(rand() * 120 + 2) * DAY;
      date = {
        edtf: `${day(t)}/${day(end)}`,
        start: day(t),
        end: day(end),
        precision: "range",
        basis: "b",
        references: [],
      };
    } else if (roll < 0.97) {
      date = {
        edtf: `../${day(t)}`,
        start: null,
        end: day(t),
        precision: "range",
        basis: "b",
        references: [],
      };
    } else {
      date = {
        edtf: null,
        start: null,
        end: null,
        precision: "unknown",
        basis: "b",
        references: [],
      };
    }
    const type = pick(EVENT_TYPES) as EventType;
    // One to three excerpts, most events with one: 100,000 events stay under the 50 MB limit.
    const excerptCount = rand() < 0.7 ? 1 : rand() < 0.67 ? 2 : 3;
    const excerpts = Array.from({ length: excerptCount }, () => {
      const exact = words(3 + Math.floor(rand() * 5));
      // In the body, after the article's header (its date line and a blank line).
      const start = ARTICLE_HEADER_LENGTH + Math.floor(rand() * 90_000);
      return {
        source: pick(sources).id,
        exact,
        prefix: words(2).slice(0, 20),
        suffix: words(2).slice(0, 20),
        start,
        end: start + exact.length,
      };
    });
    events.push({
      id: `event-${i}`,
      type,
      title: `${pick(people).name} ${words(2 + Math.floor(rand() * 4))}`,
      summary: words(3 + Math.floor(rand() * 4)),
      people: [pick(people).id, ...(rand() < 0.4 ? [pick(people).id] : [])].filter(
        (p, k, all) => all.indexOf(p) === k,
      ),
      date,
      excerpts,
    });
  }
  return {
    version: 1,
    title: `Synthetic timeline of ${count.toLocaleString("en")} events`,
    description: "Generated for the benchmark with a fixed seed.",
    sources,
    people,
    events,
  };
}
