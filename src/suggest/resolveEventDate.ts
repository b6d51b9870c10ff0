import * as chrono from "chrono-node";
import {
  addDays,
  type DayParts,
  daysInMonth,
  formatCalendarDay,
  parseCalendarDay,
} from "../dates/calendarDay.ts";
import { type EdtfPoint, firstDay, lastDay } from "../dates/edtf.ts";
import { clampToPublication } from "./clampToPublication.ts";
import { MONTH_NAMES, shiftMonth, WEEKDAY_NAMES, weekdayIndex } from "./dateMath.ts";
import { maskQuotes } from "./maskQuotes.ts";

/** A date suggested for an event from the sentence that reports it. */
export interface SuggestedDate {
  /** Always valid for `resolveEdtf`; `../<publication day>` when the text gives no date. */
  edtf: string;
  precision: "day" | "month" | "year" | "range";
  /** One sentence a curator reads: the words found and how they were resolved. */
  basis: string;
  /** The date words found in the sentence, or null. */
  phrase: string | null;
  /**
   * Set when the date ends after the publication because the clause's own verb speaks of the future
   * ("is expected to be named in March"): the one case where a suggested date may outrun its article.
   */
  ahead?: true;
}

/** Date words found in a sentence: a past date (one point or a range) or a pointer to the future. */
interface Found {
  index: number;
  end: number;
  kind: "date" | "future";
  from?: EdtfPoint;
  to?: EdtfPoint;
  /** Read forward, after the publication: the clause's own verb speaks of the future. */
  ahead?: boolean;
  /** Counted from the date told just before ("the same day"). */
  back?: boolean;
}

type Resolved = Pick<Found, "kind" | "from" | "to">;

interface Recognizer {
  pattern: RegExp;
  /** `forward`: the words follow a verb about the future, so they point after the publication. */
  resolve: (match: RegExpExecArray, today: DayParts, forward: boolean) => Resolved | null;
}

const WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const MONTH =
  "january|february|march|april|may|june|july|august|september|october|november|december";
const NUMBER_WORDS = [
  "a",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];
const COUNT = `an|\\d{1,3}|${NUMBER_WORDS.join("|")}`;
const UNIT = "days?|weeks?|months?|years?";

/** Words chrono reads as dates that this module resolves itself (relative words) or rejects (durations). */
const RELATIVE =
  /\b(?:today|tonight|yesterday|tomorrow|now|ago|last|next|this|past|coming|later|earlier|for|within|after|before|over)\b/i;

function countOf(word: string): number {
  const lower = word.toLowerCase();
  const index = NUMBER_WORDS.indexOf(lower);
  if (lower === "an" || index === 0) return 1;
  return index > 0 ? index : Number(lower);
}

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/i;

const date = (from: EdtfPoint, to?: EdtfPoint): Resolved =>
  to ? { kind: "date", from, to } : { kind: "date", from };
const future = (): Resolved => ({ kind: "future" });

/** The Monday that starts the ISO week of a day. */
function mondayOf(day: DayParts): DayParts {
  return addDays(day, -weekdayIndex(day));
}

/**
 * Relative date words, resolved by hand because chrono reads them towards the future ("on Tuesday"),
 * as a single day ("this week") or in the machine's time zone.
 */
const RECOGNIZERS: Recognizer[] = [
  {
    // Words pointing after the publication: no date for an event reported as past, and the period
    // they name when the clause's own verb speaks of the future ("is expected to meet next week").
    pattern: new RegExp(
      `\\b(?:tomorrow|later\\s+today|next\\s+(?:week|month|year|${WEEKDAY}|${MONTH})|this\\s+coming\\s+(?:week|${WEEKDAY})|later\\s+this\\s+(?:week|month|year)|(?:in|over)\\s+the\\s+(?:coming|next)\\s+(?:(?:few|several|${COUNT})\\s+)?(?:${UNIT})|in\\s+(?:${COUNT})\\s+(?:${UNIT})(?!\\s+ago))\\b`,
      "gi",
    ),
    resolve: (match, today, forward) => (forward ? periodAhead(match[0], today) : future()),
  },
  {
    pattern: /\bthe\s+day\s+before\s+yesterday\b/gi,
    resolve: (_, today) => date(addDays(today, -2)),
  },
  { pattern: /\b(?:yesterday|last\s+night)\b/gi, resolve: (_, today) => date(addDays(today, -1)) },
  {
    pattern: /\b(?:(?:earlier\s+)?today|this\s+(?:morning|afternoon|evening)|tonight)\b/gi,
    resolve: (_, today) => date(today),
  },
  {
    // News style names the publication day itself by its weekday ("said on Thursday" in Thursday's
    // paper), so a weekday is the one within the seven days ending on the publication day. "Last" and
    // "past" exclude that day: "last Friday" in Friday's paper is a week before.
    pattern: new RegExp(`\\b(?:(last|this\\s+past|past)\\s+|this\\s+)?(${WEEKDAY})\\b`, "gi"),
    resolve: (match, today, forward) => {
      const wanted = WEEKDAY_NAMES.findIndex(
        (name) => name.toLowerCase() === match[2]?.toLowerCase(),
      );
      // After a verb about the future, the one within the seven days starting on the publication day.
      if (forward && !match[1]) return date(addDays(today, (wanted - weekdayIndex(today) + 7) % 7));
      const back = (weekdayIndex(today) - wanted + 7) % 7;
      return date(addDays(today, -(match[1] ? back || 7 : back)));
    },
  },
  {
    // Two weekdays joined ("met on Thursday and Friday", "from Monday to Wednesday") are the span
    // from the first to the second, the second read as a lone weekday is.
    pattern: new RegExp(`\\b(${WEEKDAY})\\s+(?:and|to|through|until|-|–)\\s+(${WEEKDAY})\\b`, "gi"),
    resolve: (match, today, forward) => {
      const [first, last] = [match[1], match[2]].map((name) =>
        WEEKDAY_NAMES.findIndex((w) => w.toLowerCase() === name?.toLowerCase()),
      ) as [number, number];
      const length = (last - first + 7) % 7;
      const end = forward
        ? addDays(today, ((first - weekdayIndex(today) + 7) % 7) + length)
        : addDays(today, -((weekdayIndex(today) - last + 7) % 7));
      return date(addDays(end, -length), end);
    },
  },
  {
    pattern: new RegExp(`\\b(${COUNT})\\s+(${UNIT})\\s+ago\\b`, "gi"),
    resolve: (match, today) => {
      const count = countOf(match[1] ?? "");
      const unit = (match[2] ?? "").toLowerCase();
      if (unit.startsWith("day")) return date(addDays(today, -count));
      if (unit.startsWith("week")) return date(addDays(today, -7 * count));
      if (unit.startsWith("month")) return date(shiftMonth(today.year, today.month, -count));
      return date({ year: today.year - count });
    },
  },
  {
    pattern: /\b(?:earlier\s+)?this\s+week\b/gi,
    resolve: (_, today) => date(mondayOf(today), today),
  },
  {
    pattern: /\b(?:last|the\s+previous)\s+week\b/gi,
    resolve: (_, today) => {
      const monday = addDays(mondayOf(today), -7);
      return date(monday, addDays(monday, 6));
    },
  },
  {
    // The month so far: what happened "earlier" cannot have happened after the publication day.
    pattern: /\bearlier\s+this\s+month\b/gi,
    resolve: (_, today) => date({ ...today, day: 1 }, today),
  },
  {
    // The whole month: a reported event's date is then ended on the publication day
    // (`clampToPublication`), an expected one's is not.
    pattern: /\bthis\s+month\b/gi,
    resolve: (_, today) => date({ year: today.year, month: today.month }),
  },
  {
    pattern: /\b(?:last|the\s+previous)\s+month\b/gi,
    resolve: (_, today) => date(shiftMonth(today.year, today.month, -1)),
  },
  {
    // The year so far, as for "earlier this month".
    pattern: /\bearlier\s+this\s+year\b/gi,
    resolve: (_, today) => date({ year: today.year, month: 1, day: 1 }, today),
  },
  {
    // The whole year, as for "this month".
    pattern: /\bthis\s+year\b/gi,
    resolve: (_, today) => date({ year: today.year }),
  },
  {
    pattern: /\b(?:last|the\s+previous)\s+year\b/gi,
    resolve: (_, today) => date({ year: today.year - 1 }),
  },
  {
    // "last May" in May 2024 is May 2023: the latest such month strictly before the publication month.
    pattern: new RegExp(`\\blast\\s+(${MONTH})\\b`, "gi"),
    resolve: (match, today) => {
      const month =
        MONTH_NAMES.findIndex((name) => name.toLowerCase() === match[1]?.toLowerCase()) + 1;
      return date({ year: month < today.month ? today.year : today.year - 1, month });
    },
  },
  {
    // chrono skips "since May", reading "May" as the verb; capitalised after "since", it is the month.
    pattern: /(?<=\bsince\s+)May\b(?!\s+\d)/g,
    resolve: (_, today) => date({ year: inferYear(5, undefined, today), month: 5 }),
  },
  {
    // "The end of September" names the month, not its last day as chrono reads it.
    pattern: new RegExp(`\\b(?:the\\s+)?end\\s+of\\s+(${MONTH})(?:\\s+(\\d{4}))?\\b`, "gi"),
    resolve: (match, today, forward) => {
      const month =
        MONTH_NAMES.findIndex((name) => name.toLowerCase() === match[1]?.toLowerCase()) + 1;
      const year = match[2] ? Number(match[2]) : inferYear(month, undefined, today, forward);
      return date({ year, month });
    },
  },
  {
    // "The end of the year", after a verb about the future: this year.
    pattern: /\b(?:the\s+)?end\s+of\s+(?:the|this)\s+year\b/gi,
    resolve: (_, today, forward) => (forward ? date({ year: today.year }) : null),
  },
  {
    // chrono drops the days of "13 to 15 May", keeping only the month.
    pattern: new RegExp(
      `\\b(\\d{1,2})\\s*(?:-|–|to|and)\\s*(\\d{1,2})\\s+(${MONTH})(?:,?\\s+(\\d{4}))?\\b`,
      "gi",
    ),
    resolve: (match, today) => {
      const month =
        MONTH_NAMES.findIndex((name) => name.toLowerCase() === match[3]?.toLowerCase()) + 1;
      const [first, last] = [Number(match[1]), Number(match[2])];
      const year = match[4] ? Number(match[4]) : inferYear(month, first, today);
      if (first < 1 || first >= last || last > daysInMonth(year, month)) return null;
      return date({ year, month, day: first }, { year, month, day: last });
    },
  },
  {
    // A lone year, only after words that make it a date (chrono reads none): "in 2019", "since 2020",
    // or naming an occasion after them ("since its 2011 listing").
    pattern:
      /(?<=\b(?:(?:in|during|since|throughout|early|late|mid|(?:spring|summer|autumn|fall|winter|end|start|beginning|middle)\s+of)\s+|(?:at|in|during|since|after|before)\s+(?:its|the|their|his|her)\s+|mid-))(\d{4})\b(?!\s*%)/gi,
    resolve: (match) => date({ year: Number(match[1]) }),
  },
];

/**
 * Date words right after a verb of saying date the saying, which is past even after a verb about
 * the future ("X will become chairman, the companies said on Friday").
 */
const SAID_JUST_BEFORE =
  /\b(?:said|says|told|announced|added|confirmed|wrote|stated)\s+(?:(?:on|in|at|last|this|earlier|late|early)\s+)?$/i;

/** Whether date words at `index` point after the publication: after the verb about the future, not the saying's. */
function readsForward(sentence: string, index: number, ahead: number): boolean {
  return index >= ahead && !SAID_JUST_BEFORE.test(sentence.slice(0, index));
}

function findByHand(sentence: string, today: DayParts, ahead: number): Found[] {
  const found: Found[] = [];
  for (const { pattern, resolve } of RECOGNIZERS) {
    for (const match of sentence.matchAll(pattern)) {
      const forward = readsForward(sentence, match.index, ahead);
      const resolved = resolve(match as RegExpExecArray, today, forward);
      if (resolved)
        found.push({
          ...resolved,
          index: match.index,
          end: match.index + match[0].length,
          ...(forward ? { ahead: true } : {}),
        });
    }
  }
  return found;
}

/**
 * A month (and day) without a year is the latest one not after the publication day, or, read
 * forward, the earliest one not before it.
 */
function inferYear(
  month: number,
  day: number | undefined,
  today: DayParts,
  forward = false,
): number {
  if (forward) {
    const before = month < today.month || (month === today.month && (day ?? today.day) < today.day);
    return before ? today.year + 1 : today.year;
  }
  const after = month > today.month || (month === today.month && (day ?? 1) > today.day);
  return after ? today.year - 1 : today.year;
}

/** The period that words pointing after the publication name, read forward; no date when vague. */
function periodAhead(words: string, today: DayParts): Resolved {
  const text = words.toLowerCase().replace(/\s+/g, " ");
  const monday = addDays(mondayOf(today), 7);
  if (text === "tomorrow") return date(addDays(today, 1));
  if (text === "later today") return date(today);
  if (text === "next week") return date(monday, addDays(monday, 6));
  if (text === "next month") return date(shiftMonth(today.year, today.month, 1));
  if (text === "next year" || text === "later this year")
    return date({ year: today.year + (text === "next year" ? 1 : 0) });
  if (text === "later this month") return date({ year: today.year, month: today.month });
  const month = MONTH_NAMES.findIndex((name) => `next ${name.toLowerCase()}` === text) + 1;
  if (month > 0) return date({ year: month > today.month ? today.year : today.year + 1, month });
  return future();
}

/**
 * A verb about the future ("will succeed", "is expected to join", "might join"): the date words after
 * it point after the publication. After a verb of saying ("said it will strike in June") the clause's
 * event is the saying, which those words do not date.
 */
const FUTURE_VERB =
  /\b(?:will|might|could|would|should|may|(?:is|are)\s+in\s+talks\s+to|(?:is|are)\s+(?:(?:also|widely|now)\s+)?(?:expected|likely|set|due|scheduled|poised)\s+to|plans?\s+to|intends?\s+to)\b/gi;
const SAYING =
  /\b(?:said|says|told|tells|wrote|writes|announced|added|stated|confirmed|denied|warned|argued)\b/i;

/** Where date words start pointing forward in a sentence (or Infinity), and whether they are reported. */
function aheadFrom(sentence: string): { index: number; reported: boolean } {
  // The clause's own verb: one in an aside ("X, who will leave in June, said on Tuesday") is not.
  const asides = asidesOf(sentence);
  // A capitalised "May" within a sentence is the month.
  const verb = [...sentence.matchAll(FUTURE_VERB)].find(
    (m) => m[0] !== "May" && !asides.some((a) => m.index >= a.start && m.index < a.end),
  );
  if (!verb) return { index: Number.POSITIVE_INFINITY, reported: false };
  return {
    index: verb.index + verb[0].length,
    reported: SAYING.test(sentence.slice(0, verb.index)),
  };
}

function chronoPoint(
  components: chrono.ParsedComponents,
  today: DayParts,
  year?: number,
  forward = false,
): EdtfPoint | null {
  const month = components.get("month");
  if (!components.isCertain("month") || month === null) return null;
  const day = components.isCertain("day") ? (components.get("day") ?? undefined) : undefined;
  const certainYear = components.isCertain("year") ? components.get("year") : null;
  return {
    year: certainYear ?? year ?? inferYear(month, day, today, forward),
    month,
    ...(day === undefined ? {} : { day }),
  };
}

/**
 * A date between a determiner and a noun names a thing ("an assessment of the October vote"), and
 * dates the clause only as its occasion, after "at", "in", "during", "since", "after" or "before"
 * ("elected at the June meeting").
 */
function namesAThing(sentence: string, start: number, end: number): boolean {
  const before = /(\S+\s+)?\b(?:the|its|their|his|her|this|that)\s+$/i.exec(
    sentence.slice(0, start),
  );
  if (!before || !/^\s+[a-z]/.test(sentence.slice(end))) return false;
  return !/^(?:at|in|during|since|after|before|until|by)\s+$/i.test(before[1] ?? "");
}

/** Calendar dates chrono reads well: "14 May", "May 14, 2024", "April 2023", "in April". */
function findWithChrono(sentence: string, today: DayParts, ahead: number): Found[] {
  // Noon UTC of the publication day, read in UTC, so the machine's time zone never matters.
  const reference = {
    instant: new Date(Date.UTC(today.year, today.month - 1, today.day, 12)),
    timezone: 0,
  };
  const found: Found[] = [];
  for (const result of chrono.casual.parse(sentence, reference)) {
    // Relative words are read by hand; a day number chrono could not place means it misread the text.
    if (RELATIVE.test(result.text)) continue;
    if (!result.start.isCertain("day") && /\b\d{1,2}\b/.test(result.text)) continue;
    const forward = readsForward(sentence, result.index, ahead);
    const from = chronoPoint(result.start, today, undefined, forward);
    if (!from) continue;
    // A month alone must be capitalised: "they will march" is not March.
    const monthWord = MONTH_WORD.exec(result.text)?.[0];
    if (
      from.day === undefined &&
      !result.start.isCertain("year") &&
      monthWord &&
      !/^[A-Z]/.test(monthWord)
    )
      continue;
    if (namesAThing(sentence, result.index, result.index + result.text.length)) continue;
    const to = result.end ? chronoPoint(result.end, today, from.year) : null;
    const range = to && firstDay(to) > lastDay(from) ? to : undefined;
    found.push({
      kind: "date",
      from,
      ...(range ? { to: range } : {}),
      index: result.index,
      end: result.index + result.text.length,
      ...(forward ? { ahead: true } : {}),
    });
  }
  return found;
}

/**
 * Stretches of a clause whose date words belong to another verb than the clause's own, so they never
 * date it: an aside set off by a pair of commas that starts with a relative pronoun or an article
 * ("X, who had led it since 2019, said on Sunday …", "Y, a director since 2019, was named …"), and
 * what a denial denies ("denied that she had offered to resign last year" dates the denial, not the
 * offer), and an accounting period ("a loss for the year to December on January 23" was reported on
 * 23 January). A clause that is itself the relative clause ("who resigned last month") keeps its date.
 */
const ASIDES = [
  new RegExp(
    `\\b(?:year|quarter|half|months?|weeks?|period)\\s+(?:to|ended|ending|through)\\s+(?:the\\s+end\\s+of\\s+)?(?:${MONTH})\\b(?:\\s+\\d{1,2}\\b)?(?:,?\\s+\\d{4}\\b)?`,
    "gi",
  ),
  /,\s+(?:who|whom|whose|which|where|a|an|the|part\s+of|formerly|previously)\s[^,;"“]*,(?=\s*\S)/gi,
  /\bden(?:y|ies|ied|ying)\s+(?:that|having|claims?|reports?|allegations?)\b.*$/gis,
];

function asidesOf(sentence: string): { start: number; end: number }[] {
  return ASIDES.flatMap((pattern) =>
    [...sentence.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  );
}

/** The date words of the clause's own verb: those outside its asides. */
function outsideAsides(sentence: string, found: Found[]): Found[] {
  const asides = asidesOf(sentence);
  return found.filter((f) => !asides.some((a) => f.index >= a.start && f.end <= a.end));
}

/** Keeps the longest reading where two overlap ("next Tuesday" over "Tuesday", "Tuesday, May 14" over "Tuesday"). */
function withoutContained(found: Found[]): Found[] {
  return found.filter(
    (a) =>
      !found.some(
        (b) => b !== a && b.index <= a.index && b.end >= a.end && b.end - b.index > a.end - a.index,
      ),
  );
}

function formatPoint(point: EdtfPoint): string {
  if (point.day !== undefined)
    return formatCalendarDay({ year: point.year, month: point.month ?? 1, day: point.day });
  const year = String(point.year).padStart(4, "0");
  return point.month === undefined ? year : `${year}-${String(point.month).padStart(2, "0")}`;
}

function precisionOf(point: EdtfPoint): "day" | "month" | "year" {
  return point.day !== undefined ? "day" : point.month !== undefined ? "month" : "year";
}

function describePoint(point: EdtfPoint): string {
  const month = point.month === undefined ? undefined : MONTH_NAMES[point.month - 1];
  if (month === undefined) return String(point.year);
  if (point.day === undefined) return `${month} ${point.year}`;
  const weekday =
    WEEKDAY_NAMES[weekdayIndex({ year: point.year, month: point.month ?? 1, day: point.day })];
  return `${weekday} ${point.day} ${month} ${point.year}`;
}

function publicationDay(published: string): DayParts {
  const day = parseCalendarDay(published);
  if (day) return day;
  // An instant without an offset would be read in local time; Sourceline's instants are UTC.
  const withOffset = /(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(published) ? published : `${published}Z`;
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(published) ? Date.parse(withOffset) : Number.NaN;
  if (Number.isNaN(ms))
    throw new RangeError(`"${published}" is neither an ISO instant nor a calendar day`);
  const instant = new Date(ms);
  return {
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
  };
}

/** Extends a phrase back over the preposition that introduces it ("in April", "since 2020"). */
function phraseStart(sentence: string, index: number): number {
  const lead = /\b(?:on|in|since|during|throughout|from|between)\s+$/i.exec(
    sentence.slice(0, index),
  );
  return lead ? lead.index : index;
}

/** The words found, with their preposition and without the punctuation chrono takes along. */
function phraseOf(sentence: string, found: Found): string {
  return sentence.slice(phraseStart(sentence, found.index), found.end).replace(/[\s,;:.]+$/, "");
}

/**
 * Words that date an event by the one told just before ("the same day", "the following month",
 * "that summer"): resolved from the date of the nearest earlier sentence or clause that has one.
 */
const BACK_REFERENCE =
  /\b(?:(?:the\s+same|that)\s+(?:day|morning|afternoon|evening|night|meeting)|the\s+(?:following|next)\s+(?:day|week|month|year)|an?\s+(?:day|week|month|year)\s+later|that\s+(?:month|year|spring|summer|autumn|fall|winter))\b/gi;

/** The date a back reference names, counted from the earlier date `anchor`, or null. */
function fromAnchor(words: string, anchor: Found): Resolved | null {
  const from = anchor.from;
  if (!from) return null;
  const unit = /\w+$/.exec(words.replace(/\s+later$/i, ""))?.[0] ?? "";
  const later = /\b(?:following|next|later)\b|^a\s/i.test(words);
  const day =
    from.day === undefined ? null : { year: from.year, month: from.month ?? 1, day: from.day };
  const lower = unit.toLowerCase();
  if (!later) {
    if (lower === "month")
      return from.month === undefined ? null : date({ year: from.year, month: from.month });
    if (lower === "year" || /^(?:spring|summer|autumn|fall|winter)$/.test(lower))
      return date({ year: from.year });
    return anchor.to ? date(from, anchor.to) : date(from);
  }
  if (lower === "day") return day ? date(addDays(day, 1)) : null;
  if (lower === "week") {
    if (!day) return null;
    const monday = addDays(mondayOf(day), 7);
    return date(monday, addDays(monday, 6));
  }
  if (lower === "month")
    return from.month === undefined ? null : date(shiftMonth(from.year, from.month, 1));
  return date({ year: from.year + 1 });
}

/** The date of the nearest earlier sentence or clause in `earlier` that has one. */
function anchorIn(earlier: string, today: DayParts): Found | null {
  const parts = earlier.split(/(?<=[.!?]["”’]?)\s+/).filter((part) => part.trim() !== "");
  for (const part of parts.reverse()) {
    const [first] = datesIn(part, today, "").dates;
    if (first) return first;
  }
  return null;
}

/**
 * A clause that names its own occasion ("in a letter to staff", "said in an interview") was told
 * then, not on the occasion dated before it.
 */
const OWN_OCCASION =
  /\bin\s+(?:an?|his|her|their|its|a\s+brief)\s+(?:[\w-]+\s+){0,2}(?:letter|memo|interview|statement|post|e-?mail|blog|video|note|message|filing|speech|podcast|op-ed|column|essay|submission)\b/i;

/**
 * The day told in one of the sentences just before, within the same paragraph, nearest first: a
 * clause with no date words of its own continues the occasion it follows ("She was removed on
 * Monday. The trustees named …", "… denied on Saturday that … "…," she said."). Only a single day
 * of the week ending on the publication carries over, the occasion the news reports: a month or a
 * span before says when something else began, and an older day is background.
 */
function dayToldBefore(earlier: string, today: DayParts): Found | null {
  // Time words inside a quotation are the speaker's, not the occasion's.
  const paragraph = maskQuotes(earlier.split(/\n\s*\n/).at(-1) ?? "");
  const parts = paragraph.split(/(?<=[.!?]["”’]?)\s+/).filter((part) => part.trim() !== "");
  for (const part of parts.reverse()) {
    const [first] = datesIn(part, today, "").dates;
    if (first)
      return first.from?.day !== undefined && !first.to && thisWeek(first.from, today)
        ? first
        : null;
  }
  return null;
}

/** Whether a day lies within the seven days ending on the publication day: the news of the week. */
function thisWeek(point: EdtfPoint, today: DayParts): boolean {
  const day = formatPoint(point);
  return day <= formatCalendarDay(today) && day >= formatCalendarDay(addDays(today, -6));
}

/**
 * The date of the clause a "when" clause follows ("The dispute came to a head earlier this month,
 * when …"): the when clause tells what happened then.
 */
function dateBeforeWhen(earlier: string, today: DayParts): Found | null {
  const sentence = earlier.split(/(?<=[.!?]["”’]?)\s+/).at(-1) ?? "";
  return datesIn(sentence, today, "").dates.at(-1) ?? null;
}

function findBackReferences(sentence: string, earlier: string, today: DayParts): Found[] {
  const found: Found[] = [];
  let anchor: Found | null | undefined;
  for (const match of sentence.matchAll(BACK_REFERENCE)) {
    anchor ??= anchorIn(earlier, today);
    if (!anchor) return [];
    const resolved = fromAnchor(match[0], anchor);
    if (resolved)
      found.push({
        ...resolved,
        index: match.index,
        end: match.index + match[0].length,
        back: true,
        // "will step down at the meeting on June 26, and two nominees will join at the same
        // meeting": counted from a date ahead of the publication, it is ahead too.
        ...(anchor.ahead ? { ahead: true } : {}),
      });
  }
  return found;
}

/**
 * A verb of holding a post or being in a state ("has led", "has chaired", "has been with"), right
 * before "since X": the event a curator records is its start, in X, not the span since. A verb of
 * repeated or ongoing action ("have left since March", "has been pressing since May") keeps the span.
 */
const HOLDING_SINCE =
  /\b(?:has|have|had)\s+(?:(?:also|long|already)\s+)?(?:led|chaired|run|headed|served|held|managed|directed|overseen|owned|been\s+(?!\w+ing\b)\w+)\b[^,;]*$/i;

/**
 * The date words of a clause's own verb in text order (`found`), and those that date it (`dates`):
 * past ones, and later ones only where its own verb speaks of the future.
 */
function datesIn(sentence: string, today: DayParts, earlier: string) {
  const todayEdtf = formatCalendarDay(today);
  const forward = aheadFrom(sentence);
  const found = outsideAsides(
    sentence,
    withoutContained([
      ...findByHand(sentence, today, forward.index),
      ...findWithChrono(sentence, today, forward.index),
      ...(earlier ? findBackReferences(sentence, earlier, today) : []),
    ]),
  )
    .map((f): Found => {
      const later = f.from !== undefined && lastDay(f.to ?? f.from) > todayEdtf;
      return forward.reported && f.ahead && later ? { ...f, kind: "future" } : f;
    })
    .sort((a, b) => a.index - b.index);
  const dates = found.filter(
    (f) => f.kind === "date" && f.from && (f.ahead || firstDay(f.from) <= todayEdtf),
  );
  return { found, dates };
}

/**
 * Suggests an event's date from the sentence that reports it and the article's publication (an ISO
 * instant or a calendar day; its UTC day is "today"). Takes the first date phrase, skipping durations
 * ("for three years") and words about the future; a bare weekday is the latest one strictly before
 * the publication day. Without a past date the suggestion is `../<publication day>`: on or before it.
 * `earlier` is the text just before the clause, which "the same day" counts from. A date that could
 * end after the publication ends on it (`clampToPublication`), unless future words put it ahead or
 * `expected` says the event is one the text expects rather than reports. With `context`, a clause
 * with no date words of its own continues the single day told just before it in its paragraph.
 */
export function resolveEventDate(
  sentence: string,
  published: string,
  earlier = "",
  options: { expected?: boolean; context?: boolean } = {},
): SuggestedDate {
  const today = publicationDay(published);
  const todayEdtf = formatCalendarDay(today);
  const upperBound = `on or before the article's publication, ${today.day} ${MONTH_NAMES[today.month - 1]} ${today.year}`;
  const { found, dates } = datesIn(sentence, today, earlier);
  const first = dates[0];
  if (!first?.from) {
    const ahead = found[0];
    const continues =
      options.context === true &&
      !ahead &&
      !OWN_OCCASION.test(sentence) &&
      aheadFrom(maskQuotes(sentence)).index === Number.POSITIVE_INFINITY;
    const when = /,\s*when\s*$/i.test(earlier);
    const told = continues
      ? when
        ? dateBeforeWhen(earlier, today)
        : dayToldBefore(earlier, today)
      : null;
    if (told?.from) {
      const { from, to } = clampToPublication(
        told.to ? { from: told.from, to: told.to } : { from: told.from },
        today,
      );
      const span = to && formatPoint(to) !== formatPoint(from) ? to : null;
      const source = when ? "the clause this 'when' clause follows" : "the sentence just before";
      return {
        edtf: span ? `${formatPoint(from)}/${formatPoint(span)}` : formatPoint(from),
        precision: span ? "range" : precisionOf(from),
        basis: `No date words of its own: dated as ${source}, ${describePoint(from)}${span ? ` to ${describePoint(span)}` : ""}.`,
        phrase: null,
      };
    }
    if (!ahead)
      return {
        edtf: `../${todayEdtf}`,
        precision: "range",
        basis: `No date in the text: ${upperBound}.`,
        phrase: null,
      };
    const phrase = phraseOf(sentence, ahead);
    return {
      edtf: `../${todayEdtf}`,
      precision: "range",
      basis: `"${phrase}" points after the article's publication and an event reported has already happened, so the text gives no date: ${upperBound}.`,
      phrase,
    };
  }
  const phrase = phraseOf(sentence, first);
  const since = /^since\b/i.test(phrase);
  const holding =
    since && HOLDING_SINCE.test(sentence.slice(0, phraseStart(sentence, first.index)));
  // "Since X" runs to the publication; a date ahead of it (future words) or of an event the text
  // expects keeps its days; any other ends by the publication (`clampToPublication`).
  const span = {
    from: first.from,
    ...(since && !holding ? { to: today } : first.to ? { to: first.to } : {}),
  };
  const ahead = first.ahead === true && lastDay(span.to ?? span.from) > todayEdtf;
  const { from, to } = ahead || options.expected ? span : clampToPublication(span, today);
  const context = `in an article published on ${describePoint(today)}`;
  const marks = ahead ? { ahead: true as const } : {};
  const after = ahead
    ? ", after the publication: the clause speaks of the future"
    : first.back
      ? ", counted from the date told just before"
      : "";
  if (to && formatPoint(to) !== formatPoint(from)) {
    const basis = `"${phrase}", ${context}: from ${describePoint(from)} to ${describePoint(to)}${after}.`;
    const edtf = `${formatPoint(from)}/${formatPoint(to)}`;
    return { edtf, precision: "range", basis, phrase, ...marks };
  }
  const precision = precisionOf(from);
  const began = holding ? ", when what has lasted since began" : "";
  const basis = `"${phrase}", ${context}: ${describePoint(from)}${began}${after}.`;
  return { edtf: formatPoint(from), precision, basis, phrase, ...marks };
}
